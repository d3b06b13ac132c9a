import { SeededRandom } from '../engine/random.js';

/** An estimate with its Monte Carlo error: a bootstrap standard error and percentile interval. */
export interface Estimate {
  readonly value: number;
  /** Bootstrap standard error: the spread of the estimate over resamples. */
  readonly error: number;
  /** Bootstrap percentile interval at the confidence asked for (95% by default). */
  readonly interval: readonly [number, number];
}

/**
 * Bootstraps estimators computed from `rows` independent rows (Efron, "Bootstrap methods:
 * another look at the jackknife", Annals of Statistics 7(1), 1979): `estimate(indexes)`
 * computes every estimate from the rows named (with repeats); it is called once on all
 * rows and `resamples` times on rows drawn with replacement. Returns one Estimate per
 * value `estimate` returns.
 */
export function bootstrap(
  rows: number,
  estimate: (indexes: Int32Array) => readonly number[],
  options: { readonly resamples: number; readonly seed: number; readonly confidence: number },
): Estimate[] {
  const all = Int32Array.from({ length: rows }, (_, j) => j);
  const values = estimate(all);
  const random = SeededRandom.fromSeed(options.seed);
  const draws: number[][] = values.map(() => []);
  const indexes = new Int32Array(rows);
  for (let b = 0; b < options.resamples; b++) {
    for (let j = 0; j < rows; j++) indexes[j] = Math.floor(random.next() * rows);
    estimate(indexes).forEach((v, i) => draws[i]!.push(v));
  }
  const tail = (1 - options.confidence) / 2;
  return values.map((value, i) => {
    const sorted = draws[i]!.filter(Number.isFinite).sort((a, b) => a - b);
    return { value, error: standardDeviation(sorted), interval: [quantile(sorted, tail), quantile(sorted, 1 - tail)] };
  });
}

function standardDeviation(xs: readonly number[]): number {
  if (xs.length < 2) return Number.NaN;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1));
}

/** Linear interpolation between order statistics (type 7, R's default). */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]!) - sorted[lo]!);
}

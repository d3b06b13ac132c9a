import { runSeed } from '../batch/run-seed.js';
import { SeededRandom } from '../engine/random.js';
import { bootstrap } from './bootstrap.js';
import { permutation } from './permutation.js';
import { checkRanges, checkWhole, type Ranges, scaleToRanges } from './ranges.js';

/**
 * The points of a Morris screening (Morris, "Factorial sampling plans for preliminary
 * computational experiments", Technometrics 33(2), 1991): `trajectories` random walks on
 * a grid of `levels` values per input, each moving every input once, in a random order,
 * by Δ = levels / (2(levels − 1)) of its range. A trajectory is k + 1 points; `steps[t][s]`
 * is the input moved between point s and s + 1 of trajectory t, and `signs[t][s]` its
 * direction (+1 or −1).
 */
export interface MorrisDesign {
  readonly ranges: Ranges;
  readonly trajectories: number;
  readonly levels: number;
  /** Δ, as a share of each input's range. */
  readonly delta: number;
  readonly points: readonly (readonly number[])[];
  readonly steps: readonly (readonly number[])[];
  readonly signs: readonly (readonly number[])[];
}

export interface MorrisOptions {
  /** r: random trajectories; the function is evaluated r(k + 1) times. */
  readonly trajectories: number;
  readonly seed: number;
  /** p: grid levels per input, an even number ≥ 2; default 4. */
  readonly levels?: number | undefined;
  /** Bootstrap resamples (over trajectories) for the error of μ*; default 500. */
  readonly resamples?: number | undefined;
  /** Confidence of the intervals; default 0.95. */
  readonly confidence?: number | undefined;
}

/**
 * Elementary effects per input, in input order. An elementary effect is the change in
 * the output over a step, divided by the step as a share of the input's range: the
 * output's change per whole range of the input, if the function were linear.
 */
export interface MorrisEffects {
  /** μ*: mean |elementary effect| (Campolongo, Cariboni & Saltelli, Environmental Modelling & Software 22, 2007). */
  readonly muStar: readonly number[];
  /** Bootstrap standard error of μ*, over trajectories. */
  readonly muStarError: readonly number[];
  readonly muStarInterval: readonly (readonly [number, number])[];
  /** μ: mean elementary effect; far below μ* when effects change sign. */
  readonly mu: readonly number[];
  /** σ: standard deviation of the elementary effects: interactions and non-linearity. */
  readonly sigma: readonly number[];
  readonly evaluations: number;
}

/** The Morris design for `ranges`; seeded. */
export function morrisSample(ranges: Ranges, options: Pick<MorrisOptions, 'trajectories' | 'seed' | 'levels'>): MorrisDesign {
  checkRanges('morrisSample', ranges);
  checkWhole('morrisSample', 'trajectories', options.trajectories, 2);
  const levels = options.levels ?? 4;
  if (!(Number.isSafeInteger(levels) && levels >= 2 && levels % 2 === 0)) {
    throw new RangeError(`morrisSample: levels must be an even whole number ≥ 2, not ${levels}`);
  }
  const delta = levels / (2 * (levels - 1));
  const random = SeededRandom.fromSeed(options.seed);
  const k = ranges.length;
  const points: number[][] = [];
  const steps: number[][] = [];
  const signs: number[][] = [];
  for (let t = 0; t < options.trajectories; t++) {
    // Base values on the grid from which a step of Δ stays inside [0, 1]: 0, 1/(p−1), …, 1 − Δ.
    const x = Array.from({ length: k }, () => Math.floor(random.next() * (levels / 2)) / (levels - 1));
    const sign = Array.from({ length: k }, () => (random.next() < 0.5 ? -1 : 1));
    sign.forEach((s, i) => {
      if (s < 0) x[i]! += delta;
    });
    const order = permutation(k, random);
    points.push(scaleToRanges(x, ranges));
    for (const i of order) {
      x[i]! += sign[i]! * delta;
      points.push(scaleToRanges(x, ranges));
    }
    steps.push(order);
    signs.push(order.map((i) => sign[i]!));
  }
  return { ranges, trajectories: options.trajectories, levels, delta, points, steps, signs };
}

/** Elementary effects from a Morris design's outputs (`outputs[n]` = f(design.points[n])). */
export function morrisAnalyse(design: MorrisDesign, outputs: ArrayLike<number>, options: Omit<MorrisOptions, 'trajectories'>): MorrisEffects {
  const k = design.ranges.length;
  const r = design.trajectories;
  if (outputs.length !== r * (k + 1)) throw new RangeError(`morrisAnalyse: expected ${r * (k + 1)} outputs, one per design point, not ${outputs.length}`);
  // effects[t * k + i]: the elementary effect of input i on trajectory t.
  const effects = new Float64Array(r * k);
  for (let t = 0; t < r; t++) {
    design.steps[t]!.forEach((i, s) => {
      const before = outputs[t * (k + 1) + s]!;
      const after = outputs[t * (k + 1) + s + 1]!;
      effects[t * k + i] = (after - before) / (design.signs[t]![s]! * design.delta);
    });
  }
  const muStarOf = (rows: Int32Array): number[] =>
    Array.from({ length: k }, (_, i) => {
      let sum = 0;
      for (const t of rows) sum += Math.abs(effects[t * k + i]!);
      return sum / rows.length;
    });
  const muStar = bootstrap(r, muStarOf, {
    resamples: options.resamples ?? 500,
    seed: runSeed(options.seed, 1),
    confidence: options.confidence ?? 0.95,
  });
  const mu: number[] = [];
  const sigma: number[] = [];
  for (let i = 0; i < k; i++) {
    let sum = 0;
    for (let t = 0; t < r; t++) sum += effects[t * k + i]!;
    const mean = sum / r;
    let squares = 0;
    for (let t = 0; t < r; t++) squares += (effects[t * k + i]! - mean) ** 2;
    mu.push(mean);
    sigma.push(Math.sqrt(squares / (r - 1)));
  }
  return {
    muStar: muStar.map((e) => e.value),
    muStarError: muStar.map((e) => e.error),
    muStarInterval: muStar.map((e) => e.interval),
    mu,
    sigma,
    evaluations: outputs.length,
  };
}

/**
 * Morris elementary effects (μ*, μ, σ) of any function over `ranges`: sample
 * trajectories, evaluate f at each point in order, analyse. `f` may be asynchronous.
 * Seeded: the same seed gives the same effects.
 */
export async function morrisEffects(
  f: (x: readonly number[]) => number | Promise<number>,
  ranges: Ranges,
  options: MorrisOptions,
): Promise<MorrisEffects> {
  const design = morrisSample(ranges, options);
  const outputs = new Float64Array(design.points.length);
  for (let n = 0; n < outputs.length; n++) outputs[n] = await f(design.points[n]!);
  return morrisAnalyse(design, outputs, options);
}

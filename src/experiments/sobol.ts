import { runSeed } from '../batch/run-seed.js';
import { SeededRandom } from '../engine/random.js';
import { bootstrap } from './bootstrap.js';
import { checkRanges, checkWhole, type Ranges, scaleToRanges } from './ranges.js';

/**
 * The points at which a Sobol analysis evaluates a function, by Saltelli's scheme
 * (Saltelli, "Making best use of model evaluations to compute sensitivity indices",
 * Computer Physics Communications 145, 2002; Saltelli et al., "Variance based sensitivity
 * analysis of model output. Design and estimator for the total sensitivity index", CPC
 * 181, 2010): two independent N × k samples A and B, and for each input i the matrix
 * A_B^(i), which is A with column i taken from B. N(k + 2) points in all, laid out row by
 * row: for each j, A_j, then A_B^(1)_j … A_B^(k)_j, then B_j.
 *
 * A and B are pseudo-random uniform draws from the seeded generator (not a quasi-random
 * sequence), so the error falls as 1/√N and the bootstrap describes it honestly.
 */
export interface SaltelliDesign {
  readonly ranges: Ranges;
  /** N, the rows of A and B. */
  readonly samples: number;
  /** Each input's group, 0 … G − 1; absent when every input is its own. */
  readonly groups?: readonly number[] | undefined;
  readonly points: readonly (readonly number[])[];
}

export interface SobolOptions {
  /** N: rows of each base sample; the function is evaluated N(k + 2) times. */
  readonly samples: number;
  readonly seed: number;
  /** Bootstrap resamples for the errors and intervals; default 500. */
  readonly resamples?: number | undefined;
  /** Confidence of the intervals; default 0.95. */
  readonly confidence?: number | undefined;
  /**
   * Each input's group, 0 … G − 1, to have indices of groups rather than of inputs (as
   * SALib's `groups`): A_B^(g) takes every column of group g from B, so there are N(G + 2)
   * points and G indices, in group order. Default: every input its own group.
   */
  readonly groups?: readonly number[] | undefined;
}

/**
 * First-order and total Sobol indices, in input order (group order with `groups`). Each index has its Monte Carlo
 * error beside it: a bootstrap standard error and percentile interval, over rows of the
 * design. An index is NaN when the output does not vary at all.
 */
export interface SobolIndices {
  /** S_i: the share of the output's variance due to input i alone. */
  readonly first: readonly number[];
  readonly firstError: readonly number[];
  readonly firstInterval: readonly (readonly [number, number])[];
  /** S_Ti: the share due to input i including all its interactions. */
  readonly total: readonly number[];
  readonly totalError: readonly number[];
  readonly totalInterval: readonly (readonly [number, number])[];
  /** The output's variance over A and B. */
  readonly variance: number;
  readonly evaluations: number;
}

/** The Saltelli design for `ranges` with N = `samples`; seeded. */
export function saltelliSample(ranges: Ranges, options: Pick<SobolOptions, 'samples' | 'seed' | 'groups'>): SaltelliDesign {
  checkRanges('saltelliSample', ranges);
  checkWhole('saltelliSample', 'samples', options.samples, 2);
  const random = SeededRandom.fromSeed(options.seed);
  const k = ranges.length;
  const groups = options.groups ?? Array.from({ length: k }, (_, i) => i);
  const count = groupCount('saltelliSample', groups, k);
  const draw = (): number[] => Array.from({ length: k }, () => random.next());
  const points: number[][] = [];
  for (let j = 0; j < options.samples; j++) {
    const a = draw();
    const b = draw();
    points.push(scaleToRanges(a, ranges));
    for (let g = 0; g < count; g++) points.push(scaleToRanges(a.map((x, m) => (groups[m] === g ? b[m]! : x)), ranges));
    points.push(scaleToRanges(b, ranges));
  }
  return { ranges, samples: options.samples, ...(options.groups === undefined ? {} : { groups: [...groups] }), points };
}

/** G for groups numbered 0 … G − 1, one per input, each used; a RangeError otherwise. */
function groupCount(caller: string, groups: readonly number[], k: number): number {
  if (groups.length !== k) throw new RangeError(`${caller}: groups needs one group per input (${k}), not ${groups.length}`);
  const count = Math.max(...groups) + 1;
  const used = new Set(groups);
  if (!groups.every((g) => Number.isSafeInteger(g) && g >= 0) || used.size !== count) {
    throw new RangeError(`${caller}: groups must number every group from 0 to G − 1`);
  }
  return count;
}

/**
 * Sobol indices from a Saltelli design's outputs (`outputs[n]` = f(design.points[n])),
 * by Jansen's estimators (Jansen, "Analysis of variance designs for model output",
 * Computer Physics Communications 117, 1999; recommended in Saltelli et al. 2010, table 2):
 *
 *   V    = Var over f(A) and f(B)
 *   S_i  = (V − 1/(2N) Σ_j (f(B)_j − f(A_B^(i))_j)²) / V
 *   S_Ti = 1/(2N) Σ_j (f(A)_j − f(A_B^(i))_j)² / V
 */
export function sobolAnalyse(design: SaltelliDesign, outputs: ArrayLike<number>, options: Omit<SobolOptions, 'samples'>): SobolIndices {
  // With groups, the "inputs" analysed are the G groups.
  const k = design.groups === undefined ? design.ranges.length : groupCount('sobolAnalyse', design.groups, design.ranges.length);
  const N = design.samples;
  if (outputs.length !== N * (k + 2)) throw new RangeError(`sobolAnalyse: expected ${N * (k + 2)} outputs, one per design point, not ${outputs.length}`);
  const stride = k + 2;
  const fA = (j: number): number => outputs[j * stride]!;
  const fAB = (j: number, i: number): number => outputs[j * stride + 1 + i]!;
  const fB = (j: number): number => outputs[j * stride + k + 1]!;
  const estimate = (rows: Int32Array): number[] => {
    let sum = 0;
    let squares = 0;
    for (const j of rows) {
      sum += fA(j) + fB(j);
      squares += fA(j) ** 2 + fB(j) ** 2;
    }
    const n = rows.length;
    const variance = (squares - sum ** 2 / (2 * n)) / (2 * n - 1);
    const out: number[] = [];
    for (let i = 0; i < k; i++) {
      let first = 0;
      let total = 0;
      for (const j of rows) {
        first += (fB(j) - fAB(j, i)) ** 2;
        total += (fA(j) - fAB(j, i)) ** 2;
      }
      out.push((variance - first / (2 * n)) / variance, total / (2 * n) / variance);
    }
    out.push(variance);
    return out;
  };
  const estimates = bootstrap(N, estimate, {
    resamples: options.resamples ?? 500,
    seed: runSeed(options.seed, 1),
    confidence: options.confidence ?? 0.95,
  });
  const pick = (offset: number) => Array.from({ length: k }, (_, i) => estimates[2 * i + offset]!);
  const first = pick(0);
  const total = pick(1);
  return {
    first: first.map((e) => e.value),
    firstError: first.map((e) => e.error),
    firstInterval: first.map((e) => e.interval),
    total: total.map((e) => e.value),
    totalError: total.map((e) => e.error),
    totalInterval: total.map((e) => e.interval),
    variance: estimates[2 * k]!.value,
    evaluations: outputs.length,
  };
}

/**
 * First-order and total Sobol indices of any function over `ranges`: sample (Saltelli),
 * evaluate f at each of the N(k + 2) points in order, analyse (Jansen), with bootstrap
 * errors. `f` may be asynchronous. Seeded: the same seed gives the same indices.
 *
 * ```ts
 * const { first, total } = await sobolIndices(([x, y]) => x + 2 * y, [[0, 1], [0, 1]], { samples: 4096, seed: 1 });
 * ```
 */
export async function sobolIndices(
  f: (x: readonly number[]) => number | Promise<number>,
  ranges: Ranges,
  options: SobolOptions,
): Promise<SobolIndices> {
  const design = saltelliSample(ranges, options);
  const outputs = new Float64Array(design.points.length);
  for (let n = 0; n < outputs.length; n++) outputs[n] = await f(design.points[n]!);
  return sobolAnalyse(design, outputs, options);
}

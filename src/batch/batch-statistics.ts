import type { StatisticsJson } from './statistics-json.js';
import type { RunResult } from './lean-run.js';
import type { Scenario } from '../engine/scenario.js';
import { round6 } from '../records/round6.js';
import { checkStatistics } from './statistics-consistency.js';

/** Bins per quantity for quantiles: integer quantities with a narrower range get one bin per value. */
const MAX_BINS = 2000;
/** Final values are summed on a grid of 1e-6, the precision of every number in a run record. */
const SCALE = 1e6;
/** Values on the grid below this in magnitude go to the partial sums first; see the class comment. */
const FAST_LIMIT = 2 ** 30;
const LOW = 2 ** 20;
/** l² < 2^40, so 4,096 of them sum below 2^52. */
const PENDING_RUNS = 4096;

/**
 * Everything a batch summary says, kept so that tallies of any runs — from another
 * worker, shard or machine, in any order — merge into exactly the same totals:
 * only whole numbers are added up.
 *
 * - outcome counts, and sums of the turn each outcome first held (whole numbers);
 * - per quantity, the sum and sum of squares of its final values on a 1e-6 grid, as
 *   BigInts (a run record's values are rounded to six decimals anyway), so means and
 *   standard deviations are exact functions of exact integers, never of addition order;
 * - per quantity, counts over a fixed grid of bins across its declared range, with the
 *   least and greatest value seen in each bin (minima and maxima merge exactly too). A
 *   quantile is read from the bin holding its rank: exact when that bin holds one distinct
 *   value — always so for integer quantities, which get one bin per value — and otherwise
 *   interpolated by rank between the bin's least and greatest value, so within 1/2,000 of
 *   the quantity's range.
 *
 * Floating-point moments (Welford, Chan) would merge to slightly different last digits
 * depending on the split; these merge bit for bit.
 *
 * BigInt arithmetic for every value of every run would allocate four BigInts per
 * quantity per run. So a value under 2^30 on the grid (below about 1,074 in magnitude)
 * is first added to exact partial sums kept as doubles, whole numbers that stay below
 * 2^53: its square split as (h·2^20 + l)² = h²·2^40 + 2hl·2^20 + l². They are folded
 * into the BigInts every 4,096 runs and before anything reads them.
 */
export type { StatisticsJson } from './statistics-json.js';

export class BatchStatistics {
  runs = 0;
  readonly counts: number[];
  readonly firstTurnSums: number[];
  readonly sums: bigint[];
  readonly squares: bigint[];
  /** Per quantity, the non-empty bins of its grid by index (sparse: a chunk of runs touches few). */
  readonly bins: Map<number, Bin>[];
  private readonly binCounts: number[];
  /** Per quantity, four exact partial sums not yet in `sums` and `squares`: Σx, Σh², Σ2hl, Σl². */
  private readonly pending: Float64Array;
  private pendingRuns = 0;

  constructor(readonly scenario: Scenario) {
    this.counts = scenario.outcomes.map(() => 0);
    this.firstTurnSums = scenario.outcomes.map(() => 0);
    this.sums = scenario.quantities.map(() => 0n);
    this.squares = scenario.quantities.map(() => 0n);
    this.binCounts = scenario.quantities.map((q) => binCount(q.min, q.max, q.integer));
    this.bins = scenario.quantities.map(() => new Map<number, Bin>());
    this.pending = new Float64Array(scenario.quantities.length * 4);
  }

  add(run: RunResult): void {
    this.runs++;
    const { held, firstTurn, values } = run;
    for (let i = 0; i < held.length; i++) {
      if (held[i] === 1) {
        this.counts[i]!++;
        this.firstTurnSums[i]! += firstTurn[i]!;
      }
    }
    const { quantities } = this.scenario;
    const { pending } = this;
    for (let q = 0; q < values.length; q++) {
      const scaled = Math.round(values[q]! * SCALE);
      const magnitude = Math.abs(scaled);
      if (magnitude < FAST_LIMIT) {
        const h = Math.floor(magnitude / LOW);
        const l = magnitude - h * LOW;
        pending[4 * q]! += scaled;
        pending[4 * q + 1]! += h * h;
        pending[4 * q + 2]! += 2 * h * l;
        pending[4 * q + 3]! += l * l;
      } else {
        const big = BigInt(scaled);
        this.sums[q]! += big;
        this.squares[q]! += big * big;
      }
      const { min, max, integer } = quantities[q]!;
      const value = values[q]!;
      const b = binOf(value, min, max, integer, this.binCounts[q]!);
      const bins = this.bins[q]!;
      const bin = bins.get(b);
      if (bin === undefined) {
        bins.set(b, { count: 1, least: value, greatest: value });
      } else {
        bin.count++;
        if (value < bin.least) bin.least = value;
        if (value > bin.greatest) bin.greatest = value;
      }
    }
    if (++this.pendingRuns === PENDING_RUNS) this.settle();
  }

  /** Folds the partial sums into `sums` and `squares`. */
  private settle(): void {
    const { pending } = this;
    for (let q = 0; q < this.sums.length; q++) {
      this.sums[q]! += BigInt(pending[4 * q]!);
      this.squares[q]! += (BigInt(pending[4 * q + 1]!) << 40n) + (BigInt(pending[4 * q + 2]!) << 20n) + BigInt(pending[4 * q + 3]!);
    }
    pending.fill(0);
    this.pendingRuns = 0;
  }

  merge(other: BatchStatistics): void {
    other.settle();
    this.runs += other.runs;
    other.counts.forEach((c, i) => (this.counts[i]! += c));
    other.firstTurnSums.forEach((s, i) => (this.firstTurnSums[i]! += s));
    other.sums.forEach((s, i) => (this.sums[i]! += s));
    other.squares.forEach((s, i) => (this.squares[i]! += s));
    other.bins.forEach((bins, q) => {
      const mine = this.bins[q]!;
      for (const [b, theirs] of bins) {
        const bin = mine.get(b);
        if (bin === undefined) {
          mine.set(b, { ...theirs });
        } else {
          bin.count += theirs.count;
          bin.least = Math.min(bin.least, theirs.least);
          bin.greatest = Math.max(bin.greatest, theirs.greatest);
        }
      }
    });
  }

  /** Plain JSON (BigInts as decimal strings; non-empty bins as [index, count, least, greatest]). */
  toJSON(): StatisticsJson {
    this.settle();
    return {
      runs: this.runs,
      counts: [...this.counts],
      firstTurnSums: [...this.firstTurnSums],
      sums: this.sums.map(String),
      squares: this.squares.map(String),
      bins: this.bins.map((bins) =>
        [...bins.keys()].sort((a, b) => a - b).map((b): [number, number, number, number] => {
          const { count, least, greatest } = bins.get(b)!;
          return [b, count, least, greatest];
        }),
      ),
    };
  }

  /**
   * Statistics read back from `toJSON`; throws a RangeError when they do not fit the
   * scenario or could not have been counted by a batch of it (see checkStatistics).
   */
  static fromJSON(scenario: Scenario, json: StatisticsJson): BatchStatistics {
    const stats = new BatchStatistics(scenario);
    const fits =
      json.counts.length === stats.counts.length &&
      json.firstTurnSums.length === stats.counts.length &&
      json.sums.length === stats.sums.length &&
      json.squares.length === stats.sums.length &&
      json.bins.length === stats.bins.length;
    if (!fits) throw new RangeError('the statistics do not fit the scenario (different outcomes or quantities)');
    checkStatistics(scenario, json);
    stats.runs = json.runs;
    json.counts.forEach((c, i) => (stats.counts[i] = c));
    json.firstTurnSums.forEach((s, i) => (stats.firstTurnSums[i] = s));
    json.sums.forEach((s, i) => (stats.sums[i] = BigInt(s)));
    json.squares.forEach((s, i) => (stats.squares[i] = BigInt(s)));
    json.bins.forEach((used, q) => {
      const bins = stats.bins[q]!;
      for (const [b, count, least, greatest] of used) {
        if (!Number.isSafeInteger(b) || b < 0 || b >= stats.binCounts[q]! || bins.has(b)) {
          throw new RangeError(`bin ${b} is outside the grid or given twice`);
        }
        if (count > 0) bins.set(b, { count, least, greatest });
      }
    });
    return stats;
  }

  /** Mean, standard deviation and 5/50/95% quantiles of one quantity's final values. */
  quantity(q: number): QuantityStatistics {
    const n = this.runs;
    if (n === 0) return { mean: 0, sd: 0, p05: 0, p50: 0, p95: 0 };
    this.settle();
    const sum = this.sums[q]!;
    const squares = this.squares[q]!;
    const N = BigInt(n);
    // Var = (n·Σx² − (Σx)²) / (n(n − 1)): exact integers until the one division.
    const numerator = N * squares - sum * sum;
    const variance = n > 1 ? Number(numerator) / (n * (n - 1)) / (SCALE * SCALE) : 0;
    const bins = [...this.bins[q]!].sort(([a], [b]) => a - b).map(([, bin]) => bin);
    const quantile = (p: number): number => {
      const rank = Math.max(1, Math.ceil(p * n));
      const { bin, before } = rankBin(bins, rank);
      const { least, greatest, count } = bin;
      // Where the rank falls among the bin's values, if they were spread evenly over its span.
      const within = count > 1 ? (rank - before - 1) / (count - 1) : 0;
      return round6(least + (greatest - least) * within);
    };
    return {
      mean: round6(Number(sum) / n / SCALE),
      sd: round6(Math.sqrt(Math.max(0, variance))),
      p05: quantile(0.05),
      p50: quantile(0.5),
      p95: quantile(0.95),
    };
  }

  /** The mean turn at which outcome `i` first held, over the runs where it held; null if none. */
  meanFirstTurn(i: number): number | null {
    const count = this.counts[i]!;
    return count === 0 ? null : round6(this.firstTurnSums[i]! / count);
  }
}

export interface QuantityStatistics {
  readonly mean: number;
  readonly sd: number;
  readonly p05: number;
  readonly p50: number;
  readonly p95: number;
}


function binCount(min: number, max: number, integer: boolean): number {
  if (integer && max - min + 1 <= MAX_BINS) return max - min + 1;
  return MAX_BINS;
}

function binOf(value: number, min: number, max: number, integer: boolean, count: number): number {
  if (integer && count === max - min + 1) return Math.min(count - 1, Math.max(0, Math.round(value) - min));
  if (max <= min) return 0;
  return Math.min(count - 1, Math.max(0, Math.floor(((value - min) / (max - min)) * count)));
}

/** Of bins in ascending order, the one holding the run of rank `rank` (1-based), and how many runs come before it. */
function rankBin(bins: readonly Bin[], rank: number): { bin: Bin; before: number } {
  let seen = 0;
  for (const bin of bins) {
    if (seen + bin.count >= rank) return { bin, before: seen };
    seen += bin.count;
  }
  return { bin: bins.at(-1)!, before: seen - bins.at(-1)!.count };
}

/** The runs whose final value fell in one bin: how many, and the least and greatest value. */
export interface Bin {
  count: number;
  least: number;
  greatest: number;
}

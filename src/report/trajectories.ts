import type { TurnRowsData } from './parse-turn-rows.js';

/** One quantity at one turn over the runs: the 5%, 50% and 95% quantiles. */
export interface TrajectoryPoint {
  readonly quantity: string;
  readonly turn: number;
  readonly p05: number;
  readonly p50: number;
  readonly p95: number;
}

/**
 * Each quantity's median and 5–95% band at every turn, over the runs (the value holding
 * rank ⌈p·n⌉, as a batch summary's quantiles). A quantity whose median and band never
 * move is left out: it would draw a flat line (at most the rarest 5% of runs move it).
 */
export function trajectories(data: TurnRowsData): TrajectoryPoint[] {
  return data.quantities.flatMap((quantity, q) => {
    const points = data.values[q]!.flatMap((values, turn) => {
      if (values.length === 0) return [];
      const sorted = Float64Array.from(values).sort();
      const at = (p: number) => sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1]!;
      return [{ quantity, turn, p05: at(0.05), p50: at(0.5), p95: at(0.95) }];
    });
    const first = points[0]?.p50;
    return points.every((p) => p.p05 === first && p.p50 === first && p.p95 === first) ? [] : points;
  });
}

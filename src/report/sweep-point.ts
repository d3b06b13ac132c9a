import type { ComparedSummary } from '../batch/batch-comparison.js';
import type { SweepData } from './parse-experiment.js';

/**
 * Point `n` (1 for the first, in the file's order) of a sweep as `compare` reads a batch:
 * its runs, the sweep's seed (the same at every point: common random numbers), the sweep's
 * overrides with the point's on top, and each outcome's count there (labelled by its id,
 * which is all a sweep keeps). Undefined when the sweep finished fewer points, or names no outcome.
 */
export function sweepPoint(sweep: SweepData, n: number): ComparedSummary | undefined {
  if (!Number.isSafeInteger(n) || n < 1 || n > sweep.finished || sweep.finished === 0) return undefined;
  const outcomes = sweep.rows.length / sweep.finished;
  const rows = sweep.rows.slice((n - 1) * outcomes, n * outcomes);
  if (rows[0] === undefined) return undefined;
  return {
    engineVersion: sweep.engineVersion,
    scenario: sweep.scenario,
    seed: sweep.seed,
    overrides: { ...sweep.overrides, ...rows[0]!.point },
    runs: rows[0]!.runs,
    outcomes: rows.map((row) => ({ id: row.outcome, label: row.outcome, count: row.count })),
  };
}

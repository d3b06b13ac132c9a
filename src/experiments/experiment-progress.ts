import type { PointProgress } from './evaluator.js';

/** How far an experiment has got: runs and points finished, of how many. */
export interface ExperimentProgress extends PointProgress {
  readonly totalRuns: number;
  readonly totalPoints: number;
}

/**
 * The evaluator's progress with the totals beside it, first called with nothing done, so a
 * progress line can show the size before the first point finishes.
 */
export function reportProgress(
  onProgress: ((progress: ExperimentProgress) => void) | undefined,
  points: number,
  runs: number,
): ((done: PointProgress) => void) | undefined {
  if (onProgress === undefined) return undefined;
  const totals = { totalPoints: points, totalRuns: points * runs };
  onProgress({ runs: 0, points: 0, ...totals });
  return (done) => onProgress({ ...done, ...totals });
}

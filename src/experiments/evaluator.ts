import { checkRunsAndSeed } from './experiment-size.js';
import type { BatchStatistics } from '../batch/batch-statistics.js';
import { sendResolved } from '../batch/scenario-source.js';
import type { Overrides } from '../scenarios/overrides.js';
import type { ResolvedScenario } from '../scenarios/resolved-scenario.js';
import { type PointProgress, playPoints } from './play-points.js';

export type { PointProgress } from './play-points.js';

/** What an experiment keeps of one point: its runs, tallied as a batch tallies them. */
export interface PointCounts {
  readonly runs: number;
  /** Per named outcome of the scenario, in its order: the runs in which it held. */
  readonly counts: readonly number[];
  /** Per quantity of the scenario, in its order: the mean of its final value over the runs (rounded to six decimals, as a batch summary's). */
  readonly means: readonly number[];
  /**
   * Everything a batch summary says of these runs (`summarize`): outcome counts and first
   * turns, every quantity's final values. Exact, so the same for any number of threads.
   */
  readonly statistics: BatchStatistics;
}

/**
 * Runs an experiment's points: at each point (a set of overrides) `runs` runs whose
 * seeds are runSeed(seed, 0 … runs − 1), the same at every point, so that points differ
 * by their overrides and not by their luck (common random numbers). Returns the tallies of
 * the points finished, in order; fewer than asked for only when `signal` aborted it (the
 * points already started finish). A point's tallies depend on nothing but the point and
 * the seeds, so they are the same for any number of threads.
 */
export interface PointEvaluator {
  evaluate(
    points: readonly Overrides[],
    runs: number,
    seed: number,
    signal?: AbortSignal,
    onProgress?: (done: PointProgress) => void,
  ): Promise<PointCounts[]>;
}

export interface EvaluatorOptions {
  /** Threads that play runs, this one included (so `workers − 1` worker threads, a batch's pool); 1 by default. */
  readonly workers?: number | undefined;
  /** Whether this thread plays runs too (the default), as a batch's does. */
  readonly playHere?: boolean | undefined;
}

/**
 * Runs points as a batch runs its runs (`playPoints`): in chunks of a point's runs, handed
 * out in order to this thread and the batch's worker pool, each point played on the
 * scenario's variant there (`withOverrides`: no compiling, and the thread's decision memo),
 * with the same seeds at every point. The workers are sent the resolved spec and its hash
 * once, as a batch's are, so a file edited during an experiment cannot reach some points
 * and not others.
 */
export function pointEvaluator(resolved: ResolvedScenario, options: EvaluatorOptions = {}): PointEvaluator {
  const workers = options.workers ?? 1;
  if (!Number.isSafeInteger(workers) || workers < 1) throw new RangeError(`workers must be a whole number of at least 1, not ${workers}`);
  const playHere = options.playHere ?? true;
  let loaded: ReturnType<typeof sendResolved> | undefined;
  return {
    async evaluate(points, runs, seed, signal, onProgress) {
      checkRunsAndSeed(runs, seed);
      loaded ??= sendResolved(resolved, {});
      const played = await playPoints(loaded, points, { runs, seed, workers, playHere, seeds: 'common', signal, onProgress });
      if (played.failure !== undefined) throw played.failure.error;
      const { scenario } = loaded;
      return played.tallies.slice(0, played.finished).map((statistics) => ({
        runs: statistics.runs,
        counts: [...statistics.counts],
        means: scenario.quantities.map((_, q) => statistics.quantity(q).mean),
        statistics,
      }));
    },
  };
}

/** Points run in this thread alone: `pointEvaluator` with one thread. */
export function localEvaluator(resolved: ResolvedScenario): PointEvaluator {
  return pointEvaluator(resolved, { workers: 1 });
}

import { BatchPool } from '../batch/batch-pool.js';
import { BatchStatistics } from '../batch/batch-statistics.js';
import type { ChunkTask } from '../batch/batch-chunk.js';
import { chunkPlayer } from '../batch/chunk-player.js';
import { type ChunkSource, chunkSize, EARLY_WORKER_RUNS, LATE_WORKER_MS, playChunks } from '../batch/play-chunks.js';
import { sendResolved } from '../batch/scenario-source.js';
import type { Scenario } from '../engine/scenario.js';
import type { Overrides } from '../scenarios/overrides.js';
import type { ResolvedScenario } from '../scenarios/parse-scenario.js';
import { withOverrides } from '../scenarios/with-overrides.js';

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

/** Runs and points finished so far, as an experiment reports its progress. */
export interface PointProgress {
  readonly runs: number;
  readonly points: number;
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
 * Runs points as a batch runs its runs: in chunks of a point's runs, handed out in order
 * to this thread and the batch's worker pool, each point played on the scenario's variant
 * there (`withOverrides`: no compiling, and the thread's decision memo). The workers are
 * sent the resolved spec and its hash once, as a batch's are, so a file edited during an
 * experiment cannot reach some points and not others.
 */
export function pointEvaluator(resolved: ResolvedScenario, options: EvaluatorOptions = {}): PointEvaluator {
  const workers = options.workers ?? 1;
  if (!Number.isSafeInteger(workers) || workers < 1) throw new RangeError(`workers must be a whole number of at least 1, not ${workers}`);
  const playHere = options.playHere ?? true;
  let loaded: ReturnType<typeof sendResolved> | undefined;
  return {
    async evaluate(points, runs, seed, signal, onProgress) {
      if (!Number.isSafeInteger(runs) || runs < 1) throw new RangeError(`runs must be a whole number of at least 1, not ${runs}`);
      loaded ??= sendResolved(resolved, {});
      const { scenario, sent } = loaded;
      // Every point checked here, so that one the scenario cannot take stops the experiment
      // before any runs, as the error it is, not from a worker thread.
      for (const point of points) withOverrides(scenario, point);
      const threads = playHere ? workers - 1 : workers;
      const pool = threads === 0 ? undefined : new BatchPool(threads);
      if (!playHere || points.length * runs >= EARLY_WORKER_RUNS) pool?.start();
      try {
        pool?.open(sent);
        return await playPoints(scenario, points, runs, seed, { pool, here: playHere, threads: workers, signal, onProgress });
      } finally {
        await pool?.close();
      }
    },
  };
}

/** Points run in this thread alone: `pointEvaluator` with one thread. */
export function localEvaluator(resolved: ResolvedScenario): PointEvaluator {
  return pointEvaluator(resolved, { workers: 1 });
}

async function playPoints(
  scenario: Scenario,
  points: readonly Overrides[],
  runs: number,
  seed: number,
  options: {
    pool: BatchPool | undefined;
    here: boolean;
    threads: number;
    signal: AbortSignal | undefined;
    onProgress: ((done: PointProgress) => void) | undefined;
  },
): Promise<PointCounts[]> {
  const tallies = points.map(() => new BatchStatistics(scenario));
  // A chunk never spans two points; a point of few runs is one chunk.
  const size = Math.min(runs, chunkSize(points.length * runs, options.threads));
  const pointOf = new Map<ChunkTask, number>();
  let point = 0;
  let from = 0;
  const chunks: ChunkSource = {
    // No point starts once the signal is aborted; one started is finished.
    more: () => point < points.length && !(from === 0 && options.signal?.aborted === true),
    take: () => {
      const task: ChunkTask = { seed, from, to: Math.min(runs, from + size), point: points[point]! };
      pointOf.set(task, point);
      from = task.to;
      if (from === runs) {
        point++;
        from = 0;
      }
      return task;
    },
  };
  let finished = 0;
  let done = 0;
  const failure = await playChunks(chunks, {
    here: options.here ? chunkPlayer(scenario) : undefined,
    pool: options.pool,
    startWorkersAfterMs: LATE_WORKER_MS,
    onResult: (task, result) => {
      const p = pointOf.get(task)!;
      pointOf.delete(task);
      tallies[p]!.merge(BatchStatistics.fromJSON(scenario, result.statistics));
      done += result.finished;
      if (tallies[p]!.runs === runs) finished = p + 1;
      options.onProgress?.({ runs: done, points: finished });
    },
  });
  if (failure !== undefined) throw failure;
  return tallies.slice(0, finished).map((statistics) => ({
    runs: statistics.runs,
    counts: [...statistics.counts],
    means: scenario.quantities.map((_, q) => statistics.quantity(q).mean),
    statistics,
  }));
}

import { BatchPool } from '../batch/batch-pool.js';
import { BatchStatistics } from '../batch/batch-statistics.js';
import type { ChunkTask } from '../batch/batch-chunk.js';
import { chunkPlayer } from '../batch/chunk-player.js';
import { type ChunkSource, chunkSize, EARLY_WORKER_RUNS, LATE_WORKER_MS, playChunks } from '../batch/play-chunks.js';
import type { RowFormat } from '../batch/run-rows.js';
import type { SentScenario } from '../batch/sent-scenario.js';
import type { RunError } from '../engine/run-error.js';
import type { Scenario } from '../engine/scenario.js';
import type { Overrides } from '../scenarios/overrides.js';
import { withOverrides } from '../scenarios/with-overrides.js';

/** Runs and points finished so far, as an experiment reports its progress. */
export interface PointProgress {
  readonly runs: number;
  readonly points: number;
}

export interface PlayPointsOptions {
  /** Runs at each point. */
  readonly runs: number;
  readonly seed: number;
  /** Threads that play runs, this one included unless `playHere` is false. */
  readonly workers: number;
  readonly playHere: boolean;
  /**
   * Which runs of a batch with `seed` a point's runs are: `common`, runs 0 … runs − 1 at
   * every point (common random numbers: points differ by their overrides, not their luck);
   * `own`, runs p·runs … (p + 1)·runs − 1 at point p (every run its own seed).
   */
  readonly seeds: 'common' | 'own';
  /** Per-run rows of that format, passed to `onRows` chunk by chunk in run order with the chunk's point, each awaited. */
  readonly rows?: RowFormat | undefined;
  readonly onRows?: ((point: number, bytes: Uint8Array) => void | Promise<void>) | undefined;
  /** No point starts once it is aborted; the points started are finished. */
  readonly signal?: AbortSignal | undefined;
  readonly onProgress?: ((done: PointProgress) => void) | undefined;
}

export interface PlayedPoints {
  /** Every point begun, in order, tallied as a batch tallies its runs. */
  readonly tallies: readonly BatchStatistics[];
  /** Points whose runs were all played: the first `finished` tallies. */
  readonly finished: number;
  /** The first run (in order) that failed, and its point; no run after it is counted. */
  readonly failure?: { readonly error: RunError; readonly point: number } | undefined;
}

/**
 * Plays an experiment's points as a batch plays its runs: in chunks of a point's runs,
 * handed out in order to this thread and the batch's worker pool (`playChunks`), each point
 * played on the scenario's variant there (`withOverrides`: no compiling, and the thread's
 * decision memo). The workers are sent `sent` (the resolved spec and its hash) once, as a
 * batch's are, so a file edited meanwhile cannot reach some points and not others. Results
 * are passed on in order whatever thread played them, so the tallies and rows are the same
 * for any number of threads. Every point is checked against the scenario first, so one it
 * cannot take stops the experiment before any run, as the OverrideError it is.
 */
export async function playPoints(loaded: { readonly scenario: Scenario; readonly sent: SentScenario }, points: readonly Overrides[], options: PlayPointsOptions): Promise<PlayedPoints> {
  const { scenario, sent } = loaded;
  // Each point's variant: it checks the point, and its tallies count as its runs do (a
  // point may change the horizon, and so the turns an outcome can first hold on).
  const variants = points.map((point) => withOverrides(scenario, point));
  const { runs, workers, playHere } = options;
  const threads = playHere ? workers - 1 : workers;
  const pool = threads === 0 ? undefined : new BatchPool(threads);
  if (!playHere || points.length * runs >= EARLY_WORKER_RUNS) pool?.start();
  try {
    pool?.open(sent);
    return await playOn(scenario, points, variants, options, pool);
  } finally {
    await pool?.close();
  }
}

async function playOn(
  scenario: Scenario,
  points: readonly Overrides[],
  variants: readonly Scenario[],
  options: PlayPointsOptions,
  pool: BatchPool | undefined,
): Promise<PlayedPoints> {
  const { runs, seed, rows, signal } = options;
  const tallies: BatchStatistics[] = [];
  // A chunk never spans two points; a point of few runs is one chunk.
  const size = Math.min(runs, chunkSize(points.length * runs, options.workers));
  const pointOf = new Map<ChunkTask, number>();
  let point = 0;
  let from = 0;
  const chunks: ChunkSource = {
    // No point starts once the signal is aborted; one started is finished.
    more: () => point < points.length && !(from === 0 && signal?.aborted === true),
    take: () => {
      const first = options.seeds === 'own' ? point * runs : 0;
      const task: ChunkTask = { seed, from: first + from, to: first + Math.min(runs, from + size), rows, point: points[point]! };
      pointOf.set(task, point);
      from = task.to - first;
      if (from === runs) {
        point++;
        from = 0;
      }
      return task;
    },
  };
  let finished = 0;
  let done = 0;
  let last = 0;
  const error = await playChunks(chunks, {
    here: options.playHere ? chunkPlayer(scenario) : undefined,
    pool,
    startWorkersAfterMs: LATE_WORKER_MS,
    onResult: async (task, result) => {
      const p = pointOf.get(task)!;
      pointOf.delete(task);
      last = p;
      tallies[p] ??= new BatchStatistics(variants[p]!);
      tallies[p].merge(BatchStatistics.fromJSON(variants[p]!, result.statistics));
      if (result.rows.length > 0) await options.onRows?.(p, result.rows);
      done += result.finished;
      if (tallies[p].runs === runs) finished = p + 1;
      options.onProgress?.({ runs: done, points: finished });
    },
  });
  return { tallies, finished, failure: error === undefined ? undefined : { error, point: last } };
}

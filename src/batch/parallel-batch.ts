import { availableParallelism } from 'node:os';
import { requireWhole } from './whole-number.js';
import { requireSeed } from '../engine/random.js';
import { LeanRun } from './lean-run.js';
import { RunError } from '../engine/run-error.js';
import type { Scenario } from '../engine/scenario.js';
import { chunkPlayer } from './chunk-player.js';
import { BatchPool } from './batch-pool.js';
import { BatchStatistics } from './batch-statistics.js';
import { type ChunkSource, chunkSize, EARLY_WORKER_RUNS, LATE_WORKER_MS, playChunks } from './play-chunks.js';
import { rowsHeader, type RowFormat } from './run-rows.js';
import { type ScenarioSource, sendableSource } from './scenario-source.js';

export interface ParallelBatchOptions {
  readonly runs: number;
  readonly seed: number;
  /** Threads that play runs, this one included (so `workers − 1` worker threads); every core by default. */
  readonly workers?: number;
  /**
   * Whether this thread plays runs too (the default). With false, `workers` worker threads
   * play them all and this thread's event loop stays free, as a user interface needs.
   */
  readonly playHere?: boolean | undefined;
  /** The runs to play, `from` inclusive and `to` exclusive: a shard. All of them by default. */
  readonly from?: number;
  readonly to?: number;
  /**
   * Per-run rows: the header and then each chunk's rows go to `onRows` as UTF-8 bytes, in
   * run order, each awaited before more is asked for.
   */
  readonly rows?: RowFormat | undefined;
  readonly onRows?: ((bytes: Uint8Array) => void | Promise<void>) | undefined;
  /** Called with the number of runs finished so far, after each chunk. */
  readonly onProgress?: ((finished: number) => void) | undefined;
  /** Aborting stops the batch: runs already started finish and are kept. */
  readonly signal?: AbortSignal | undefined;
}

/** What a batch (or a shard of one) finished. */
export interface ParallelBatchResult {
  readonly scenario: Scenario;
  readonly source: ScenarioSource;
  readonly seed: number;
  readonly requested: number;
  readonly from: number;
  /** One past the last run counted: `from + statistics.runs`. */
  readonly to: number;
  readonly statistics: BatchStatistics;
  readonly interrupted: boolean;
  /** The lowest-index run that failed, whatever the scheduling; the runs before it are counted. */
  readonly failure?: RunError | undefined;
}

/**
 * Runs a batch in chunks of consecutive runs on `workers` threads: this one and
 * `workers − 1` worker threads of a tinypool pool (or, with `playHere: false`, `workers`
 * worker threads). Chunks are handed out in run order; this thread plays the next chunk
 * itself whenever the oldest one in flight is not back yet, so every core plays runs and
 * none is left to a thread that only waits. Chunks are
 * merged and their rows written strictly in run order, so the result is the same bytes
 * for any number of workers; a bounded number of chunks is in flight, so memory stays
 * flat however many runs there are. Each worker compiles the spec this thread loaded from
 * `source` (see `SentScenario`) and checks its hash; all threads share one decision memo.
 * Workers start with a batch of `EARLY_WORKER_RUNS` (20,000) runs or more (or with `playHere: false`); a
 * shorter batch starts them only once this thread has played for 0.3 s with runs left,
 * since a batch that ends sooner is faster without them.
 */
export async function runParallelBatch(source: ScenarioSource, options: ParallelBatchOptions): Promise<ParallelBatchResult> {
  const { runs, seed } = options;
  requireWhole('runs', runs, 1);
  requireSeed(seed);
  const from = options.from ?? 0;
  const to = options.to ?? runs;
  requireWhole('from', from, 0);
  requireWhole('to', to, from);
  if (to > runs) throw new RangeError(`to must be at most runs (${runs}), not ${to}`);
  const workers = options.workers ?? availableParallelism();
  requireWhole('workers', workers, 1);
  const playHere = options.playHere ?? true;
  const threads = playHere ? workers - 1 : workers;
  // A long batch starts its workers first, so they load their modules while this thread
  // loads the scenario; a short one only once it has lasted long enough to repay them.
  const pool = threads === 0 ? undefined : new BatchPool(threads);
  if (!playHere || to - from >= EARLY_WORKER_RUNS) pool?.start();
  try {
    const { scenario, sent } = sendableSource(source);
    const statistics = new BatchStatistics(scenario);
    if (options.rows !== undefined) await options.onRows?.(new TextEncoder().encode(rowsHeader(scenario, options.rows)));
    // One memo for every thread: a decision one meets is found by all, in a single copy.
    const memo = LeanRun.sharedMemoFor(scenario, to - from);
    pool?.open(sent, memo);
    const size = chunkSize(to - from, workers);
    let next = from;
    let interrupted = false;
    const chunks: ChunkSource = {
      more: () => !interrupted && next < to,
      take: () => {
        const task = { seed, from: next, to: Math.min(to, next + size), rows: options.rows };
        next = task.to;
        return task;
      },
    };
    const failure = await playChunks(chunks, {
      here: playHere ? chunkPlayer(scenario, memo) : undefined,
      pool,
      startWorkersAfterMs: LATE_WORKER_MS,
      onResult: async (_, result) => {
        statistics.merge(BatchStatistics.fromJSON(scenario, result.statistics));
        if (result.rows.length > 0) await options.onRows?.(result.rows);
        options.onProgress?.(statistics.runs);
        if (result.failure === undefined && options.signal?.aborted) interrupted = true;
      },
    });
    return { scenario, source, seed, requested: runs, from, to: from + statistics.runs, statistics, interrupted, failure };
  } finally {
    await pool?.close();
  }
}


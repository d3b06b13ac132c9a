import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { LeanRun } from '../engine/lean-run.js';
import { RunError } from '../engine/run-error.js';
import type { Scenario } from '../engine/scenario.js';
import { type ChunkResult, type ChunkTask, runChunk } from './batch-chunk.js';
import { BatchStatistics } from './batch-statistics.js';
import type { WorkerTask } from './batch-worker.js';
import { rowsHeader, type RowFormat } from './run-rows.js';
import { loadSource, type ScenarioSource } from './scenario-source.js';

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
 * worker threads). Chunks are handed out in run order;
 * this thread plays the next chunk itself whenever the oldest one in flight is not back
 * yet, so every core plays runs and none is left to a thread that only waits. Chunks are
 * merged and their rows written strictly in run order, so the result is the same bytes
 * for any number of workers; a bounded number of chunks is in flight, so memory stays
 * flat however many runs there are. Each worker loads the scenario from `source` itself
 * and checks its hash against the one loaded here; all threads share one decision memo.
 */
export async function runParallelBatch(source: ScenarioSource, options: ParallelBatchOptions): Promise<ParallelBatchResult> {
  const { runs, seed } = options;
  requireWhole('runs', runs, 1);
  requireWhole('seed', seed, 0);
  const from = options.from ?? 0;
  const to = options.to ?? runs;
  requireWhole('from', from, 0);
  requireWhole('to', to, from);
  if (to > runs) throw new RangeError(`to must be at most runs (${runs}), not ${to}`);
  const workers = options.workers ?? availableParallelism();
  requireWhole('workers', workers, 1);
  const scenario = loadSource(source);
  const statistics = new BatchStatistics(scenario);
  if (options.rows !== undefined) await options.onRows?.(new TextEncoder().encode(rowsHeader(scenario, options.rows)));

  const size = chunkSize(to - from, workers);
  // One memo for every thread: a decision one meets is found by all, in a single copy.
  const memo = LeanRun.sharedMemo(scenario, SHARED_DECISIONS);
  const playHere = options.playHere ?? true;
  const here = playHere ? new LeanRun(scenario, memo) : undefined;
  const threads = playHere ? workers - 1 : workers;
  const pool =
    threads === 0
      ? undefined
      : new Tinypool({
          filename: workerFile(),
          minThreads: threads,
          maxThreads: threads,
          isolateWorkers: false,
          // A second task queued in each worker keeps it busy while this thread plays a chunk.
          concurrentTasksPerWorker: 2,
          // A worker keeps little between chunks (the memo is shared, outside its heap): a small
          // heap makes V8 collect chunk garbage early, so a long batch's memory stays flat.
          resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 },
        });
  const inFlight: Chunk[] = [];
  const maxInFlight = threads * 3 + 16;
  let next = from;
  let pooled = 0;
  const task = (): ChunkTask => {
    const chunk = { seed, from: next, to: Math.min(to, next + size), rows: options.rows };
    next = chunk.to;
    return chunk;
  };
  let failure: RunError | undefined;
  let interrupted = false;
  const handingOut = (): boolean => failure === undefined && !interrupted && next < to;
  // Workers take a while to load the scenario. Until one has (a chunk of no runs comes
  // back), none is handed a chunk, which this thread would otherwise wait for in order.
  let ready = 0;
  let notReady: unknown;
  const warmUp: WorkerTask = { seed, from, to: from, rows: undefined, source, hash: scenario.hash, memo };
  const warmUps = Array.from({ length: threads }, () =>
    pool!.run(warmUp).then(
      () => void ready++,
      (error: unknown) => void (notReady ??= error),
    ),
  );
  /** Settles once the first worker is ready, or has failed to load the scenario. */
  const firstReady = Promise.race(warmUps);
  try {
    for (;;) {
      if (notReady !== undefined) throw notReady;
      while (pool !== undefined && handingOut() && pooled < Math.min(ready, threads) * 3 && inFlight.length < maxInFlight) {
        const workerTask: WorkerTask = { ...task(), source, hash: scenario.hash, memo };
        const chunk: Chunk = { done: undefined, waiting: undefined };
        chunk.waiting = (pool.run(workerTask) as Promise<ChunkResult>).then((result) => {
          chunk.done = result;
          pooled--;
        });
        pooled++;
        inFlight.push(chunk);
      }
      const oldest = inFlight[0];
      if (here !== undefined && oldest?.done === undefined && handingOut() && inFlight.length < maxInFlight) {
        inFlight.push({ done: runChunk(scenario, task(), here), waiting: undefined });
        // Let the pool's messages in: finished chunks, and room for the next tasks.
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      if (oldest === undefined) {
        if (pool === undefined || !handingOut()) break;
        await firstReady; // nothing to wait for but a worker to be ready
        continue;
      }
      if (oldest.done === undefined) await oldest.waiting;
      inFlight.shift();
      const result = oldest.done!;
      if (failure !== undefined) continue; // later than the failure: not counted
      statistics.merge(BatchStatistics.fromJSON(scenario, result.statistics));
      if (result.rows.length > 0) await options.onRows?.(result.rows);
      options.onProgress?.(statistics.runs);
      if (result.failure !== undefined) {
        const f = result.failure;
        failure = new RunError(f.problem, f.origin, { seed: f.seed, turn: f.turn, batchRun: f.batchRun });
        continue;
      }
      if (options.signal?.aborted) interrupted = true;
    }
  } finally {
    await pool?.destroy();
  }
  return { scenario, source, seed, requested: runs, from, to: from + statistics.runs, statistics, interrupted, failure };
}

/** A chunk handed out: its result once back, and, for a worker's, the promise of it. */
interface Chunk {
  done: ChunkResult | undefined;
  waiting: Promise<void> | undefined;
}

/** How many decisions the threads of a batch remember together: about 300 bytes each. */
const SHARED_DECISIONS = 150_000;

/** About 16 chunks per worker for small batches (so all cores work), at most 1,000 runs each. */
function chunkSize(runs: number, workers: number): number {
  return Math.max(1, Math.min(1000, Math.ceil(runs / (workers * 16))));
}

/**
 * The compiled worker module. Run from the TypeScript sources (as the tests do), the
 * worker would be a .ts file a worker thread cannot load, so the build's copy is used.
 */
function workerFile(): string {
  const beside = new URL('./batch-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return fileURLToPath(beside);
  return fileURLToPath(new URL('../../dist/batch/batch-worker.js', import.meta.url));
}

function requireWhole(name: string, value: number, least: number): void {
  if (!Number.isSafeInteger(value) || value < least) {
    throw new RangeError(`${name} must be a whole number of at least ${least}, not ${value}`);
  }
}

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { LeanRun } from '../engine/lean-run.js';
import { RunError } from '../engine/run-error.js';
import type { Scenario } from '../engine/scenario.js';
import type { ChunkResult } from './batch-chunk.js';
import { BatchStatistics } from './batch-statistics.js';
import type { WorkerTask } from './batch-worker.js';
import { rowsHeader, type RowFormat } from './run-rows.js';
import { loadSource, type ScenarioSource } from './scenario-source.js';

export interface ParallelBatchOptions {
  readonly runs: number;
  readonly seed: number;
  /** Worker threads; every core by default. */
  readonly workers?: number;
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
 * Runs a batch on worker threads (a tinypool pool), in chunks of consecutive runs. Chunks
 * are merged and their rows written strictly in run order, so the result is the same bytes
 * for any number of workers; at most a few chunks per worker are in flight, so memory stays
 * flat however many runs there are. Each worker loads the scenario from `source` itself and
 * checks its hash against the one loaded here.
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
  // One memo for every worker: a decision one meets is found by all, in a single copy.
  const memo = LeanRun.sharedMemo(scenario, SHARED_DECISIONS);
  const pool = new Tinypool({
    filename: workerFile(),
    minThreads: workers,
    maxThreads: workers,
    isolateWorkers: false,
    // A worker keeps little between chunks (the memo is shared, outside its heap): a small
    // heap makes V8 collect chunk garbage early, so a long batch's memory stays flat.
    resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 },
  });
  const pending: Promise<ChunkResult>[] = [];
  let next = from;
  const submit = (): void => {
    const task: WorkerTask = { source, hash: scenario.hash, memo, seed, from: next, to: Math.min(to, next + size), rows: options.rows };
    next = task.to;
    pending.push(pool.run(task) as Promise<ChunkResult>);
  };
  let failure: RunError | undefined;
  let interrupted = false;
  try {
    while (next < to && pending.length < workers * 3) submit();
    while (pending.length > 0) {
      const result = await pending.shift()!;
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
      if (!interrupted && next < to) submit();
    }
  } finally {
    await pool.destroy();
  }
  return { scenario, source, seed, requested: runs, from, to: from + statistics.runs, statistics, interrupted, failure };
}

/** How many decisions the workers of a batch remember together: about 280 bytes each. */
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

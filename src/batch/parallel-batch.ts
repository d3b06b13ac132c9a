import { availableParallelism } from 'node:os';
import { LeanRun } from './lean-run.js';
import { RunError } from '../engine/run-error.js';
import type { Scenario } from '../engine/scenario.js';
import { type ChunkResult, type ChunkTask, runChunk } from './batch-chunk.js';
import { BatchPool, WORKER_QUEUE } from './batch-pool.js';
import { BatchStatistics } from './batch-statistics.js';
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
 * Workers start with a batch of 100,000 runs or more (or with `playHere: false`); a
 * shorter batch starts them only once this thread has played for 0.3 s with runs left,
 * since a batch that ends sooner is faster without them.
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
    const memo = LeanRun.sharedMemo(scenario);
    pool?.open(sent, memo);
    const here = playHere ? new LeanRun(scenario, memo) : undefined;
    const played = await playChunks(scenario, statistics, { ...options, from, to, size: chunkSize(to - from, workers) }, pool, here);
    return { scenario, source, seed, requested: runs, from, to: from + statistics.runs, statistics, ...played };
  } finally {
    await pool?.close();
  }
}

/**
 * A batch of at least this many runs starts its worker threads with it: every built-in
 * scenario takes seconds for that many on one thread.
 */
const EARLY_WORKER_RUNS = 100_000;

/**
 * A shorter batch starts them once this thread has played this long with runs still to
 * hand out. A worker takes about 0.35 s to start (bench), competing with this thread for
 * the cores meanwhile, so a batch that ends sooner is faster without one: 1,000 hormuz runs
 * took 1.1 s on one thread and 1.4 s with a worker started at once.
 */
const LATE_WORKER_MS = 300;

/**
 * Hands out the chunks of runs `from`–`to` in run order: a few at a time to each worker,
 * and to `here` (this thread) whenever the oldest chunk in flight is not back; merges each
 * into `statistics` and passes on its rows, in run order. Once every chunk is handed out,
 * this thread plays a worker's chunk that is not back yet (the youngest first, which the
 * worker has most likely not begun) rather than wait: a chunk's result depends only on its
 * runs' seeds, so whichever thread finishes it first gives the same bytes. A short batch
 * is thus never held up waiting for a worker that is still starting.
 */
async function playChunks(
  scenario: Scenario,
  statistics: BatchStatistics,
  options: ParallelBatchOptions & { readonly from: number; readonly to: number; readonly size: number },
  pool: BatchPool | undefined,
  here: LeanRun | undefined,
): Promise<{ interrupted: boolean; failure: RunError | undefined }> {
  const { seed, to, size } = options;
  const threads = pool?.threads ?? 0;
  const started = performance.now();
  const inFlight: Chunk[] = [];
  // Each worker's queue, and a few more in the pool's own queue, ready to send it.
  const perWorker = WORKER_QUEUE + 2;
  // Room for this thread to play on while a worker starts (most of a second of chunks),
  // and few enough that the rows held back stay near ten megabytes (hormuz's CSV).
  const maxInFlight = threads * perWorker + 64;
  let next = options.from;
  let pooled = 0;
  const chunk = (): Chunk => {
    const task = { seed, from: next, to: Math.min(to, next + size), rows: options.rows };
    next = task.to;
    const made: Chunk = { task, done: undefined, error: undefined, waiting: undefined };
    inFlight.push(made);
    return made;
  };
  let failure: RunError | undefined;
  let interrupted = false;
  const handingOut = (): boolean => failure === undefined && !interrupted && next < to;
  const forHere = (): Chunk | undefined => {
    if (handingOut()) return inFlight.length < maxInFlight ? chunk() : undefined;
    if (failure !== undefined || interrupted) return undefined;
    return inFlight.findLast((c) => c.done === undefined);
  };
  for (;;) {
    while (pool?.started === true && handingOut() && pooled < threads * perWorker && inFlight.length < maxInFlight) {
      const theirs = chunk();
      pooled++;
      theirs.waiting = pool.run(theirs.task).then(
        (result) => {
          pooled--;
          theirs.done ??= result;
        },
        (error: unknown) => {
          pooled--;
          theirs.error = error;
        },
      );
    }
    const oldest = inFlight[0];
    const mine = here !== undefined && oldest?.done === undefined ? forHere() : undefined;
    if (mine !== undefined) {
      mine.done = runChunk(scenario, mine.task, here!);
      if (pool?.started === false && handingOut() && performance.now() - started >= LATE_WORKER_MS) pool.start();
      // Let messages in: workers' finished chunks, and a Ctrl-C.
      await new Promise((resolve) => setImmediate(resolve));
      continue;
    }
    if (oldest === undefined) break;
    if (oldest.done === undefined) await oldest.waiting;
    // A worker that could not play it (not a failing run: that is a result): the batch cannot go on.
    if (oldest.done === undefined) throw oldest.error;
    inFlight.shift();
    const result = oldest.done;
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
  return { interrupted, failure };
}

/** A chunk handed out: its runs, its result once back, and, for a worker's, the promise of it (or why it failed). */
interface Chunk {
  readonly task: ChunkTask;
  done: ChunkResult | undefined;
  error: unknown;
  waiting: Promise<void> | undefined;
}

/** About 16 chunks per worker for small batches (so all cores work), at most 1,000 runs each. */
function chunkSize(runs: number, workers: number): number {
  return Math.max(1, Math.min(1000, Math.ceil(runs / (workers * 16))));
}

function requireWhole(name: string, value: number, least: number): void {
  if (!Number.isSafeInteger(value) || value < least) {
    throw new RangeError(`${name} must be a whole number of at least ${least}, not ${value}`);
  }
}

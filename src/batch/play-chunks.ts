import { RunError } from '../engine/run-error.js';
import type { ChunkResult, ChunkTask } from './batch-chunk.js';
import { type BatchPool, WORKER_QUEUE } from './batch-pool.js';

/**
 * A job of at least this many runs starts its worker threads with it: every built-in
 * scenario takes a second or more for that many on one thread, and a worker is ready in
 * about a third of that. Measured against 100,000, both builds warm in one process,
 * alternating, 8 rounds on 2 workers: the default one-at-a-time analysis of `s400`
 * (34,600 runs) 3.71 → 3.47 s, a batch of as many runs 3.05 → 2.68 s.
 */
export const EARLY_WORKER_RUNS = 20_000;

/**
 * A shorter job starts them once this thread has played this long with runs still to
 * hand out. A worker takes about 0.35 s to start (bench), competing with this thread for
 * the cores meanwhile, so a job that ends sooner is faster without one: 1,000 hormuz runs
 * took 1.1 s on one thread and 1.4 s with a worker started at once.
 */
export const LATE_WORKER_MS = 300;

/** About 16 chunks per thread for small jobs (so all cores work), at most 1,000 runs each. */
export function chunkSize(runs: number, threads: number): number {
  return Math.max(1, Math.min(1000, Math.ceil(runs / (threads * 16))));
}

/** The chunks to play, handed out in order: a batch's runs, or an experiment's points' runs. */
export interface ChunkSource {
  /** Whether there is another chunk to hand out now (false once the work is done or stopped). */
  more(): boolean;
  /** The next chunk; called only when `more()` is true. */
  take(): ChunkTask;
}

export interface PlayChunksOptions {
  /** Plays a chunk in this thread; absent when this thread only hands chunks out. */
  readonly here?: ((task: ChunkTask) => ChunkResult) | undefined;
  readonly pool?: BatchPool | undefined;
  /** Each chunk's result, in the order the chunks were taken, up to and including the first that failed; awaited. */
  readonly onResult: (task: ChunkTask, result: ChunkResult) => void | Promise<void>;
  /** Starts the pool's threads when this thread has played this long with chunks left (if not started). */
  readonly startWorkersAfterMs?: number | undefined;
}

/**
 * Hands out chunks in order: a few at a time to each worker, and to `here` (this thread)
 * whenever the oldest chunk in flight is not back; passes each result on in order. Once
 * every chunk is handed out, this thread plays a worker's chunk that is not back yet (the
 * youngest first, which the worker has most likely not begun) rather than wait: a chunk's
 * result depends only on its task, so whichever thread finishes it first gives the same
 * bytes. A short job is thus never held up waiting for a worker that is still starting.
 * The first chunk (in order) whose run failed stops the handing out; no later chunk is
 * passed on, and its RunError is returned.
 */
export async function playChunks(source: ChunkSource, options: PlayChunksOptions): Promise<RunError | undefined> {
  const { here, pool } = options;
  const threads = pool?.threads ?? 0;
  const started = performance.now();
  const inFlight: Chunk[] = [];
  // Each worker's queue, and a few more in the pool's own queue, ready to send it.
  const perWorker = WORKER_QUEUE + 2;
  // Room for this thread to play on while a worker starts (most of a second of chunks),
  // and few enough that the rows held back stay near ten megabytes (hormuz's CSV).
  const maxInFlight = threads * perWorker + 64;
  let pooled = 0;
  let failure: RunError | undefined;
  const handingOut = (): boolean => failure === undefined && source.more();
  const chunk = (): Chunk => {
    const made: Chunk = { task: source.take(), done: undefined, error: undefined, waiting: undefined };
    inFlight.push(made);
    return made;
  };
  const forHere = (): Chunk | undefined => {
    if (handingOut()) return inFlight.length < maxInFlight ? chunk() : undefined;
    if (failure !== undefined) return undefined;
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
      mine.done = here!(mine.task);
      const late = options.startWorkersAfterMs;
      if (pool?.started === false && late !== undefined && handingOut() && performance.now() - started >= late) pool.start();
      // Let messages in: workers' finished chunks, and a Ctrl-C.
      await new Promise((resolve) => setImmediate(resolve));
      continue;
    }
    if (oldest === undefined) break;
    if (oldest.done === undefined) await oldest.waiting;
    // A worker that could not play it (not a failing run: that is a result): the work cannot go on.
    if (oldest.done === undefined) throw oldest.error;
    inFlight.shift();
    const result = oldest.done;
    if (failure !== undefined) continue; // later than the failure: not passed on
    await options.onResult(oldest.task, result);
    if (result.failure !== undefined) {
      const f = result.failure;
      failure = new RunError(f.problem, f.origin, { seed: f.seed, turn: f.turn, batchRun: f.batchRun });
    }
  }
  return failure;
}

/** A chunk handed out: its task, its result once back, and, for a worker's, the promise of it (or why it failed). */
interface Chunk {
  readonly task: ChunkTask;
  done: ChunkResult | undefined;
  error: unknown;
  waiting: Promise<void> | undefined;
}

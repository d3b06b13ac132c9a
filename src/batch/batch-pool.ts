import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import type { DecisionMemoShare } from './decision-memo.js';
import type { ChunkResult, ChunkTask } from './batch-chunk.js';
import type { WorkerTask } from './batch-worker.js';
import type { SentScenario } from './sent-scenario.js';

/** Chunks queued in each worker thread at once. */
export const WORKER_QUEUE = 4;

/**
 * A batch's or an experiment's worker threads (a tinypool pool). Made idle; `start` starts them, and each
 * loads its module at once, so a batch can start them while its own thread loads the
 * scenario, or later, or never. Once `open` has given them the scenario, each compiles it
 * with its first chunk.
 */
export class BatchPool {
  private job: { scenario: SentScenario; memo: DecisionMemoShare | undefined } | undefined;
  private pool: Tinypool | undefined;

  constructor(readonly threads: number) {}

  /** Whether the threads have been started. */
  get started(): boolean {
    return this.pool !== undefined;
  }

  /** Starts the threads, unless they have started. */
  start(): void {
    if (this.pool !== undefined) return;
    this.pool = new Tinypool({
      filename: workerFile(),
      minThreads: this.threads,
      maxThreads: this.threads,
      isolateWorkers: false,
      // Tasks queued in each worker keep it busy while the batch's thread, which hands them
      // out, plays a chunk: over a million runs a worker sat idle 0.3–0.5 s with 2, 0.1 s with 4.
      concurrentTasksPerWorker: WORKER_QUEUE,
      // A worker keeps little between chunks (the memo is shared, outside its heap): a small
      // heap makes V8 collect chunk garbage early, so a long batch's memory stays flat.
      resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 },
    });
    // A worker loads its module with its first task: this one has it do so at once. A
    // module that cannot load fails every chunk too, and that failure is the one reported.
    for (let i = 0; i < this.threads; i++) this.pool.run(null).catch(() => undefined);
  }

  /**
   * The scenario and, for a batch, the memo its threads share, sent with every chunk (both
   * in shared memory). An experiment sends no memo: its points' variants use each thread's own.
   */
  open(scenario: SentScenario, memo?: DecisionMemoShare): void {
    this.job = { scenario, memo };
  }

  /** Plays a chunk on a worker thread (starting the threads if they have not started). */
  run(task: ChunkTask): Promise<ChunkResult> {
    this.start();
    return this.pool!.run({ ...task, ...this.job! } satisfies WorkerTask) as Promise<ChunkResult>;
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
  }
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

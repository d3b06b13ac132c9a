import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import type { DecisionMemoShare } from '../engine/decision-memo.js';
import type { ChunkResult, ChunkTask } from './batch-chunk.js';
import type { WorkerTask } from './batch-worker.js';
import type { ScenarioSource } from './scenario-source.js';

/**
 * A batch's worker threads (a tinypool pool). They start, and load their module, as soon
 * as it is made, while the batch's own thread loads the scenario; `open` then has each
 * load the scenario itself (a chunk of no runs), and `ready` counts those that have.
 */
export class BatchPool {
  /** Workers that have loaded the scenario. */
  ready = 0;
  private failure: unknown;
  private firstReady: Promise<void> | undefined;
  private job: { source: ScenarioSource; hash: string; memo: DecisionMemoShare } | undefined;
  private readonly pool: Tinypool;

  constructor(readonly threads: number) {
    this.pool = new Tinypool({
      filename: workerFile(),
      minThreads: threads,
      maxThreads: threads,
      isolateWorkers: false,
      // A second task queued in each worker keeps it busy while the batch's thread plays a chunk.
      concurrentTasksPerWorker: 2,
      // A worker keeps little between chunks (the memo is shared, outside its heap): a small
      // heap makes V8 collect chunk garbage early, so a long batch's memory stays flat.
      resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 },
    });
    // A worker loads its module with its first task: this one has it do so at once.
    for (let i = 0; i < threads; i++) this.pool.run(null).catch((error: unknown) => void (this.failure ??= error));
  }

  /** Has every worker load the batch's scenario (checking its hash) and open its memo. */
  open(source: ScenarioSource, hash: string, memo: DecisionMemoShare, seed: number): void {
    const job = { source, hash, memo };
    this.job = job;
    const warmUps = Array.from({ length: this.threads }, () =>
      this.pool.run({ seed, from: 0, to: 0, ...job } satisfies WorkerTask).then(
        () => void this.ready++,
        (error: unknown) => void (this.failure ??= error),
      ),
    );
    this.firstReady = Promise.race(warmUps);
  }

  /** Settles once a worker is ready, or one has failed to load the scenario. */
  async someReady(): Promise<void> {
    await this.firstReady;
  }

  /** Throws the error of a worker that could not load the scenario, if one could not. */
  checkLoaded(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  run(task: ChunkTask): Promise<ChunkResult> {
    return this.pool.run({ ...task, ...this.job! } satisfies WorkerTask) as Promise<ChunkResult>;
  }

  async close(): Promise<void> {
    await this.pool.destroy();
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

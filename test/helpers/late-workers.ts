import { vi } from 'vitest';
import type { ChunkTask } from '../../src/batch/batch-chunk.js';
import { BatchPool } from '../../src/batch/batch-pool.js';

/**
 * Runs `work` under a clock that moves 100 ms at every read, so that a batch or an
 * experiment too short to start its worker threads at once (EARLY_WORKER_RUNS) starts
 * them after its first few chunks (LATE_WORKER_MS), on any machine however fast; gives the
 * chunks handed to them, in order. Without it, such work on a quick machine finishes on
 * its own thread before a worker is due, and a test "on two threads" tests one.
 */
export async function withLateWorkers<T>(work: () => Promise<T>): Promise<{ result: T; handed: ChunkTask[] }> {
  let now = 0;
  const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 100));
  const handed = vi.spyOn(BatchPool.prototype, 'run');
  try {
    const result = await work();
    return { result, handed: handed.mock.calls.map(([task]) => task) };
  } finally {
    clock.mockRestore();
    handed.mockRestore();
  }
}

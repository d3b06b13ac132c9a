import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { RunError } from '../engine/run-error.js';
import type { PointCounts, PointEvaluator } from './evaluator.js';
import type { PointResult, PointTask } from './point-worker.js';

/**
 * Runs an experiment's points on `workers` worker threads (a tinypool pool, as batches
 * use), a point per task. Each worker loads the scenario itself from `scenario` (a
 * built-in id or a file path), so only names and numbers cross between threads. Counts
 * come back in point order and a point's counts depend only on the point and the seeds,
 * so the result is the same as `localEvaluator`'s, to the byte, for any number of workers.
 * On abort, the points already started finish and are kept; no new point starts.
 */
export function poolEvaluator(scenario: string, workers: number): PointEvaluator {
  if (!Number.isSafeInteger(workers) || workers < 1) throw new RangeError(`workers must be a whole number of at least 1, not ${workers}`);
  return {
    async evaluate(points, runs, seed, signal) {
      const pool = new Tinypool({ filename: workerFile(), minThreads: workers, maxThreads: workers, isolateWorkers: false });
      const pending: Promise<PointResult>[] = [];
      const out: PointCounts[] = [];
      let next = 0;
      const submit = (): void => {
        const task: PointTask = { scenario, point: points[next]!, runs, seed };
        next++;
        pending.push(pool.run(task) as Promise<PointResult>);
      };
      try {
        while (next < points.length && pending.length < workers * 2) submit();
        while (pending.length > 0) {
          const result = await pending.shift()!;
          if (!result.ok) throw new RunError(result.problem, result.origin, result.moment);
          out.push(result.counts);
          if (!signal?.aborted && next < points.length) submit();
        }
        return out;
      } finally {
        await pool.destroy();
      }
    },
  };
}

/** The compiled worker module; from the TypeScript sources (as in tests), the build's copy. */
function workerFile(): string {
  const beside = new URL('./point-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return fileURLToPath(beside);
  return fileURLToPath(new URL('../../dist/experiments/point-worker.js', import.meta.url));
}

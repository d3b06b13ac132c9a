import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { batchRuns, runBatch, runBatchInThread } from '../../src/batch/batch.js';
import { BatchPool } from '../../src/batch/batch-pool.js';
import { summarize } from '../../src/batch/batch-summary.js';
import { runParallelBatch } from '../../src/batch/parallel-batch.js';
import { EARLY_WORKER_RUNS } from '../../src/batch/play-chunks.js';
import { toPartialBatch } from '../../src/batch/partial-batch.js';
import { compileScenario } from '../../src/scenarios/compile-scenario.js';
import { applyOverrides } from '../../src/scenarios/overrides.js';
import { builtInScenarioSpec } from '../../src/testing/index.js';
import { RunError } from '../../src/engine/run-error.js';
import { loadScenario } from '../../src/scenarios/load.js';
import { withLateWorkers } from '../helpers/late-workers.js';

// Worker threads load the compiled worker from dist/ (npm test builds first).
const rareFaultPath = new URL('../scenarios/fixtures/rare-fault.yaml', import.meta.url).pathname;

async function withRows(workers: number, runs: number, options: { from?: number; to?: number; playHere?: boolean } = {}) {
  let rows = '';
  const result = await runParallelBatch(
    { scenario: 's400', overrides: {} },
    { runs, seed: 12, workers, rows: 'csv', onRows: (bytes) => void (rows += Buffer.from(bytes).toString('utf8')), ...options },
  );
  return { rows, statistics: JSON.stringify(result.statistics.toJSON()), result };
}

// Starting workers takes a while on a busy machine: each loads the scenario itself.
const SLOW = 120_000;
let one: Awaited<ReturnType<typeof withRows>>;
let three: Awaited<ReturnType<typeof withRows>>;
let mixed: Awaited<ReturnType<typeof withLateWorkers<Awaited<ReturnType<typeof withRows>>>>>;
beforeAll(async () => {
  one = await withRows(1, 90);
  // Worker threads alone: this thread would otherwise play a batch this short by itself.
  three = await withRows(3, 90, { playHere: false });
  // Both: this thread plays the first chunks, then hands the rest to a worker as well.
  mixed = await withLateWorkers(() => withRows(2, 90));
}, SLOW);

describe('a batch on worker threads', () => {
  it('gives the same rows and statistics, byte for byte, on this thread alone, three workers, or both', () => {
    expect(three.rows).toBe(one.rows);
    expect(three.statistics).toBe(one.statistics);
    expect(mixed.handed.length).toBeGreaterThan(0);
    expect(mixed.result.rows).toBe(one.rows);
    expect(mixed.result.statistics).toBe(one.statistics);
    expect(one.rows.trim().split('\n')).toHaveLength(91);
    expect(one.rows.split('\n')[1]!.startsWith('0,')).toBe(true);
  });

  it('summarises exactly as the same batch in one thread', async () => {
    const s400 = loadScenario('s400');
    const pooled = await withLateWorkers(() => runBatch({ scenario: 's400', overrides: {} }, { runs: 60, seed: 3, workers: 2 }));
    expect(pooled.handed.length).toBeGreaterThan(0);
    expect(pooled.result).toEqual(runBatchInThread(s400, { runs: 60, seed: 3 }));
  }, SLOW);

  it('runs only its range of runs when given one: a shard', async () => {
    const whole = one;
    const { result: shard, handed } = await withLateWorkers(() => withRows(2, 90, { from: 30, to: 60 }));
    expect(handed.length).toBeGreaterThan(0);
    expect(shard.result.from).toBe(30);
    expect(shard.result.to).toBe(60);
    const lines = whole.rows.split('\n');
    expect(shard.rows.split('\n').slice(1, 31)).toEqual(lines.slice(31, 61));
  }, SLOW);

  it('reports the lowest-index failing run whatever the scheduling, counting every run before it', async () => {
    let firstFailure = -1;
    try {
      for (const run of batchRuns(loadScenario(rareFaultPath), 3, 0, 400)) firstFailure = run.index + 1;
    } catch (error) {
      expect(error).toBeInstanceOf(RunError);
    }
    expect(firstFailure).toBeGreaterThan(0);
    const messages = new Set<string>();
    for (const options of [{ workers: 1 }, { workers: 3 }, { workers: 2, playHere: false }]) {
      const result = await runParallelBatch({ scenario: rareFaultPath, overrides: {} }, { runs: 400, seed: 3, ...options });
      expect(result.failure?.moment?.batchRun).toBe(firstFailure);
      expect(result.statistics.runs).toBe(firstFailure);
      expect(result.to).toBe(firstFailure);
      messages.add(result.failure!.message);
    }
    // Worker threads place the failing expression in the file as this thread does.
    expect([...messages]).toHaveLength(1);
    expect([...messages][0]).toMatch(/rare-fault\.yaml:\d+:\d+/);
  }, SLOW);

  it('stops when aborted, keeping a whole prefix of finished runs', async () => {
    const controller = new AbortController();
    let seen = 0;
    const result = await runParallelBatch(
      { scenario: 's400', overrides: {} },
      {
        runs: 100_000,
        seed: 1,
        workers: 2,
        signal: controller.signal,
        onProgress: (done) => {
          seen = done;
          controller.abort();
        },
      },
    );
    expect(result.interrupted).toBe(true);
    expect(result.statistics.runs).toBeGreaterThanOrEqual(seen);
    expect(result.statistics.runs).toBeLessThan(100_000);
    expect(result.to).toBe(result.statistics.runs);
  }, SLOW);

  it('loads the scenario in every worker with the same overrides', async () => {
    const overrides = { horizon: 3, 'iran.rationality': 2 };
    const summary = await runBatch({ scenario: 's400', overrides }, { runs: 30, seed: 5, workers: 2, playHere: false });
    expect(summary.overrides).toEqual(overrides);
    expect(summary).toEqual(runBatchInThread(loadScenario('s400', overrides), { runs: 30, seed: 5 }));
  }, SLOW);

  it('plays the scenario file as it was when the batch began, on every thread, even if it changes meanwhile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wargame-changed-'));
    const file = join(dir, 'rare-fault.yaml');
    copyFileSync(rareFaultPath, file);
    try {
      const before = loadScenario(file);
      let rows = '';
      const onRows = (bytes: Uint8Array): void => {
        // The header comes once the batch has read the file, before any worker has a chunk.
        if (rows === '') writeFileSync(file, readFileSync(file, 'utf8').replace('horizon: 4', 'horizon: 3'));
        rows += Buffer.from(bytes).toString('utf8');
      };
      const options = { runs: 50, seed: 1, workers: 2, playHere: false, rows: 'csv' as const };
      const result = await runParallelBatch({ scenario: file, overrides: {} }, { ...options, onRows });
      expect(loadScenario(file).hash).not.toBe(before.hash);
      expect(result.scenario.hash).toBe(before.hash);
      let unchanged = '';
      const expected = await runParallelBatch(
        { scenario: rareFaultPath, overrides: {} },
        { ...options, workers: 1, playHere: true, onRows: (bytes) => void (unchanged += Buffer.from(bytes).toString('utf8')) },
      );
      expect(rows).toBe(unchanged);
      expect(result.failure?.problem).toBe(expected.failure?.problem);
      expect(result.to).toBe(expected.to);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, SLOW);

  it('runs a scenario built in code on worker threads, each compiling the spec it is sent', async () => {
    const spec = builtInScenarioSpec('s400');
    const overrides = { horizon: 4 };
    const result = await runParallelBatch({ spec, overrides }, { runs: 40, seed: 9, workers: 2, playHere: false });
    const inThread = runBatchInThread(compileScenario(applyOverrides(spec, overrides)), { runs: 40, seed: 9 });
    expect(summarize(result.scenario, result.statistics, 9, 40)).toEqual(inThread);
    expect(() => toPartialBatch(result)).toThrow(/names its scenario by built-in id or file path/);
  }, SLOW);
});

describe('when a batch starts its worker threads', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('plays a batch too short to repay a worker on this thread alone', async () => {
    const handed = vi.spyOn(BatchPool.prototype, 'run');
    const short = await withRows(2, 4);
    expect(handed).not.toHaveBeenCalled();
    expect(short.rows).toBe((await withRows(1, 4)).rows);
  }, SLOW);

  it('starts them once this thread has played for a while with runs left, and gives the same bytes', async () => {
    // "A while" (LATE_WORKER_MS) passes after a few chunks under withLateWorkers's clock,
    // on any machine however fast, in a batch far too short to start workers at once.
    const runs = 2000;
    expect(runs).toBeLessThan(EARLY_WORKER_RUNS);
    const csv = async (workers: number) => {
      let rows = '';
      const onRows = (bytes: Uint8Array) => void (rows += Buffer.from(bytes).toString('utf8'));
      await runParallelBatch({ scenario: 'hormuz', overrides: {} }, { runs, seed: 4, workers, rows: 'csv', onRows });
      return rows;
    };
    const alone = await csv(1);
    const { result: shared, handed } = await withLateWorkers(() => csv(2));
    expect(handed.length).toBeGreaterThan(0);
    // Not from the start: this thread played the first chunks before any worker existed.
    expect(handed[0]!.from).toBeGreaterThan(0);
    expect(shared).toBe(alone);
  }, SLOW);
});

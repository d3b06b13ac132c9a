import { describe, expect, it } from 'vitest';
import { runChunk } from '../../src/batch/batch-chunk.js';
import { BatchPool } from '../../src/batch/batch-pool.js';
import { sendableSource } from '../../src/batch/scenario-source.js';
import { LeanRun } from '../../src/batch/lean-run.js';

// The pool's worker threads load the compiled worker from dist/ (npm test builds first).
const SLOW = 120_000;

describe('the worker threads of a batch', () => {
  it('play a chunk exactly as this thread does', async () => {
    const { scenario, sent } = sendableSource({ scenario: 's400', overrides: {} });
    const memo = LeanRun.sharedMemo(scenario);
    const pool = new BatchPool(1);
    try {
      pool.open(sent, memo);
      const task = { seed: 4, from: 10, to: 30, rows: 'csv' as const };
      const theirs = await pool.run(task);
      const mine = runChunk(scenario, task, new LeanRun(scenario, memo));
      expect(theirs.finished).toBe(20);
      expect(Buffer.from(theirs.rows).toString('utf8')).toBe(Buffer.from(mine.rows).toString('utf8'));
      expect(theirs.statistics).toEqual(mine.statistics);
    } finally {
      await pool.close();
    }
  }, SLOW);

  it('refuse a scenario that does not compile to the batch\'s hash', async () => {
    const { scenario, sent } = sendableSource({ scenario: 's400', overrides: {} });
    const pool = new BatchPool(1);
    try {
      pool.open({ ...sent, hash: 'sha256:0' }, LeanRun.sharedMemo(scenario));
      await expect(pool.run({ seed: 1, from: 0, to: 5 })).rejects.toThrow(/compiled the scenario 's400' differently/);
    } finally {
      await pool.close();
    }
  }, SLOW);
});

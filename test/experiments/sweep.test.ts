import { describe, expect, it } from 'vitest';
import { runBatchInThread } from '../../src/batch/batch.js';
import { wilsonInterval } from '../../src/batch/wilson-interval.js';
import type { PointEvaluator } from '../../src/experiments/evaluator.js';
import { sweep } from '../../src/experiments/sweep.js';
import { loadScenario, loadResolvedScenario } from '../../src/scenarios/load.js';
import { OverrideError } from '../../src/scenarios/override-error.js';

const MINI = 'test/scenarios/fixtures/mini.yaml';
const mini = loadResolvedScenario(MINI);

describe('sweep', () => {
  it('runs the same seeds at every point: a point that changes nothing counts what a batch counts', async () => {
    const result = await sweep(mini, { factors: [{ path: 'horizon', values: [2, 4] }], design: 'grid', runs: 60, seed: 9 });
    const batch = runBatchInThread(loadScenario(MINI), { runs: 60, seed: 9 });
    const atFour = result.rows.filter((r) => r.point.horizon === 4);
    expect(atFour.map((r) => r.count)).toEqual(batch.outcomes.map((o) => o.count));
    const short = runBatchInThread(loadScenario(MINI, { horizon: 2 }), { runs: 60, seed: 9 });
    expect(result.rows.filter((r) => r.point.horizon === 2).map((r) => r.count)).toEqual(short.outcomes.map((o) => o.count));
  });

  it('gives one tidy row per point and outcome, with the share and its Wilson interval', async () => {
    const result = await sweep(mini, { factors: [{ path: 'initial.hormuz_flow', values: [0.2, 1] }, { path: 'china.rationality', values: [0, 8] }], design: 'grid', runs: 40, seed: 1 });
    expect(result.factors).toEqual(['initial.hormuz_flow', 'china.rationality']);
    expect(result.rows).toHaveLength(4 * loadScenario(MINI).outcomes.length);
    for (const row of result.rows) {
      const [low, high] = wilsonInterval(row.count, row.runs);
      expect(row.share).toBeCloseTo(row.count / row.runs, 6);
      expect([row.low, row.high]).toEqual([+low.toFixed(6), +high.toFixed(6)].map((x) => Math.round(x * 1e6) / 1e6));
    }
    expect(result.rows.find((r) => r.point['initial.hormuz_flow'] === 0.2 && r.outcome === 'closed')!.share).toBe(1);
  });

  it("keeps each final mean's interval within its quantity's bounds, where the normal approximation passes them", async () => {
    const result = await sweep(mini, { factors: [{ path: 'initial.hormuz_flow', values: [0, 0.2, 1] }, { path: 'china.rationality', values: [0, 8] }], design: 'grid', runs: 12, seed: 3 });
    const bounds = new Map(mini.spec.quantities.map((q) => [q.id, [q.min, q.max] as const]));
    let clipped = 0;
    for (const row of result.means) {
      const [min, max] = bounds.get(row.quantity)!;
      const half = (1.96 * row.sd) / Math.sqrt(row.runs);
      expect(row.low, `${row.quantity} at ${JSON.stringify(row.point)}`).toBeCloseTo(Math.max(min, row.mean - half), 6);
      expect(row.high, `${row.quantity} at ${JSON.stringify(row.point)}`).toBeCloseTo(Math.min(max, row.mean + half), 6);
      expect(min <= row.low && row.low <= row.mean + 1e-6 && row.mean - 1e-6 <= row.high && row.high <= max).toBe(true);
      if (row.mean - half < min || row.mean + half > max) clipped++;
    }
    // The design reaches a bound, so the clipping is exercised, not only allowed.
    expect(clipped).toBeGreaterThan(0);
  });

  it('samples a Latin hypercube inside the ranges, rounding whole-number paths', async () => {
    const result = await sweep(mini, { factors: [{ path: 'horizon', range: [1, 4] }, { path: 'iran.security', range: [1, 9] }], design: 'lhs', samples: 6, runs: 5, seed: 2 });
    const points = result.rows.filter((r) => r.outcome === 'closed').map((r) => r.point);
    expect(points).toHaveLength(6);
    for (const p of points) {
      expect(Number.isInteger(p.horizon)).toBe(true);
      expect(p['iran.security']).toBeGreaterThanOrEqual(1);
      expect(p['iran.security']).toBeLessThanOrEqual(9);
    }
  });

  it('refuses an unknown path, or a value out of range, before running any point', async () => {
    let called = false;
    const evaluator: PointEvaluator = { evaluate: async () => ((called = true), []) };
    await expect(sweep(mini, { factors: [{ path: 'iran.securty', values: [1] }], design: 'grid', runs: 5, seed: 1, evaluator })).rejects.toThrow("(did you mean 'iran.security'?)");
    await expect(sweep(mini, { factors: [{ path: 'initial.hormuz_flow', values: [0.5, 2] }], design: 'grid', runs: 5, seed: 1, evaluator })).rejects.toThrow(OverrideError);
    expect(called).toBe(false);
  });

  it('refuses a design it does not have, naming the ones it has', async () => {
    await expect(sweep(mini, { factors: [{ path: 'horizon', values: [2] }], design: 'foo' as 'grid', runs: 5, seed: 1 })).rejects.toThrow(new RangeError('design must be one of grid, lhs, not foo'));
  });

  it('refuses a seed that would not reproduce the result it is written into', async () => {
    for (const seed of [-1, Number.NaN, 2 ** 60, 1.5]) {
      await expect(sweep(mini, { factors: [{ path: 'horizon', values: [2] }], design: 'grid', runs: 5, seed }), String(seed)).rejects.toThrow(/^seed must be a whole number from 0 to 9007199254740991/);
    }
  });

  it('keeps the points finished when stopped', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await sweep(mini, { factors: [{ path: 'horizon', values: [1, 2] }], design: 'grid', runs: 5, seed: 1, signal: controller.signal });
    expect([result.finished, result.requested, result.rows.length]).toEqual([0, 2, 0]);
  });
});

import { describe, expect, it } from 'vitest';
import { RunError } from '../../src/engine/run-error.js';
import { localEvaluator } from '../../src/experiments/evaluator.js';
import { poolEvaluator } from '../../src/experiments/pool-evaluator.js';
import { sweep } from '../../src/experiments/sweep.js';
import { loadScenarioSpec } from '../../src/scenarios/load.js';

// Worker threads load the built worker module, which `npm test` builds first.
const SLOW = 120_000;
const rareFaultPath = new URL('../scenarios/fixtures/rare-fault.yaml', import.meta.url).pathname;

describe('poolEvaluator', () => {
  const points = [{}, { 'russia.ukraine_war': 1 }, { 'initial.russia_military_load': 20 }, { 'russia.rationality': 2 }, { horizon: 6 }];

  it('counts every point as localEvaluator does, in point order, for any number of workers', async () => {
    const local = await localEvaluator(loadScenarioSpec('s400')).evaluate(points, 60, 4);
    for (const workers of [1, 2, 3]) expect(await poolEvaluator('s400', workers).evaluate(points, 60, 4)).toEqual(local);
  }, SLOW);

  it('makes a sweep the same bytes as one thread does', async () => {
    const resolved = loadScenarioSpec('hormuz');
    const options = { factors: [{ path: 'china.energy_security', values: [1, 3, 5] }], design: 'grid' as const, runs: 50, seed: 2 };
    const alone = await sweep(resolved, options);
    const pooled = await sweep(resolved, { ...options, evaluator: poolEvaluator('hormuz', 2) });
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(alone));
  }, SLOW);

  it('raises a run error met in a worker as the RunError it is, with its run', async () => {
    const error = await poolEvaluator(rareFaultPath, 2).evaluate([{}], 400, 3).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunError);
    expect((error as RunError).moment?.batchRun).toBeGreaterThanOrEqual(0);
  }, SLOW);

  it('starts no point after an abort, and keeps the points already finished, in order', async () => {
    const controller = new AbortController();
    controller.abort();
    const counts = await poolEvaluator('s400', 2).evaluate(points, 20, 1, controller.signal);
    const local = await localEvaluator(loadScenarioSpec('s400')).evaluate(points, 20, 1);
    expect(counts.length).toBeLessThan(points.length);
    expect(counts).toEqual(local.slice(0, counts.length));
  }, SLOW);
});

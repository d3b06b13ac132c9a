import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RunError } from '../../src/engine/run-error.js';
import { localEvaluator, type PointCounts, pointEvaluator } from '../../src/experiments/evaluator.js';
import { sweep } from '../../src/experiments/sweep.js';
import { loadResolvedScenario } from '../../src/scenarios/load.js';
import { packageFile, SCENARIOS_FOLDER } from '../../src/scenarios/package-files.js';
import { withLateWorkers } from '../helpers/late-workers.js';

// Worker threads load the built worker module, which `npm test` builds first.
const SLOW = 120_000;
const rareFaultPath = new URL('../scenarios/fixtures/rare-fault.yaml', import.meta.url).pathname;
const tallies = (counts: PointCounts[]) => counts.map((c) => ({ runs: c.runs, counts: c.counts, means: c.means, statistics: c.statistics.toJSON() }));

describe('pointEvaluator', () => {
  const s400 = loadResolvedScenario('s400');
  const points = [{}, { 'russia.ukraine_war': 1 }, { 'initial.russia_military_load': 20 }, { 'russia.rationality': 2 }, { horizon: 6 }];

  it('tallies every point as one thread does, in point order, for any number of threads, with or without this one', async () => {
    const local = tallies(await localEvaluator(s400).evaluate(points, 60, 4));
    expect(local.map((p) => p.runs)).toEqual(points.map(() => 60));
    for (const options of [{ workers: 2 }, { workers: 3 }, { workers: 2, playHere: false }]) {
      // This thread and workers both, however fast the machine (see withLateWorkers).
      const { result, handed } = await withLateWorkers(() => pointEvaluator(s400, options).evaluate(points, 60, 4));
      expect(handed.length, JSON.stringify(options)).toBeGreaterThan(0);
      expect(tallies(result)).toEqual(local);
    }
  }, SLOW);

  it('gives each point every outcome\'s count and every quantity\'s final mean, as a batch of its runs summarises them', async () => {
    const [point] = await localEvaluator(s400).evaluate([{ 'russia.rationality': 2 }], 40, 7);
    const scenario = s400.compile(s400.spec);
    expect(point!.counts).toHaveLength(scenario.outcomes.length);
    expect(point!.means).toEqual(scenario.quantities.map((_, q) => point!.statistics.quantity(q).mean));
    expect(point!.counts).toEqual(point!.statistics.counts);
  });

  it('makes a sweep the same bytes as one thread does', async () => {
    const resolved = loadResolvedScenario('hormuz');
    const options = { factors: [{ path: 'china.energy_security', values: [1, 3, 5] }], design: 'grid' as const, runs: 50, seed: 2 };
    const alone = await sweep(resolved, options);
    const pooled = await sweep(resolved, { ...options, evaluator: pointEvaluator(resolved, { workers: 2, playHere: false }) });
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(alone));
  }, SLOW);

  it('raises a run error met in a worker as the RunError it is, with its run', async () => {
    const error = await pointEvaluator(loadResolvedScenario(rareFaultPath), { workers: 2, playHere: false }).evaluate([{}], 400, 3).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunError);
    expect((error as RunError).moment?.batchRun).toBeGreaterThanOrEqual(0);
  }, SLOW);

  it('starts no point after an abort, and keeps the points already finished, in order', async () => {
    const controller = new AbortController();
    controller.abort();
    const counts = await pointEvaluator(s400, { workers: 2 }).evaluate(points, 20, 1, controller.signal);
    const local = await localEvaluator(s400).evaluate(points, 20, 1);
    expect(counts.length).toBeLessThan(points.length);
    expect(tallies(counts)).toEqual(tallies(local.slice(0, counts.length)));
  }, SLOW);

  it('finishes the point in progress when stopped, and reports runs and points done as it goes', async () => {
    const controller = new AbortController();
    const seen: { runs: number; points: number }[] = [];
    const counts = await localEvaluator(s400).evaluate(points, 30, 1, controller.signal, (done) => {
      seen.push(done);
      if (done.runs >= 40) controller.abort();
    });
    expect(counts).toHaveLength(2);
    expect(seen.at(-1)).toEqual({ runs: 60, points: 2 });
    expect(seen.map((s) => s.runs)).toEqual([...seen.map((s) => s.runs)].sort((a, b) => a - b));
  });

  describe('with a scenario file swapped during the experiment', () => {
    const folder = mkdtempSync(join(tmpdir(), 'wargame-evaluator-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it('runs every point on the file as it was read, in every thread', async () => {
      const file = join(folder, 's400.yaml');
      copyFileSync(packageFile(SCENARIOS_FOLDER, 's400.yaml'), file);
      const resolved = loadResolvedScenario(file);
      const before = tallies(await localEvaluator(resolved).evaluate(points, 20, 3));
      // Another horizon: every figure would change with it.
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^horizon: \d+$/m, 'horizon: 2'));
      expect(readFileSync(file, 'utf8')).toMatch(/^horizon: 2$/m);
      expect(tallies(await pointEvaluator(resolved, { workers: 2, playHere: false }).evaluate(points, 20, 3))).toEqual(before);
    }, SLOW);
  });
});

import { describe, expect, it } from 'vitest';
import { runBatchInThread } from '../../src/batch/batch.js';
import { defaultFactors } from '../../src/experiments/default-factors.js';
import { sensitivity, sensitivityOfEach } from '../../src/experiments/sensitivity.js';
import { loadScenario, loadResolvedScenario } from '../../src/scenarios/load.js';

const MINI = 'test/scenarios/fixtures/mini.yaml';
const mini = loadResolvedScenario(MINI);
const factors = [
  { path: 'initial.hormuz_flow', range: [0, 1] as const },
  { path: 'iran.security', range: [2.5, 7.5] as const },
];

describe('defaultFactors', () => {
  it('varies every positive weight ±50% and every starting value an interest reads', () => {
    const found = defaultFactors(mini.spec);
    const weights = mini.spec.actors.flatMap((a) => a.interests.filter((i) => i.weight > 0).map((i) => `${a.id}.${i.id}`));
    expect(found.filter((f) => !f.path.startsWith('initial.')).map((f) => f.path)).toEqual(weights);
    const security = mini.spec.actors.find((a) => a.id === 'iran')!.interests.find((i) => i.id === 'security')!;
    expect(found.find((f) => f.path === 'iran.security')!.range).toEqual([security.weight / 2, security.weight * 1.5]);
    expect(found.find((f) => f.path === 'initial.hormuz_flow')!.range).toEqual([0, 1]);
  });
});

describe('sensitivity', () => {
  it('one at a time: the base share is a batch’s, and each end is the scenario with that one input moved', async () => {
    const result = await sensitivity(mini, { outcome: 'closed', method: 'oat', factors, runs: 50, seed: 4 });
    const share = (overrides = {}): number => runBatchInThread(loadScenario(MINI, overrides), { runs: 50, seed: 4 }).outcomes.find((o) => o.id === 'closed')!.share;
    expect(result.baseShare).toBe(share());
    const flow = result.rows.find((r) => r.input === 'initial.hormuz_flow')!;
    expect([flow.shareLow, flow.shareHigh]).toEqual([share({ 'initial.hormuz_flow': 0 }), share({ 'initial.hormuz_flow': 1 })]);
    expect(result.rows[0]!.input).toBe('initial.hormuz_flow');
    expect(flow.swingError).toBeGreaterThanOrEqual(0);
  });

  it('Morris and Sobol rank the starting flow of the strait first, with an error beside each index', async () => {
    const morris = await sensitivity(mini, { outcome: 'closed', method: 'morris', factors, runs: 20, seed: 1, trajectories: 6 });
    expect(morris.rows[0]!.input).toBe('initial.hormuz_flow');
    expect(morris.points).toBe(6 * 3);
    for (const row of morris.rows) expect(row.muStarError).toBeGreaterThanOrEqual(0);
    const sobol = await sensitivity(mini, { outcome: 'closed', method: 'sobol', factors, runs: 10, seed: 1, samples: 32 });
    expect(sobol.rows[0]!.input).toBe('initial.hormuz_flow');
    expect(sobol.points).toBe(32 * 4);
    expect(sobol.rows[0]!.total).toBeGreaterThan(0.5);
    for (const row of sobol.rows) expect(row.totalError).toBeGreaterThanOrEqual(0);
  });

  it('says in words, in the result and its table, when an output never varied', async () => {
    // A strait that starts shut and stays so: closed in every run, whatever Iran's security weight.
    const result = await sensitivity(mini, { outcome: 'closed', method: 'morris', factors: [{ path: 'iran.security', range: [2.5, 7.5] }], runs: 5, seed: 1, trajectories: 3, overrides: { 'initial.hormuz_flow': 0 } });
    expect(result.diagnostics.map((d) => d.kind)).toEqual(['constant-output']);
    const { formatSensitivity } = await import('../../src/cli/format/sensitivity-table.js');
    expect(formatSensitivity(result)).toContain("\nnote: The share of 'closed' was 1 at every one of 6 points: no input moved it");
  });

  it('refuses an unknown outcome with the nearest one', async () => {
    await expect(sensitivity(mini, { outcome: 'closd', method: 'oat', factors, runs: 5, seed: 1 })).rejects.toThrow("no such outcome or quantity in 'mini' (did you mean 'closed'?)");
  });

  it('refuses a method it does not have, naming the ones it has', async () => {
    await expect(sensitivity(mini, { outcome: 'closed', method: 'foo' as 'oat', factors, runs: 5, seed: 1 })).rejects.toThrow(new RangeError('method must be one of oat, morris, sobol, not foo'));
  });
});

describe('every outcome and quantity in one pass', () => {
  it('gives, from one set of runs, each outcome exactly the analysis of it alone, and each quantity its final mean', async () => {
    let evaluated = 0;
    const { localEvaluator } = await import('../../src/experiments/evaluator.js');
    const local = localEvaluator(mini);
    const counting = { evaluate: (...args: Parameters<typeof local.evaluate>) => (evaluated++, local.evaluate(...args)) };
    const all = await sensitivityOfEach(mini, { outputs: ['all'], method: 'oat', factors, runs: 30, seed: 2, evaluator: counting });
    expect(evaluated).toBe(1);
    const scenario = loadScenario(MINI);
    expect(all.map((r) => r.outcome)).toEqual([...scenario.outcomes.map((o) => o.id), ...scenario.quantities.map((q) => q.id)]);
    const alone = await sensitivity(mini, { outcome: 'closed', method: 'oat', factors, runs: 30, seed: 2 });
    expect(JSON.stringify(all[0])).toBe(JSON.stringify(alone));
    // A quantity's base mean is the batch's mean of the same runs.
    const oil = all.find((r) => r.outcome === 'oil_price')!;
    expect(oil.measure).toBe('mean');
    const batch = runBatchInThread(scenario, { runs: 30, seed: 2 });
    expect(oil.baseMean).toBeCloseTo(batch.quantities.find((q) => q.id === 'oil_price')!.mean, 5);
    for (const row of oil.rows) {
      expect(row.swing).toBeCloseTo(row.meanHigh! - row.meanLow!, 5);
      expect(row.swingError).toBeGreaterThanOrEqual(0);
    }
  });

  it('takes a repeated output once, and refuses an unknown one with the nearest', async () => {
    const twice = await sensitivityOfEach(mini, { outputs: ['oil_price', 'closed', 'oil_price'], method: 'morris', factors, runs: 5, seed: 1, trajectories: 2 });
    expect(twice.map((r) => r.outcome)).toEqual(['oil_price', 'closed']);
    await expect(sensitivityOfEach(mini, { outputs: ['oil_prise'], method: 'oat', factors, runs: 5, seed: 1 })).rejects.toThrow("--outcome oil_prise: no such outcome or quantity in 'mini' (did you mean 'oil_price'?)");
    // The scenario may be a file: the hint names the command, not an id that may not load.
    await expect(sensitivityOfEach(mini, { outputs: ['oil_prise'], method: 'oat', factors, runs: 5, seed: 1 })).rejects.toThrow('listed by `wargame paths <scenario>` (as initial.<quantity>); or all');
  });
});

import { describe, expect, it } from 'vitest';
import { defaultFactors } from '../../src/experiments/default-factors.js';
import { excludeFactors, groupFactors, parseGroup } from '../../src/experiments/input-selection.js';
import { sensitivity } from '../../src/experiments/sensitivity.js';
import { loadResolvedScenario } from '../../src/scenarios/load.js';

const hormuz = loadResolvedScenario('hormuz');
const inputs = defaultFactors(hormuz.spec);
const paths = inputs.map((f) => f.path);

describe('--exclude', () => {
  it('leaves out a path, in any spelling --set takes, and every path a glob matches', () => {
    const kept = excludeFactors(hormuz.spec, inputs, ['initial.hormuz_flow', 'russia.*']).map((f) => f.path);
    expect(kept).not.toContain('initial.hormuz_flow');
    expect(kept.some((p) => p.startsWith('russia.'))).toBe(false);
    expect(kept).toEqual(paths.filter((p) => p !== 'initial.hormuz_flow' && !p.startsWith('russia.')));
  });

  it('refuses a pattern that names none of the inputs, with the nearest, since a typo would keep the input it meant to drop', () => {
    expect(() => excludeFactors(hormuz.spec, inputs, ['initial.hormuz_flw'])).toThrow(/^--exclude initial\.hormuz_flw: no quantity 'hormuz_flw' in 'hormuz' \(did you mean 'initial\.hormuz_flow'\?\)/);
    expect(() => excludeFactors(hormuz.spec, inputs, ['rusia.*'])).toThrow(`--exclude rusia.*: matches none of the ${paths.length} inputs studied`);
    expect(() => excludeFactors(hormuz.spec, inputs, ['*'])).toThrow('leaves none of the');
  });
});

describe('--group', () => {
  it('makes one unit of a group, in the order of its first member; inputs in no group stand alone', () => {
    const { groups, groupOf } = groupFactors(hormuz.spec, inputs, [parseGroup('iran=iran.*'), parseGroup('money=initial.oil_price,usa.*')]);
    expect(groups.find((g) => g.name === 'iran')!.paths).toEqual(paths.filter((p) => p.startsWith('iran.')));
    expect(groups.find((g) => g.name === 'money')!.paths).toEqual(paths.filter((p) => p === 'initial.oil_price' || p.startsWith('usa.')));
    expect(groups.length).toBe(paths.length - paths.filter((p) => p.startsWith('iran.') || p.startsWith('usa.') || p === 'initial.oil_price').length + 2);
    expect(groupOf).toHaveLength(paths.length);
    groups.forEach((g, index) => expect(paths.filter((_, i) => groupOf[i] === index)).toEqual(g.paths));
  });

  it('refuses an input in two groups, a group named as an input, and a malformed group', () => {
    expect(() => groupFactors(hormuz.spec, inputs, [parseGroup('a=iran.*'), parseGroup('b=iran.security')])).toThrow('--group b: iran.security is already in group a');
    expect(() => groupFactors(hormuz.spec, inputs, [parseGroup('iran.security=iran.*')])).toThrow('the name of an input');
    expect(() => parseGroup('iran')).toThrow('expected NAME=PATH[,PATH…]');
  });

  it('gives a Sobol row per group, with its members, from N(G + 2) points', async () => {
    const mini = loadResolvedScenario('test/scenarios/fixtures/mini.yaml');
    const factors = [
      { path: 'initial.hormuz_flow', range: [0, 1] as const },
      { path: 'iran.security', range: [2.5, 7.5] as const },
      { path: 'iran.oil_exports', range: [1, 3] as const },
    ];
    const result = await sensitivity(mini, { outcome: 'closed', method: 'sobol', factors, runs: 5, seed: 1, samples: 4, groups: [parseGroup('weights=iran.*')] });
    expect(result.points).toBe(4 * (2 + 2));
    expect(result.rows.map((r) => r.input).sort()).toEqual(['initial.hormuz_flow', 'weights']);
    expect(result.rows.find((r) => r.input === 'weights')).toMatchObject({ low: 0, high: 1, members: ['iran.security', 'iran.oil_exports'] });
    await expect(sensitivity(mini, { outcome: 'closed', method: 'morris', factors, runs: 5, seed: 1, groups: [parseGroup('weights=iran.*')] })).rejects.toThrow('--group: Morris screens each input on its own');
  });
});

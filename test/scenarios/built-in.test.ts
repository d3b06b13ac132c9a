import { describe, expect, it } from 'vitest';
import { builtInScenarioIds, loadScenario } from '../../src/scenarios/load.js';
import { InputError, UnknownScenarioError } from '../../src/errors/input-error.js';

describe('the built-in scenarios', () => {
  it('include hormuz and s400', () => {
    expect(builtInScenarioIds()).toEqual(expect.arrayContaining(['hormuz', 's400']));
  });

  it.each(builtInScenarioIds())('%s loads, and its id matches its file name', (id) => {
    expect(loadScenario(id).id).toBe(id);
  });

  it('hormuz has all seven actors and counts strait_closed', () => {
    const hormuz = loadScenario('hormuz');
    expect(hormuz.actors).toHaveLength(7);
    expect(hormuz.outcomes.map((o) => o.id)).toContain('strait_closed');
  });

  it('s400 counts russia_arms_iran, Russia delivering the S-400', () => {
    expect(loadScenario('s400').outcomes.map((o) => o.id)).toContain('russia_arms_iran');
  });

  it('hash their full resolved content, so a change to an actor changes every scenario that uses it', () => {
    const hashes = builtInScenarioIds().map((id) => loadScenario(id).hash);
    expect(new Set(hashes).size).toBe(hashes.length);
    expect(loadScenario('hormuz').hash).toBe(loadScenario('hormuz').hash);
  });

  it('reads relations in either order', () => {
    const hormuz = loadScenario('hormuz');
    const relation = hormuz.quantities.find((q) => q.between?.includes('israel') && q.between.includes('russia'));
    expect(relation?.id).toBe('rel_israel_russia');
  });

  it('a name that is neither a built-in id nor a path is refused with a suggestion', () => {
    expect(() => loadScenario('hormutz')).toThrow(UnknownScenarioError);
    expect(() => loadScenario('hormutz')).toThrow(/did you mean 'hormuz'\?\); built-in scenarios are beijing, hormuz, s400, strike, uranium/);
  });

  it('a path to a missing file is an input error', () => {
    expect(() => loadScenario('missing/file.yaml')).toThrow(InputError);
    expect(() => loadScenario('missing/file.yaml')).toThrow('cannot read missing/file.yaml: no such file');
  });
});

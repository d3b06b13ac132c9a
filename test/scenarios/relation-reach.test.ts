import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/records/run.js';
import { builtInScenarioIds, loadResolvedScenario, loadScenario } from '../../src/scenarios/load.js';
import { RELATION_REACH } from '../../src/scenarios/start-range.js';
import { overrideKeys } from '../../src/scenarios/overrides.js';


// Relations start within ±100 but may move further, so that a move improving a relation
// that starts at +100 (or worsening one at −100) still counts for the actor making it and
// no cause reverses at the end of its range. That only works if the outer bound is never
// met: from every relation at +100, or every one at −100, no run of a built-in scenario
// carries a relation to ±RELATION_REACH.
const RUNS = 150;

describe('relations past ±100', () => {
  it('start within ±100: `--set` refuses a starting relation past it', () => {
    const keys = overrideKeys(loadResolvedScenario('s400').spec).filter((k) => k.path.startsWith('initial.rel_'));
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) expect([key.min, key.max]).toEqual([-100, 100]);
    expect(() => loadScenario('s400', { 'initial.rel_israel_russia': 101 })).toThrow(/from -100 to 100/);
  });

  for (const id of builtInScenarioIds()) {
    it.each([100, -100])(`${id}: from every relation at %i, no run reaches the outer bound`, (start) => {
      const spec = loadResolvedScenario(id).spec;
      const overrides = Object.fromEntries(spec.quantities.filter((q) => q.between).map((q) => [`initial.${q.id}`, start]));
      const scenario = loadScenario(id, overrides);
      const relations = scenario.quantities.filter((q) => q.between);
      expect(relations.every((q) => q.max === RELATION_REACH && q.min === -RELATION_REACH)).toBe(true);
      let furthest = 0;
      for (let seed = 0; seed < RUNS; seed++) {
        for (const turn of runScenario(scenario, { seed }).turns) {
          for (const q of relations) furthest = Math.max(furthest, Math.abs(turn.state[q.id]!));
        }
      }
      // Moves do carry relations past 100 (else the test would say nothing) but stay well inside.
      expect(furthest).toBeGreaterThan(100);
      expect(furthest).toBeLessThan(RELATION_REACH * 0.9);
    });
  }
});

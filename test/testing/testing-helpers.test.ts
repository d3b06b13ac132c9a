// The worked examples of docs/TESTING.md, run as they are written there (imports aside).
import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/run.js';
import { startRun } from '../../src/engine/run-state.js';
import { playTurn } from '../../src/engine/turn.js';
import { compileScenario } from '../../src/scenarios/compile-scenario.js';
import { loadScenario } from '../../src/scenarios/load.js';
import {
  applyOverrides,
  arbitrarySeed,
  arbitraryState,
  assessAt,
  builtInScenarioSpec,
  optionByAction,
} from '../../src/testing/index.js';

const spec = builtInScenarioSpec('s400');
const s400 = compileScenario(spec);

describe('docs/TESTING.md: a monotonicity property', () => {
  // Russia moves on turn 1. Whatever the state, giving more weight to its ties with Iran
  // never makes it less likely to take the option that does most for those ties.
  property.prop([arbitraryState(s400), fc.double({ min: 0, max: 3, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true })], { numRuns: 25 })(
    'more weight on ties with Iran never lowers the chance of the option best for them',
    (state, w1, w2) => {
      const [low, high] = w1 <= w2 ? [w1, w2] : [w2, w1];
      const at = (w: number) => {
        const scenario = compileScenario(applyOverrides(spec, { 'russia.ties_with_iran': w }));
        return { scenario, assessment: assessAt(scenario, state, 1) };
      };
      const before = at(low);
      const after = at(high);
      const ids = before.assessment.legal.map((i) => before.scenario.actors[0]!.actions[i]!.id);
      fc.pre(ids.length > 0);
      const value = (id: string) => optionByAction(before.scenario, before.assessment, id)!.terms.ties_with_iran!;
      const best = ids.reduce((a, b) => (value(b) > value(a) ? b : a));
      expect(optionByAction(after.scenario, after.assessment, best)!.probability).toBeGreaterThanOrEqual(
        optionByAction(before.scenario, before.assessment, best)!.probability - 1e-12,
      );
    },
  );
});

describe('docs/TESTING.md: determinism', () => {
  property.prop([arbitrarySeed()], { numRuns: 10 })('the same seed gives the same record', (seed) => {
    expect(JSON.stringify(runScenario(s400, { seed }))).toBe(JSON.stringify(runScenario(s400, { seed })));
  });
});

describe('docs/TESTING.md: a refusal', () => {
  it('refuses an unknown action and an illegal one with a value, not an exception', () => {
    const run = startRun(s400, 1);
    expect(playTurn(s400, run, 'sell_tanks')).toMatchObject({ ok: false, error: 'unknown-action' });
    const legal = assessAt(s400, run.values, 1).legal;
    const illegal = s400.actors[0]!.actions.find((_, i) => !legal.includes(i))!;
    expect(playTurn(s400, run, illegal.id)).toMatchObject({ ok: false, error: 'illegal-action' });
  });
});

describe('optionByAction', () => {
  it('finds an option by action id, is undefined for an action not legal there, and names the nearest id for a typo', () => {
    const state = startRun(s400, 1).values;
    const assessment = assessAt(s400, state, 1);
    const russia = s400.actors[0]!;
    const legal = russia.actions[assessment.legal[0]!]!.id;
    expect(optionByAction(s400, assessment, legal)!.expectedUtility).toBe(assessment.utilities[0]);
    const illegal = russia.actions.find((_, i) => !assessment.legal.includes(i));
    if (illegal) expect(optionByAction(s400, assessment, illegal.id)).toBeUndefined();
    expect(() => optionByAction(s400, assessment, `${legal}x`)).toThrow(`(did you mean '${legal}'?)`);
  });
});

describe('arbitraryState', () => {
  property.prop([arbitraryState(s400)], { numRuns: 50 })('stays within every quantity’s range, whole where it must be', (state) => {
    s400.quantities.forEach((q) => {
      expect(state[q.slot]).toBeGreaterThanOrEqual(q.min);
      expect(state[q.slot]).toBeLessThanOrEqual(q.max);
      if (q.integer) expect(Number.isInteger(state[q.slot])).toBe(true);
    });
  });
});

describe('builtInScenarioSpec', () => {
  it('compiles to the built-in scenario', () => {
    expect(s400.hash).toBe(loadScenario('s400').hash);
  });
});

import { describe, expect, it } from 'vitest';
import { applyEffect } from '../../src/engine/effect.js';
import { playTurn } from '../../src/engine/turn.js';
import { startRun } from '../../src/engine/run-state.js';
import type { Actor, Action, Scenario } from '../../src/engine/scenario.js';
import { builtInScenarioIds, loadScenario } from '../../src/scenarios/load.js';

// No free actions: every action that changes anything costs its mover under at least one
// of its cited interests (a relation, resources, risk, credibility) at some state where it
// is legal, so that no move is taken merely for having acted. Actions without effects
// ("stay neutral", "hold course") are the reference the others are weighed against.

const hasEffects = (action: Action): boolean => action.effect.slots.length > 0 || action.outcomes.some((o) => o.effect.slots.length > 0);

/** Interests of `actor` that `action` lowers, in some chance outcome, from `values`. */
function costs(scenario: Scenario, actor: Actor, action: Action, values: Float64Array): string[] {
  const before = actor.interests.map((i) => i.term.evaluate(values));
  const after = new Float64Array(values.length);
  applyEffect(scenario.bounds, action.effect, values, after);
  const lowered = new Set<string>();
  for (const outcome of action.outcomes) {
    const out = new Float64Array(values.length);
    applyEffect(scenario.bounds, outcome.effect, after, out);
    actor.interests.forEach((interest, k) => {
      if (interest.term.evaluate(out) < before[k]! - 1e-9) lowered.add(interest.id);
    });
  }
  return [...lowered];
}

describe('every action with effects costs its mover something', () => {
  // The states of the first runs of every built-in scenario: where each action is legal.
  const seen = new Map<string, { legal: number; costs: Set<string> }>();
  for (const id of builtInScenarioIds()) {
    const scenario = loadScenario(id);
    for (let seed = 1; seed <= 30; seed++) {
      let run = startRun(scenario, seed);
      while (run.turn < scenario.settings.horizon) {
        for (const actor of scenario.actors) {
          for (const action of actor.actions.filter(hasEffects)) {
            if (action.precondition !== undefined && action.precondition.evaluate(run.values) === 0) continue;
            const key = `${actor.id}.${action.id}`;
            const entry = seen.get(key) ?? { legal: 0, costs: new Set<string>() };
            entry.legal++;
            for (const interest of costs(scenario, actor, action, run.values)) entry.costs.add(interest);
            seen.set(key, entry);
          }
        }
        const next = playTurn(scenario, run);
        if (!next.ok) throw new Error('refused');
        run = next.run;
      }
    }
  }

  it('has seen every built-in action with effects legal at some state', () => {
    for (const id of builtInScenarioIds()) {
      for (const actor of loadScenario(id).actors) for (const action of actor.actions.filter(hasEffects)) expect(seen.has(`${actor.id}.${action.id}`), `${actor.id}.${action.id}`).toBe(true);
    }
  });

  for (const [key, entry] of [...seen].sort(([a], [b]) => a.localeCompare(b))) {
    it(`${key} lowers at least one of its mover's interest terms`, () => {
      expect([...entry.costs].length, key).toBeGreaterThan(0);
    });
  }

  it('finds a free action when there is one', () => {
    // The check itself: an action whose only effect is a gain is caught.
    const scenario = loadScenario('s400');
    const russia = scenario.actors.find((a) => a.id === 'russia')!;
    const free = { ...russia.actions.find((a) => a.id === 'offer_mediation')!, effect: { slots: new Int32Array(0), formulas: [] } };
    const onlyHeeded = { ...free, outcomes: free.outcomes.filter((o) => o.id === 'heeded').map((o) => ({ ...o, effect: { slots: new Int32Array(0), formulas: [] } })) };
    expect(costs(scenario, russia, onlyHeeded, startRun(scenario, 1).values)).toEqual([]);
  });
});

describe('no interest pays for having acted at all', () => {
  it('no interest term reads only flags (0/1 facts of the crisis)', () => {
    for (const id of builtInScenarioIds()) {
      const scenario = loadScenario(id);
      const flag = new Set(scenario.quantities.filter((q) => q.unit === 'flag').map((q) => q.slot));
      for (const actor of scenario.actors) {
        for (const interest of actor.interests) {
          const reads = [...(interest.term.reads ?? [])];
          expect(reads.length > 0 && reads.every((slot) => flag.has(slot)), `${id}: ${actor.id}.${interest.id}`).toBe(false);
        }
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/scenarios/compile-scenario.js';
import type { ActionSpec } from '../../src/scenarios/spec.js';
import { deterrenceSpec, TEST_CITATION } from '../helpers/tiny-scenario.js';

/** The deterrence game with each actor given `actions` actions of `outcomes` chance outcomes. */
function widened(actions: number, outcomes: number, lookahead: number, horizon = 10) {
  const spec = deterrenceSpec(lookahead);
  const wide: ActionSpec[] = Array.from({ length: actions }, (_, i) => ({
    id: `act${i}`,
    label: 'act',
    citation: TEST_CITATION,
    outcomes: Array.from({ length: outcomes }, (_, j) => ({ id: `o${j}`, label: 'o', probability: j === outcomes - 1 ? 'rest' : 1 / outcomes })),
  }));
  return { ...spec, horizon, actors: spec.actors.map((a) => ({ ...a, actions: wide })) };
}

describe('compileScenario: the size of the search', () => {
  it('accepts a search the planner can do in well under a second per decision', () => {
    expect(() => compileScenario(widened(10, 10, 2), { articles: false })).not.toThrow(); // 100³ = 1,000,000
  });

  it('refuses, at load, a lookahead that would explode the search', () => {
    expect(() => compileScenario(widened(10, 10, 3), { articles: false })).toThrow(
      'decision.lookahead: with lookahead 3 one decision can explore 100,000,000 paths of actions and chance outcomes; the limit is 1,000,000',
    );
  });

  it('refuses a horizon that would make one run take minutes', () => {
    expect(() => compileScenario(widened(10, 10, 2, 60), { articles: false })).toThrow(
      'horizon: 60 turns of up to 1,000,000 paths each is more than 50,000,000 per run',
    );
  });
});

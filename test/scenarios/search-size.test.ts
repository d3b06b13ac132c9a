import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { Planner } from '../../src/engine/planner.js';
import { compileSpec } from '../../src/scenarios/compile.js';
import { compileScenario } from '../../src/scenarios/compile-scenario.js';
import { expressionCost, MAX_STEPS_PER_DECISION, scenarioSteps } from '../../src/scenarios/search-size.js';
import type { ActionSpec, InterestSpec } from '../../src/scenarios/spec.js';
import { deterrenceSpec, TEST_CITATION } from '../helpers/tiny-scenario.js';

/**
 * The deterrence game with each actor given `actions` actions of `outcomes` chance
 * outcomes and, optionally, `interests` interest terms of `nodes` additions each.
 */
function widened(actions: number, outcomes: number, lookahead: number, horizon = 10, heavy?: { interests: number; nodes: number }) {
  const spec = deterrenceSpec(lookahead);
  const wide: ActionSpec[] = Array.from({ length: actions }, (_, i) => ({
    id: `act${i}`,
    label: 'act',
    citation: TEST_CITATION,
    outcomes: Array.from({ length: outcomes }, (_, j) => ({ id: `o${j}`, label: 'o', probability: j === outcomes - 1 ? 'rest' : 1 / outcomes })),
  }));
  const term = heavy && Array.from({ length: heavy.nodes }, (_, k) => (k % 2 ? 'prize' : 'punishment')).join(' + ');
  const interests = (own: readonly InterestSpec[]): readonly InterestSpec[] =>
    heavy ? Array.from({ length: heavy.interests }, (_, k) => ({ ...own[0]!, id: `i${k}`, expression: term! })) : own;
  return { ...spec, horizon, actors: spec.actors.map((a) => ({ ...a, interests: interests(a.interests), actions: wide })) };
}

const compile = (spec: ReturnType<typeof widened>) => compileScenario(spec, { articles: false });

describe('expressionCost', () => {
  it('counts the nodes of the syntax tree, a number as one', () => {
    expect(expressionCost(3)).toBe(1);
    expect(expressionCost('a')).toBe(1);
    expect(expressionCost('a + b * 2')).toBe(5);
    expect(expressionCost(undefined)).toBe(0);
  });
});

describe('compileScenario: the work of the search', () => {
  it('accepts a search the planner can do in well under a second per decision', () => {
    expect(() => compile(widened(10, 10, 2))).not.toThrow(); // 100³ = 1,000,000 paths of light terms
  });

  it('refuses, at load, a lookahead that would explode the search', () => {
    expect(() => compile(widened(10, 10, 3))).toThrow(/^decision\.lookahead: with lookahead 3 one decision can take [\d,]+ evaluation steps .*the limit is 40,000,000/);
  });

  it('counts the cost of every leaf: the same paths with heavy interests are refused', () => {
    // The audit's case: 20 actions × 5 outcomes, lookahead 2, at the old path cap, but
    // twenty-four interests of forty nodes at every leaf.
    expect(() => compile(widened(20, 5, 2))).not.toThrow();
    expect(() => compile(widened(20, 5, 2, 50, { interests: 24, nodes: 40 }))).toThrow(/^decision\.lookahead: .* evaluation steps/);
  });

  it("is skipped only when asked, as a batch's workers ask for a spec already checked", () => {
    const exploding = widened(10, 10, 3);
    expect(compileSpec(exploding).ok).toBe(false);
    expect(compileSpec(exploding, { checkSearchSize: false }).ok).toBe(true);
  });

  it('refuses a horizon that would make one run take minutes', () => {
    expect(() => compile(widened(10, 10, 2, 80))).toThrow(/^horizon: 80 turns take up to [\d,]+ evaluation steps, more than 1,000,000,000 per run/);
  });

  it('gives the same count from the spec and from the compiled scenario', () => {
    const scenario = compile(widened(6, 3, 2, 5, { interests: 3, nodes: 5 }));
    const { worstDecision, run } = scenarioSteps(scenario);
    expect(worstDecision).toBeGreaterThan(6 * 3 * 6 * 3 * 6 * 3);
    expect(run).toBeGreaterThan(worstDecision);
    expect(run).toBeLessThan(5 * worstDecision + 1000);
  });

  it('bounds the time of a decision at the cap (a ceiling against hangs, not a speed target)', () => {
    // Just under the cap, with heavy leaves: the count must not undercount the work so far
    // that a decision runs for many seconds. Speed itself is measured in `npm run bench`.
    const scenario = compile(widened(5, 4, 2, 3, { interests: 24, nodes: 40 }));
    expect(scenarioSteps(scenario).worstDecision).toBeLessThan(MAX_STEPS_PER_DECISION);
    const planner = new Planner(scenario);
    const started = performance.now();
    planner.assess(Float64Array.from(scenario.initial), 1);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

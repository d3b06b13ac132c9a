import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { assessTurn } from '../../src/engine/assess-turn.js';
import type { Scenario } from '../../src/engine/scenario.js';
import { bestIndex, decisionMargin, stateBefore } from '../../src/experiments/decision-margin.js';
import { compileScenario } from '../../src/scenarios/compile-scenario.js';
import { loadScenario, loadResolvedScenario } from '../../src/scenarios/load.js';
import { applyOverrides } from '../../src/scenarios/overrides.js';
import { WEIGHT_RANGE } from '../../src/scenarios/setting-ranges.js';
import type { ScenarioSpec } from '../../src/scenarios/spec.js';
import { arbitraryScenarioSpec, arbitrarySeed } from '../../src/testing/index.js';

/** The best option, by the planner, at the state the base run reached, with one weight changed. */
function bestWith(base: Scenario, spec: ScenarioSpec, compile: (s: ScenarioSpec) => Scenario, seed: number, turn: number, path: string, weight: number): string {
  const variant = compile(applyOverrides(spec, { [path]: weight }));
  const assessment = assessTurn(variant, stateBefore(base, seed, turn))!;
  const actor = variant.actors[assessment.actor]!;
  return actor.actions[assessment.legal[bestIndex(assessment)]!]!.id;
}

/** Every threshold holds when the planner is run again just below and just above it. */
function checkThresholds(base: Scenario, spec: ScenarioSpec, compile: (s: ScenarioSpec) => Scenario, seed: number, turn: number): number {
  const margin = decisionMargin(base, { seed, turn });
  let checked = 0;
  for (const t of margin.thresholds) {
    const path = `${margin.actor}.${t.interest}`;
    // ε relative to the threshold: a crossing far out (a weight of millions, where two
    // options barely differ in the term) needs a wider step to rise above rounding.
    const eps = (w: number): number => 1e-6 * Math.max(1, w);
    // A crossing beyond the largest weight a scenario may set is still exact arithmetic,
    // but no scenario can be compiled there to check it.
    if (t.raiseTo && t.raiseTo.weight - eps(t.raiseTo.weight) > t.weight && t.raiseTo.weight + eps(t.raiseTo.weight) <= WEIGHT_RANGE.max) {
      const e = eps(t.raiseTo.weight);
      expect(bestWith(base, spec, compile, seed, turn, path, t.raiseTo.weight - e)).toBe(margin.best);
      expect(bestWith(base, spec, compile, seed, turn, path, t.raiseTo.weight + e)).toBe(t.raiseTo.option);
      checked++;
    }
    const e = eps(t.weight);
    if (t.lowerTo && t.lowerTo.weight + e < t.weight && t.lowerTo.weight - e >= 0) {
      expect(bestWith(base, spec, compile, seed, turn, path, t.lowerTo.weight + e)).toBe(margin.best);
      expect(bestWith(base, spec, compile, seed, turn, path, t.lowerTo.weight - e)).toBe(t.lowerTo.option);
      checked++;
    }
  }
  return checked;
}

describe('decisionMargin', () => {
  const s400 = loadScenario('s400');

  it('splits the margin against each rival into terms that sum to it', () => {
    const margin = decisionMargin(s400, { seed: 3, turn: 1 });
    expect(margin.actor).toBe('russia');
    expect(margin.exact).toBe(true);
    expect(margin.rivals.length).toBeGreaterThan(0);
    for (const rival of margin.rivals) {
      expect(rival.terms.reduce((sum, t) => sum + t.difference, 0)).toBeCloseTo(rival.margin, 4);
      expect(rival.action).not.toBe(margin.chosen);
    }
  });

  it('names the option the run took, as the run record does', async () => {
    const { runScenario } = await import('../../src/records/run.js');
    const record = runScenario(s400, { seed: 8 });
    for (const turn of [1, 4, 9]) expect(decisionMargin(s400, { seed: 8, turn }).chosen).toBe(record.turns[turn - 1]!.choice);
  });

  it('gives thresholds that hold when the planner is run again at them ± ε, in the built-in scenarios', () => {
    let checked = 0;
    for (const id of ['s400', 'hormuz', 'strike']) {
      const { spec, compile } = loadResolvedScenario(id);
      const base = compile(spec);
      for (const [seed, turn] of [[1, 1], [2, 3], [5, 6]] as const) checked += checkThresholds(base, spec, compile, seed, turn);
    }
    expect(checked).toBeGreaterThan(10);
  });

  property.prop([arbitraryScenarioSpec({ maxLookahead: 2, maxHorizon: 5, maxActors: 3 }), arbitrarySeed(), fc.integer({ min: 1, max: 5 })], { numRuns: 60 })(
    'gives exact thresholds in any scenario where the mover does not reply to itself',
    (spec, seed, turnWish) => {
      const compile = (s: ScenarioSpec): Scenario => compileScenario(s);
      const base = compile(spec);
      const turn = Math.min(turnWish, spec.horizon);
      fc.pre(decisionMargin(base, { seed, turn }).exact);
      checkThresholds(base, spec, compile, seed, turn);
    },
  );

  it('refuses a turn outside the run', () => {
    expect(() => decisionMargin(s400, { seed: 1, turn: 0 })).toThrow("turn must be a whole number from 1 to 14 (the horizon of 's400'), not 0");
    expect(() => decisionMargin(s400, { seed: 1, turn: 15 })).toThrow(RangeError);
  });

  it('says the thresholds are estimates when the mover replies to itself within its lookahead', () => {
    const { spec, compile } = loadResolvedScenario('test/scenarios/fixtures/mini.yaml');
    expect(decisionMargin(compile(applyOverrides(spec, { 'decision.lookahead': 2 })), { seed: 1, turn: 1 }).exact).toBe(false);
    expect(decisionMargin(compile(spec), { seed: 1, turn: 1 }).exact).toBe(true);
  });
});

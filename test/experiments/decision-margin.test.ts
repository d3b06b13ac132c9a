import fc from 'fast-check';
import { readFileSync } from 'node:fs';
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

/** Every option's expected utility, and the best option, at the state the base run reached, with one weight changed. */
function assessWith(base: Scenario, spec: ScenarioSpec, compile: (s: ScenarioSpec) => Scenario, seed: number, turn: number, path: string, weight: number) {
  const variant = compile(applyOverrides(spec, { [path]: weight }));
  const assessment = assessTurn(variant, stateBefore(base, seed, turn))!;
  const actor = variant.actors[assessment.actor]!;
  const ids = assessment.legal.map((a) => actor.actions[a]!.id);
  const utility = (id: string): number => assessment.utilities[ids.indexOf(id)]!;
  const best = ids[bestIndex(assessment)]!;
  return { best, utility, top: utility(best) };
}

/** `best` has the highest expected utility, or one within rounding of it (a tie). */
function expectStillBest(assessed: { top: number; utility: (id: string) => number }, best: string): void {
  expect(assessed.utility(best)).toBeGreaterThanOrEqual(assessed.top - 1e-12 * Math.max(1, Math.abs(assessed.top)));
}

/**
 * Every threshold holds when the planner is run again on either side of it. Just inside,
 * the best option is still the best: no option overtook it nearer (options tied with it
 * may differ from it by rounding). Just beyond, the named option's expected utility is
 * above the best option's: it overtook it there. The named option is then also the best
 * unless a further crossing lies within ε, so that is checked as the claim states it:
 * one option overtaking another.
 */
function checkThresholds(base: Scenario, spec: ScenarioSpec, compile: (s: ScenarioSpec) => Scenario, seed: number, turn: number): number {
  const margin = decisionMargin(base, { seed, turn });
  let checked = 0;
  for (const t of margin.thresholds) {
    const at = (weight: number) => assessWith(base, spec, compile, seed, turn, `${margin.actor}.${t.interest}`, weight);
    // A crossing nearer the current weight than this is a near-tie that rounding decides.
    const nearTie = 1e-6 * Math.max(1, t.weight);
    // ε relative to the crossing (a weight of millions, where two options barely differ in
    // the term, needs a wider step to rise above rounding), and never past the current weight.
    const eps = (crossing: number): number => Math.min(1e-6 * Math.max(1, crossing), Math.abs(crossing - t.weight) / 2);
    // A crossing beyond the largest weight a scenario may set is still exact arithmetic,
    // but no scenario can be compiled there to check it.
    if (t.raiseTo && t.raiseTo.weight - t.weight > nearTie && t.raiseTo.weight + eps(t.raiseTo.weight) <= WEIGHT_RANGE.max) {
      const e = eps(t.raiseTo.weight);
      expectStillBest(at(t.raiseTo.weight - e), margin.best!);
      const beyond = at(t.raiseTo.weight + e);
      expect(beyond.utility(t.raiseTo.option)).toBeGreaterThan(beyond.utility(margin.best!));
      checked++;
    }
    if (t.lowerTo && t.weight - t.lowerTo.weight > nearTie && t.lowerTo.weight - eps(t.lowerTo.weight) >= 0) {
      const e = eps(t.lowerTo.weight);
      expectStillBest(at(t.lowerTo.weight + e), margin.best!);
      const beyond = at(t.lowerTo.weight - e);
      expect(beyond.utility(t.lowerTo.option)).toBeGreaterThan(beyond.utility(margin.best!));
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

  it('gives exact thresholds in any scenario where the mover does not reply to itself', () => {
    let checked = 0;
    fc.assert(
      fc.property(arbitraryScenarioSpec({ maxLookahead: 2, maxHorizon: 5, maxActors: 3 }), arbitrarySeed(), fc.integer({ min: 1, max: 5 }), (spec, seed, turnWish) => {
        const compile = (s: ScenarioSpec): Scenario => compileScenario(s);
        const base = compile(spec);
        const turn = Math.min(turnWish, spec.horizon);
        fc.pre(decisionMargin(base, { seed, turn }).exact);
        checked += checkThresholds(base, spec, compile, seed, turn);
      }),
      { numRuns: 150 },
    );
    // Most generated decisions have no crossing within the weights a scenario may set;
    // the property says nothing unless some do.
    expect(checked).toBeGreaterThan(4);
  });

  it('names the nearest crossing even when a further one follows within a millionth of the weight', () => {
    // Found by the property above (fast-check seed -270905691): action2 overtakes action0
    // at interest0 = 1e-6 and is the best only until about 1.055e-6, where action1 overtakes it.
    const spec = JSON.parse(readFileSync(new URL('fixtures/narrow-crossing.json', import.meta.url), 'utf8')) as ScenarioSpec;
    const compile = (s: ScenarioSpec): Scenario => compileScenario(s);
    const base = compile(spec);
    const [seed, turn] = [7633469842965879, 4];
    const raise = decisionMargin(base, { seed, turn }).thresholds.find((t) => t.interest === 'interest0')!.raiseTo!;
    expect(raise.option).toBe('action2');
    expect(raise.weight).toBeCloseTo(1e-6, 12);
    const bestAt = (weight: number): string => assessWith(base, spec, compile, seed, turn, 'actor0.interest0', weight).best;
    expect([bestAt(raise.weight - 1e-9), bestAt(raise.weight + 1e-9), bestAt(raise.weight + 1e-6)]).toEqual(['action0', 'action2', 'action1']);
    expect(checkThresholds(base, spec, compile, seed, turn)).toBeGreaterThan(0);
  });

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

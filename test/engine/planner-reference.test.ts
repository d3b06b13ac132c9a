import { fc, test as property } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { assessTurn } from '../../src/engine/assess-turn.js';
import { startRun } from '../../src/engine/run-state.js';
import type { Action, Scenario } from '../../src/engine/scenario.js';
import { playTurn } from '../../src/engine/turn.js';
import { arbitraryBuiltInScenario, arbitraryScenario, arbitrarySeed } from '../../src/testing/index.js';

/**
 * docs/MODEL.md's definition, written as plainly as possible and independently of the
 * planner: no windows, no buffers, every actor's terms carried everywhere.
 *   EU_i(a) = Σ_o p(o) · W(s_ao, t+1, L)_i
 *   W(s, t, 0) = terms at s;  W(s, t, r) = Σ_b P_logit(b) · Σ_o p(o) · W(s_bo, t+1, r-1)
 */
function referenceUtilities(scenario: Scenario, state: Float64Array, turn: number): number[] {
  const { actors, settings } = scenario;
  const actorAt = (t: number): number => (t - 1) % actors.length;
  const legal = (a: number, s: Float64Array): Action[] =>
    actors[a]!.actions.filter((x) => x.precondition === undefined || x.precondition.evaluate(s) !== 0);
  const termsAt = (s: Float64Array): number[][] => actors.map((a) => a.interests.map((i) => i.term.evaluate(s)));
  const utility = (a: number, terms: number[][]): number => actors[a]!.interests.reduce((u, i, k) => u + i.weight * terms[a]![k]!, 0);
  const apply = (s: Float64Array, effect: Action['effect']): Float64Array => {
    const next = Float64Array.from(s);
    const values = effect.formulas.map((f) => f.evaluate(s));
    effect.slots.forEach((slot, k) => {
      const q = scenario.quantities[slot]!;
      const v = q.integer ? Math.round(values[k]!) : values[k]!;
      next[slot] = Math.min(q.max, Math.max(q.min, v));
    });
    return next;
  };
  const chances = (action: Action, s: Float64Array): number[] => {
    const declared = action.outcomes.map((o) => (o.probability === 'rest' ? 0 : Math.min(1, Math.max(0, o.probability.evaluate(s)))));
    const rest = action.outcomes.findIndex((o) => o.probability === 'rest');
    if (rest >= 0) declared[rest] = Math.max(0, 1 - declared.reduce((x, y) => x + y, 0));
    return declared;
  };
  const mix = (parts: [number, number[][]][]): number[][] =>
    actors.map((a, i) => a.interests.map((_, k) => parts.reduce((sum, [p, terms]) => sum + p * terms[i]![k]!, 0)));
  const expect_ = (action: Action, s: Float64Array, t: number, r: number): number[][] => {
    const p = chances(action, s);
    return mix(action.outcomes.map((o, k) => [p[k]!, W(apply(apply(s, action.effect), o.effect), t, r)] as [number, number[][]]).filter(([q]) => q > 0));
  };
  const logit = (us: number[], rationality: number): number[] => {
    const best = Math.max(...us);
    const w = us.map((u) => Math.exp(rationality * (u - best)));
    const total = w.reduce((x, y) => x + y, 0);
    return w.map((x) => x / total);
  };
  function W(s: Float64Array, t: number, r: number): number[][] {
    if (r === 0 || t > settings.horizon) return termsAt(s);
    const mover = actorAt(t);
    const options = legal(mover, s);
    if (options.length === 0) return W(s, t + 1, r - 1);
    const branches = options.map((b) => expect_(b, s, t + 1, r - 1));
    const p = logit(branches.map((terms) => utility(mover, terms)), actors[mover]!.rationality);
    return mix(branches.map((terms, i) => [p[i]!, terms] as [number, number[][]]));
  }
  const me = actorAt(turn);
  return legal(me, state).map((a) => utility(me, expect_(a, state, turn + 1, settings.lookahead)));
}

describe('the planner agrees with a plain implementation of its definition', () => {
  const scenarios = fc.oneof(
    { weight: 4, arbitrary: arbitraryScenario({ maxLookahead: 3, maxHorizon: 6, maxActors: 3 }) },
    { weight: 1, arbitrary: arbitraryBuiltInScenario() },
  );
  property.prop([scenarios, arbitrarySeed()], { numRuns: 300 })('at every turn of seeded runs, to 1e-9', (scenario, seed) => {
    let run = startRun(scenario, seed);
    for (let turn = 1; turn <= Math.min(scenario.settings.horizon, 8); turn++) {
      const assessment = assessTurn(scenario, run)!;
      const reference = referenceUtilities(scenario, run.values, turn);
      expect(reference).toHaveLength(assessment.legal.length);
      reference.forEach((u, i) => expect(assessment.utilities[i]!).toBeCloseTo(u, 9));
      const result = playTurn(scenario, run);
      if (!result.ok) throw new Error(result.message);
      run = result.run;
    }
  });
});

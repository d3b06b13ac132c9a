import { chanceProbabilities } from '../../engine/chance.js';
import { applyEffect } from '../../engine/effect.js';
import type { Action, Scenario } from '../../engine/scenario.js';

/** What a mover anticipates after one of its actions and one of its chance outcomes. */
export interface AnticipatedReply {
  /** Index in `actor.actions` of the mover's action, and of the outcome drawn. */
  readonly action: number;
  readonly outcome: number;
  /** The state after them: where the replier moves from. */
  readonly state: Float64Array;
  /** The replier's legal actions there, and the probability the mover gives each; undefined when no reply is anticipated. */
  readonly reply: { readonly legal: readonly number[]; readonly probabilities: readonly number[] } | undefined;
}

/** The mover's expected utilities, and the reply it anticipates after each of its moves. */
export interface Anticipation {
  readonly utilities: readonly number[];
  readonly replies: readonly AnticipatedReply[];
}

/** Thrown inside the search when the tree outgrows the budget. */
const OVER_BUDGET = Symbol('over budget');

/**
 * docs/MODEL.md's decision rule written plainly, apart from the planner (no windows,
 * buffers or memo; every actor's terms carried to every leaf):
 *
 *   EU_i(a) = Σ_o p(o | s, a) · W(s_ao, t+1, L)_i
 *   W(s, t, 0) = terms at s;   W(s, t, r) = Σ_b P_logit(b) · Σ_o p(o) · W(s_bo, t+1, r−1)
 *
 * keeping, for each of the mover's actions and outcomes, the logit the next mover's
 * reply gets (W at depth L). Undefined when the tree has more than `budget` leaves.
 */
export function anticipate(scenario: Scenario, state: Float64Array, turn: number, budget: number): Anticipation | undefined {
  const { actors, settings, bounds } = scenario;
  const actorAt = (t: number): number => (t - 1) % actors.length;
  let leaves = 0;
  const legal = (actor: number, s: Float64Array): number[] =>
    actors[actor]!.actions.flatMap((action, i) => (action.precondition === undefined || action.precondition.evaluate(s) !== 0 ? [i] : []));
  const utility = (actor: number, terms: number[][]): number =>
    actors[actor]!.interests.reduce((u, interest, k) => u + interest.weight * terms[actor]![k]!, 0);
  const after = (action: Action, outcome: number, s: Float64Array): Float64Array => {
    const next = new Float64Array(s.length);
    applyEffect(bounds, action.effect, s, next);
    applyEffect(bounds, action.outcomes[outcome]!.effect, next, next);
    return next;
  };
  const chances = (action: Action, s: Float64Array): Float64Array => {
    const p = new Float64Array(action.outcomes.length);
    chanceProbabilities(action, s, p);
    return p;
  };
  const mix = (parts: readonly (readonly [number, number[][]])[]): number[][] =>
    actors.map((a, i) => a.interests.map((_, k) => parts.reduce((sum, [p, terms]) => sum + p * terms[i]![k]!, 0)));
  const expected = (action: Action, s: Float64Array, t: number, r: number): number[][] => {
    const p = chances(action, s);
    const parts = action.outcomes.flatMap((_, o) => (p[o]! > 0 ? [[p[o]!, W(after(action, o, s), t, r)] as const] : []));
    return mix(parts);
  };
  /** The mover on turn t at s, looking r − 1 moves past its own: its options, their logit, and the mixed terms. */
  function decide(s: Float64Array, t: number, r: number): { legal: number[]; probabilities: number[]; terms: number[][] } | undefined {
    const mover = actorAt(t);
    const options = legal(mover, s);
    if (options.length === 0) return undefined;
    const branches = options.map((b) => expected(actors[mover]!.actions[b]!, s, t + 1, r - 1));
    const probabilities = logit(branches.map((terms) => utility(mover, terms)), actors[mover]!.rationality);
    return { legal: options, probabilities, terms: mix(branches.map((terms, i) => [probabilities[i]!, terms] as const)) };
  }
  function W(s: Float64Array, t: number, r: number): number[][] {
    if (r === 0 || t > settings.horizon) {
      if (++leaves > budget) throw OVER_BUDGET;
      return actors.map((a) => a.interests.map((interest) => interest.term.evaluate(s)));
    }
    return decide(s, t, r)?.terms ?? W(s, t + 1, r - 1);
  }

  const me = actorAt(turn);
  const { lookahead, horizon } = settings;
  try {
    const replies: AnticipatedReply[] = [];
    const utilities = legal(me, state).map((a) => {
      const action = actors[me]!.actions[a]!;
      const p = chances(action, state);
      const parts = action.outcomes.flatMap((_, o) => {
        if (p[o]! === 0) return [];
        const next = after(action, o, state);
        const anticipates = lookahead > 0 && turn + 1 <= horizon;
        const reply = anticipates ? decide(next, turn + 1, lookahead) : undefined;
        replies.push({
          action: a,
          outcome: o,
          state: next,
          reply: anticipates ? { legal: reply?.legal ?? [], probabilities: reply?.probabilities ?? [] } : undefined,
        });
        return [[p[o]!, reply?.terms ?? W(next, turn + 1, lookahead)] as const];
      });
      return utility(me, mix(parts));
    });
    return { utilities, replies };
  } catch (error) {
    if (error === OVER_BUDGET) return undefined;
    throw error;
  }
}

/** P(b) ∝ exp(λ·u_b), relative to the best so that nothing overflows. */
export function logit(utilities: readonly number[], rationality: number): number[] {
  const best = Math.max(...utilities);
  const weights = utilities.map((u) => Math.exp(rationality * (u - best)));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / total);
}

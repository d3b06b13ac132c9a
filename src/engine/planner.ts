import { chanceProbabilities, logitProbabilities } from './chance.js';
import { applyEffect, finite } from './effect.js';
import type { Action, Actor, Scenario } from './scenario.js';

/** What the actor on turn `turn` expects of each of its legal actions. */
export interface Assessment {
  readonly turn: number;
  /** Index of the acting actor in `scenario.actors`. */
  readonly actor: number;
  /** Indexes of the legal actions in `actor.actions`; empty when the actor can only pass. */
  readonly legal: readonly number[];
  /** Expected utility of each legal action, anticipating the replies within the lookahead. */
  readonly utilities: Float64Array;
  /** Logit choice probability of each legal action. */
  readonly probabilities: Float64Array;
  /** For each legal action, the expected value of each of the actor's interest terms (unweighted). */
  readonly terms: readonly Float64Array[];
}

/**
 * The actors whose utilities a decision needs: the mover and the repliers it anticipates.
 * Their interest terms are laid end to end in one vector; `offsets[i]` is where actor
 * `actors[i]`'s terms start.
 */
interface Window {
  readonly actors: readonly number[];
  readonly offsets: Int32Array;
  readonly size: number;
}

/** Buffers for one depth of the search tree, reused by every node at that depth. */
interface Level {
  readonly state: Float64Array;
  readonly branch: Float64Array;
  readonly branches: Float64Array[];
  readonly chance: Float64Array;
  readonly utilities: Float64Array;
  readonly replies: Float64Array;
  readonly legal: Int32Array;
}

/**
 * Expected utility with anticipation, by backward induction over a finite tree:
 *
 *   EU_i(a) = Σ_o p(o | s, a) · W(s_ao, t+1, L)
 *
 * where W(s, t, r) is the expected vector of interest terms r moves on: the actor on
 * turn t weighs each of its legal actions by its own EU over the same window and replies
 * with logit probabilities, and W(s, t, 0) is the terms at s. Random events are not
 * anticipated. See docs/MODEL.md.
 *
 * The search allocates nothing per node: each depth has its own buffers (a node only
 * ever calls deeper), sized for the widest actor and window.
 */
export class Planner {
  private readonly windows: Window[] = [];
  private readonly levels: Level[] = [];

  constructor(private readonly scenario: Scenario) {
    const { horizon, lookahead } = scenario.settings;
    for (let turn = 1; turn <= horizon; turn++) this.windows[turn] = this.window(turn, lookahead, horizon);
    const width = Math.max(1, ...this.windows.slice(1).map((w) => w.size));
    const actions = Math.max(1, ...scenario.actors.map((a) => a.actions.length));
    const outcomes = Math.max(1, ...scenario.actors.flatMap((a) => a.actions.map((x) => x.outcomes.length)));
    for (let depth = 0; depth <= lookahead + 1; depth++) {
      this.levels.push({
        state: new Float64Array(scenario.quantities.length),
        branch: new Float64Array(width),
        branches: Array.from({ length: actions }, () => new Float64Array(width)),
        chance: new Float64Array(outcomes),
        utilities: new Float64Array(actions),
        replies: new Float64Array(actions),
        legal: new Int32Array(actions),
      });
    }
  }

  /** The index of the actor who moves on a turn (turns count from 1). */
  actorAt(turn: number): number {
    return (turn - 1) % this.scenario.actors.length;
  }

  /** Indexes of the actions an actor may take at a state. */
  legalActions(actorIndex: number, state: Float64Array): number[] {
    const actions = this.scenario.actors[actorIndex]!.actions;
    const legal: number[] = [];
    for (let i = 0; i < actions.length; i++) if (isLegal(actions[i]!, state)) legal.push(i);
    return legal;
  }

  assess(state: Float64Array, turn: number): Assessment {
    const actorIndex = this.actorAt(turn);
    const actor = this.scenario.actors[actorIndex]!;
    const window = this.windows[turn]!;
    const legal = this.legalActions(actorIndex, state);
    const utilities = new Float64Array(legal.length);
    const probabilities = new Float64Array(legal.length);
    const terms: Float64Array[] = [];
    const { lookahead } = this.scenario.settings;
    for (let i = 0; i < legal.length; i++) {
      const expected = new Float64Array(window.size);
      this.expectAction(actor.actions[legal[i]!]!, state, turn + 1, lookahead, window, 0, expected);
      utilities[i] = utility(actor, expected, 0);
      terms.push(expected.subarray(0, actor.interests.length));
    }
    logitProbabilities(utilities, legal.length, actor.rationality, probabilities);
    return { turn, actor: actorIndex, legal, utilities, probabilities, terms };
  }

  /** The state after an action and one of its chance outcomes, written into `into`. */
  outcomeState(action: Action, outcome: number, state: Float64Array, into: Float64Array): Float64Array {
    applyEffect(this.scenario.bounds, action.effect, state, into);
    applyEffect(this.scenario.bounds, action.outcomes[outcome]!.effect, into, into);
    return into;
  }

  /** out = Σ_o p(o) · W(s_ao, turn, remaining), using the buffers of `depth`. */
  private expectAction(
    action: Action,
    state: Float64Array,
    turn: number,
    remaining: number,
    window: Window,
    depth: number,
    out: Float64Array,
  ): void {
    const level = this.levels[depth]!;
    const count = action.outcomes.length;
    if (count === 1) {
      this.future(this.outcomeState(action, 0, state, level.state), turn, remaining, window, depth + 1, out);
      return;
    }
    const { chance, branch } = level;
    chanceProbabilities(action, state, chance);
    out.fill(0, 0, window.size);
    for (let o = 0; o < count; o++) {
      const p = chance[o]!;
      if (p === 0) continue;
      this.future(this.outcomeState(action, o, state, level.state), turn, remaining, window, depth + 1, branch);
      addScaled(out, p, branch, window.size);
    }
  }

  /** out = W(state, turn, remaining): expected terms after `remaining` more moves. */
  private future(
    state: Float64Array,
    turn: number,
    remaining: number,
    window: Window,
    depth: number,
    out: Float64Array,
  ): void {
    if (remaining === 0 || turn > this.scenario.settings.horizon) {
      this.evaluateTerms(state, window, out);
      return;
    }
    const level = this.levels[depth]!;
    const moverIndex = this.actorAt(turn);
    const mover = this.scenario.actors[moverIndex]!;
    const { legal, branches, utilities, replies } = level;
    let count = 0;
    for (let i = 0; i < mover.actions.length; i++) if (isLegal(mover.actions[i]!, state)) legal[count++] = i;
    if (count === 0) {
      this.future(state, turn + 1, remaining - 1, window, depth, out);
      return;
    }
    const offset = window.offsets[window.actors.indexOf(moverIndex)]!;
    for (let i = 0; i < count; i++) {
      const branch = branches[i]!;
      this.expectAction(mover.actions[legal[i]!]!, state, turn + 1, remaining - 1, window, depth, branch);
      utilities[i] = utility(mover, branch, offset);
    }
    logitProbabilities(utilities, count, mover.rationality, replies);
    out.fill(0, 0, window.size);
    for (let i = 0; i < count; i++) addScaled(out, replies[i]!, branches[i]!, window.size);
  }

  private evaluateTerms(state: Float64Array, window: Window, out: Float64Array): void {
    let k = 0;
    for (const actorIndex of window.actors) {
      for (const interest of this.scenario.actors[actorIndex]!.interests) out[k++] = finite(interest.term, state);
    }
  }

  private window(turn: number, lookahead: number, horizon: number): Window {
    const actors: number[] = [];
    for (let t = turn; t <= Math.min(horizon, turn + lookahead); t++) {
      const a = this.actorAt(t);
      if (!actors.includes(a)) actors.push(a);
    }
    const offsets = new Int32Array(actors.length);
    let size = 0;
    actors.forEach((a, i) => {
      offsets[i] = size;
      size += this.scenario.actors[a]!.interests.length;
    });
    return { actors, offsets, size };
  }
}

export function isLegal(action: Action, state: Float64Array): boolean {
  return action.precondition === undefined || finite(action.precondition, state) !== 0;
}

/** out[k] += p · v[k] for the first `size` entries. */
function addScaled(out: Float64Array, p: number, v: Float64Array, size: number): void {
  for (let k = 0; k < size; k++) out[k]! += p * v[k]!;
}

/** Σ_k w_k · terms[offset + k]. */
function utility(actor: Actor, terms: Float64Array, offset: number): number {
  let u = 0;
  const { interests } = actor;
  for (let k = 0; k < interests.length; k++) u += interests[k]!.weight * terms[offset + k]!;
  return u;
}

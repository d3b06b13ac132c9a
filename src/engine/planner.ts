import { codeOf } from './compiled-code.js';
import { markOrigin } from './scenario-origin.js';
import { chanceProbabilities, logitProbabilities } from './chance.js';
import { applyEffect, applyEffectUndoably, evaluateInto, finite, notFinite, restore, type Undo } from './effect.js';
import { type Move, moveCode } from './move-code.js';
import type { Action, Actor, Formula, Scenario } from './scenario.js';

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

/** An assessment in reused buffers: the first `count` entries of each array are this decision's. */
export interface Decision {
  actor: number;
  count: number;
  readonly legal: Int32Array;
  readonly utilities: Float64Array;
  readonly probabilities: Float64Array;
  /** Per legal action, the expected window of terms; the actor's own come first. */
  readonly expected: readonly Float64Array[];
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
  /** The window's terms, end to end. */
  readonly terms: readonly Formula[];
  /** `steps[actor][action][outcome]`: what that move changes in the window's terms. */
  readonly steps: readonly (readonly (readonly Step[])[])[];
  /**
   * Every quantity a decision on this turn may read, ascending: what the window's terms,
   * and the preconditions, chance probabilities and effects of the actions of every actor
   * moving within the lookahead, read. Undefined when some formula's reads are unknown.
   */
  readonly reads: Int32Array | undefined;
}

/** One move (an action and one of its chance outcomes) as the search makes it in a window. */
interface Step {
  /**
   * Positions of the terms that read a quantity the action or that chance outcome changes;
   * every other term keeps its value across the move.
   */
  readonly stale: Int32Array;
  /** The move as one generated function, made on first use; null when it cannot be fused. */
  move: Move | null | undefined;
}

/** Buffers for one depth of the search tree, reused by every node at that depth. */
interface Level {
  /** Old values of the quantities the move being explored at this depth changed. */
  readonly undo: Undo;
  /** The window's terms at `state`, as evaluated (not yet checked to be finite). */
  readonly terms: Float64Array;
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
 *
 * Terms are carried down the tree rather than evaluated afresh at every leaf: a move
 * re-evaluates only the terms that read a quantity its effects write (known at load from
 * each formula's `reads`), and copies the rest from the state before it. A term's value is
 * a pure function of the quantities it reads, so the figures are exactly those of a full
 * evaluation; and since a value is checked to be finite only where a leaf uses it, a term
 * that is not finite at an inner state fails exactly where it would have.
 */
export class Planner {
  private readonly windows: Window[] = [];
  private readonly levels: Level[] = [];
  private readonly rootTerms: Float64Array;
  private readonly decision: Decision;
  /**
   * The state the search explores, changed in place by each move and put back after it;
   * a copy, so the caller's state is never touched, even when a RunError stops the search.
   */
  private readonly working: Float64Array;
  /** Steps by the actors of a window, in order (see `window`). */
  private readonly stepsOf = new Map<string, Step[][][]>();

  /**
   * @param like a planner of a scenario with the same compiled code (a variant from
   * `withOverrides`): when its horizon and lookahead are this one's too, its windows, which
   * depend on the code alone, are reused rather than worked out again
   */
  constructor(
    readonly scenario: Scenario,
    like?: Planner,
  ) {
    const { horizon, lookahead } = scenario.settings;
    const same = like !== undefined && codeOf(like.scenario) === codeOf(scenario) && like.scenario.settings.horizon === horizon && like.scenario.settings.lookahead === lookahead;
    if (same) this.windows = like.windows;
    else for (let turn = 1; turn <= horizon; turn++) this.windows[turn] = this.window(turn, lookahead, horizon);
    const width = Math.max(1, ...this.windows.slice(1).map((w) => w.size));
    this.rootTerms = new Float64Array(width);
    const actions = Math.max(1, ...scenario.actors.map((a) => a.actions.length));
    const outcomes = Math.max(1, ...scenario.actors.flatMap((a) => a.actions.map((x) => x.outcomes.length)));
    const longestMove = Math.max(
      1,
      ...scenario.actors.flatMap((a) => a.actions.flatMap((x) => x.outcomes.map((o) => x.effect.slots.length + o.effect.slots.length))),
    );
    this.working = new Float64Array(scenario.quantities.length);
    this.decision = {
      actor: 0,
      count: 0,
      legal: new Int32Array(actions),
      utilities: new Float64Array(actions),
      probabilities: new Float64Array(actions),
      expected: Array.from({ length: actions }, () => new Float64Array(width)),
    };
    for (let depth = 0; depth <= lookahead + 1; depth++) {
      this.levels.push({
        undo: { slots: new Int32Array(longestMove), values: new Float64Array(longestMove) },
        terms: new Float64Array(width),
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

  /**
   * The quantities a decision on `turn` may read, ascending; undefined when unknown. A
   * decision is a function of the turn and these quantities' values alone, so two states
   * that agree on them get the same decision.
   */
  decisionReads(turn: number): Int32Array | undefined {
    return this.windows[turn]!.reads;
  }

  /**
   * The actors whose weights and rationality a decision on `turn` depends on: the mover and
   * the repliers it anticipates. With the quantities of `decisionReads`, they are all a
   * decision depends on besides the compiled code.
   */
  decisionActors(turn: number): readonly number[] {
    return this.windows[turn]!.actors;
  }

  /** Indexes of the actions an actor may take at a state. */
  legalActions(actorIndex: number, state: Float64Array): number[] {
    const actions = this.scenario.actors[actorIndex]!.actions;
    const legal: number[] = [];
    for (let i = 0; i < actions.length; i++) if (isLegal(actions[i]!, state)) legal.push(i);
    return legal;
  }

  /** What the actor on `turn` expects of each legal action at `state`, in new arrays a record may keep. */
  assess(state: Float64Array, turn: number): Assessment {
    const decision = this.decide(state, turn);
    const { count } = decision;
    const size = this.scenario.actors[decision.actor]!.interests.length;
    return markOrigin({
      turn,
      actor: decision.actor,
      legal: Array.from(decision.legal.subarray(0, count)),
      utilities: decision.utilities.slice(0, count),
      probabilities: decision.probabilities.slice(0, count),
      terms: decision.expected.slice(0, count).map((expected) => expected.slice(0, size)),
    }, this.scenario);
  }

  /**
   * The same assessment in the planner's own buffers, which the next call overwrites:
   * what a batch needs, allocating nothing.
   */
  decide(from: Float64Array, turn: number): Decision {
    const state = this.working;
    state.set(from);
    const actorIndex = this.actorAt(turn);
    const actor = this.scenario.actors[actorIndex]!;
    const window = this.windows[turn]!;
    const decision = this.decision;
    const { legal, utilities, probabilities, expected } = decision;
    let count = 0;
    for (let i = 0; i < actor.actions.length; i++) if (isLegal(actor.actions[i]!, state)) legal[count++] = i;
    const { lookahead } = this.scenario.settings;
    const root = this.rootTerms;
    for (let k = 0; k < window.size; k++) evaluateInto(window.terms[k]!, state, root, k);
    const steps = window.steps[actorIndex]!;
    for (let i = 0; i < count; i++) {
      const action = legal[i]!;
      const out = expected[i]!;
      this.expectAction(actor.actions[action]!, steps[action]!, state, root, turn + 1, lookahead, window, 0, out);
      utilities[i] = utility(actor, out, 0);
    }
    logitProbabilities(utilities, count, actor.rationality, probabilities);
    decision.actor = actorIndex;
    decision.count = count;
    return decision;
  }

  /** The state after an action and one of its chance outcomes, written into `into`. */
  outcomeState(action: Action, outcome: number, state: Float64Array, into: Float64Array): Float64Array {
    applyEffect(this.scenario.bounds, action.effect, state, into);
    applyEffect(this.scenario.bounds, action.outcomes[outcome]!.effect, into, into);
    return into;
  }

  /**
   * out = Σ_o p(o) · W(s_ao, turn, remaining), using the buffers of `depth`; `terms` are the
   * window's terms at `state`, and `steps[o]` what outcome `o` changes in them.
   */
  private expectAction(
    action: Action,
    steps: readonly Step[],
    state: Float64Array,
    terms: Float64Array,
    turn: number,
    remaining: number,
    window: Window,
    depth: number,
    out: Float64Array,
  ): void {
    const level = this.levels[depth]!;
    const count = action.outcomes.length;
    const { chance, branch } = level;
    if (count === 1) {
      this.explore(action, 0, steps[0]!, state, terms, turn, remaining, window, depth, out);
      return;
    }
    chanceProbabilities(action, state, chance);
    out.fill(0, 0, window.size);
    for (let o = 0; o < count; o++) {
      const p = chance[o]!;
      if (p === 0) continue;
      this.explore(action, o, steps[o]!, state, terms, turn, remaining, window, depth, branch);
      addScaled(out, p, branch, window.size);
    }
  }

  /** out = W(s_ao, turn, remaining): makes the move in place, looks on, and takes it back. */
  private explore(
    action: Action,
    outcome: number,
    step: Step,
    state: Float64Array,
    terms: Float64Array,
    turn: number,
    remaining: number,
    window: Window,
    depth: number,
    out: Float64Array,
  ): void {
    const level = this.levels[depth]!;
    const { bounds } = this.scenario;
    const effect = action.effect;
    const chanceEffect = action.outcomes[outcome]!.effect;
    let move = step.move;
    if (move === undefined) move = step.move = moveCode(bounds, [effect, chanceEffect], window.terms, step.stale, window.size) ?? null;
    // A move to a leaf writes its terms straight into `out`, which is what the leaf gives,
    // rather than into this depth's buffer and then a copy: the same values, one copy fewer.
    const leaf = remaining === 0 || turn > this.scenario.settings.horizon;
    const after = leaf ? out : level.terms;
    let written: number;
    if (move !== null) written = move(state, level.undo, terms, after);
    else {
      written = applyEffectUndoably(bounds, effect, state, level.undo, 0);
      written = applyEffectUndoably(bounds, chanceEffect, state, level.undo, written);
      this.carryTerms(window, terms, step.stale, state, after);
    }
    if (leaf) checkFinite(window, out);
    else this.future(state, level.terms, turn, remaining, window, depth + 1, out);
    restore(state, level.undo, 0, written);
  }

  /** into = the terms at `state`: those before the move, with the stale ones evaluated again. */
  private carryTerms(window: Window, before: Float64Array, stale: Int32Array, state: Float64Array, into: Float64Array): void {
    const { terms, size } = window;
    for (let k = 0; k < size; k++) into[k] = before[k]!;
    for (let i = 0; i < stale.length; i++) {
      const k = stale[i]!;
      evaluateInto(terms[k]!, state, into, k);
    }
  }

  /** out = W(state, turn, remaining): expected terms after `remaining` more moves. */
  private future(
    state: Float64Array,
    terms: Float64Array,
    turn: number,
    remaining: number,
    window: Window,
    depth: number,
    out: Float64Array,
  ): void {
    if (remaining === 0 || turn > this.scenario.settings.horizon) {
      checkedTerms(window, terms, out);
      return;
    }
    const level = this.levels[depth]!;
    const moverIndex = this.actorAt(turn);
    const mover = this.scenario.actors[moverIndex]!;
    const { legal, branches, utilities, replies } = level;
    let count = 0;
    for (let i = 0; i < mover.actions.length; i++) if (isLegal(mover.actions[i]!, state)) legal[count++] = i;
    if (count === 0) {
      this.future(state, terms, turn + 1, remaining - 1, window, depth, out);
      return;
    }
    const offset = window.offsets[window.actors.indexOf(moverIndex)]!;
    const steps = window.steps[moverIndex]!;
    for (let i = 0; i < count; i++) {
      const branch = branches[i]!;
      const action = legal[i]!;
      this.expectAction(mover.actions[action]!, steps[action]!, state, terms, turn + 1, remaining - 1, window, depth, branch);
      utilities[i] = utility(mover, branch, offset);
    }
    logitProbabilities(utilities, count, mover.rationality, replies);
    out.fill(0, 0, window.size);
    for (let i = 0; i < count; i++) addScaled(out, replies[i]!, branches[i]!, window.size);
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
    const terms = actors.flatMap((a) => this.scenario.actors[a]!.interests.map((interest) => interest.term));
    // Windows of the same actors have the same terms: they share their steps, and so the
    // generated moves, which then warm up twice as fast.
    const key = actors.join(' ');
    let steps = this.stepsOf.get(key);
    if (steps === undefined) {
      steps = this.scenario.actors.map((actor) =>
        actor.actions.map((action) =>
          action.outcomes.map((outcome): Step => ({ stale: staleTerms(terms, [...action.effect.slots, ...outcome.effect.slots]), move: undefined })),
        ),
      );
      this.stepsOf.set(key, steps);
    }
    const movers: number[] = [];
    for (let t = turn; t <= Math.min(horizon, turn + lookahead); t++) movers.push(this.actorAt(t));
    return { actors, offsets, size, terms, steps, reads: decisionReads(terms, movers.map((m) => this.scenario.actors[m]!)) };
  }
}

export function isLegal(action: Action, state: Float64Array): boolean {
  return action.precondition === undefined || finite(action.precondition, state) !== 0;
}

/** The union of what `terms` and the movers' actions read (see `Window.reads`); undefined if any is unknown. */
function decisionReads(terms: readonly Formula[], movers: readonly Actor[]): Int32Array | undefined {
  const formulas: Formula[] = [...terms];
  for (const mover of movers) {
    for (const action of mover.actions) {
      if (action.precondition !== undefined) formulas.push(action.precondition);
      formulas.push(...action.effect.formulas);
      for (const outcome of action.outcomes) {
        if (outcome.probability !== 'rest') formulas.push(outcome.probability);
        formulas.push(...outcome.effect.formulas);
      }
    }
  }
  const reads = new Set<number>();
  for (const formula of formulas) {
    if (formula.reads === undefined) return undefined;
    for (const slot of formula.reads) reads.add(slot);
  }
  return Int32Array.from([...reads].sort((a, b) => a - b));
}

/** Positions of the terms that read any of `written` (all of them, for a term whose reads are unknown). */
function staleTerms(terms: readonly Formula[], written: readonly number[]): Int32Array {
  const stale: number[] = [];
  terms.forEach((term, k) => {
    if (term.reads === undefined || written.some((slot) => term.reads!.includes(slot))) stale.push(k);
  });
  return Int32Array.from(stale);
}

/** Throws for the first of the window's terms, in window order, that is not a finite number (as a full evaluation would). */
function checkFinite(window: Window, terms: Float64Array): void {
  for (let k = 0; k < window.size; k++) if (!Number.isFinite(terms[k]!)) throw notFinite(window.terms[k]!, terms[k]!);
}

/** out = terms, each checked to be a finite number, in window order (as a full evaluation would be). */
function checkedTerms(window: Window, terms: Float64Array, out: Float64Array): void {
  for (let k = 0; k < window.size; k++) {
    const value = terms[k]!;
    if (!Number.isFinite(value)) throw notFinite(window.terms[k]!, value);
    out[k] = value;
  }
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

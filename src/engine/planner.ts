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

/** A decision in reused buffers: the first `count` entries of each array (and of `expected`) are this decision's. */
export interface Decision {
  actor: number;
  count: number;
  readonly legal: Int32Array;
  readonly utilities: Float64Array;
  readonly probabilities: Float64Array;
  /**
   * Per legal action, what the search carries back (see `Planner`): the expected utility of
   * each actor of the window, the mover's first; then, only after `assess`, the expected
   * window of terms, the mover's own first (otherwise what follows the utilities is stale).
   */
  readonly expected: readonly Float64Array[];
}

/**
 * The actors whose utilities a decision needs: the mover and the repliers it anticipates.
 * Their interest terms are laid end to end in one vector, in the order of `actors`.
 */
interface Window {
  readonly actors: readonly number[];
  readonly size: number;
  /** `owners[k]`: the position in `actors` of the actor whose term `k` is. */
  readonly owners: Int32Array;
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
  /**
   * The window's terms after the move explored at this depth, as evaluated (not yet checked
   * to be finite): every one at an inner node, only the stale ones at a leaf.
   */
  readonly terms: Float64Array;
  /** Each window actor's utility at `terms`, at an inner node. */
  readonly utilities: Float64Array;
  readonly branch: Float64Array;
  readonly branches: Float64Array[];
  readonly chance: Float64Array;
  /** The replier's expected utility of each of its legal actions. */
  readonly options: Float64Array;
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
 * A utility is linear in the terms, so the search carries back each window actor's
 * expected utility (one number per actor, the mover and those it anticipates) rather than
 * the whole window of terms: the replies' logits and the mover's EU need nothing more.
 * When assessing, it carries the terms as well, for a record to show; the utilities, and so
 * every choice, are the same either way.
 *
 * The search allocates nothing per node: each depth has its own buffers (a node only
 * ever calls deeper), sized for the widest actor and window.
 *
 * Terms are carried down the tree rather than evaluated afresh at every leaf: a move
 * re-evaluates only the terms that read a quantity its effects write (known at load from
 * each formula's `reads`), and keeps the rest from the state before it. A term's value is
 * a pure function of the quantities it reads, so the figures are those of a full
 * evaluation. A leaf's utilities are those before the move plus what its stale terms
 * change, when every term before it is small (SMALL_TERM); otherwise they are summed
 * afresh, as an update would lose a small utility's digits to a large term that the move
 * cancels. Since a value is checked to be finite only where a leaf uses it, a term that is
 * not finite at an inner state fails exactly where it would have.
 */
export class Planner {
  private readonly windows: Window[] = [];
  /** Per turn, the weight of each of its window's terms, from this planner's scenario. */
  private readonly weights: Float64Array[] = [];
  private readonly levels: Level[] = [];
  private readonly rootTerms: Float64Array;
  private readonly rootUtilities: Float64Array;
  /** A leaf's whole window of terms, made only when its utilities are summed afresh (see `leaf`). */
  private readonly leafTerms: Float64Array;
  private readonly decision: Decision;
  /** Whether the search in progress carries the terms as well as the utilities (see `assess`). */
  private assessing = false;
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
    for (let turn = 1; turn <= horizon; turn++) {
      this.weights[turn] = Float64Array.from(this.windows[turn]!.actors.flatMap((a) => scenario.actors[a]!.interests.map((interest) => interest.weight)));
    }
    const windows = this.windows.slice(1);
    const width = Math.max(1, ...windows.map((w) => w.size));
    const movers = Math.max(1, ...windows.map((w) => w.actors.length));
    const carried = Math.max(1, ...windows.map((w) => w.actors.length + w.size));
    this.rootTerms = new Float64Array(width);
    this.rootUtilities = new Float64Array(movers);
    this.leafTerms = new Float64Array(width);
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
      expected: Array.from({ length: actions }, () => new Float64Array(carried)),
    };
    for (let depth = 0; depth <= lookahead + 1; depth++) {
      this.levels.push({
        undo: { slots: new Int32Array(longestMove), values: new Float64Array(longestMove) },
        terms: new Float64Array(width),
        utilities: new Float64Array(movers),
        branch: new Float64Array(carried),
        branches: Array.from({ length: actions }, () => new Float64Array(carried)),
        chance: new Float64Array(outcomes),
        options: new Float64Array(actions),
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

  /**
   * What the actor on `turn` expects of each legal action at `state`, in new arrays a record
   * may keep: the decision `decide` makes, with the expected terms behind each utility.
   */
  assess(state: Float64Array, turn: number): Assessment {
    this.assessing = true;
    let decision: Decision;
    try {
      decision = this.decide(state, turn);
    } finally {
      this.assessing = false;
    }
    const { count } = decision;
    const size = this.scenario.actors[decision.actor]!.interests.length;
    const movers = this.windows[turn]!.actors.length;
    return markOrigin({
      turn,
      actor: decision.actor,
      legal: Array.from(decision.legal.subarray(0, count)),
      utilities: decision.utilities.slice(0, count),
      probabilities: decision.probabilities.slice(0, count),
      terms: decision.expected.slice(0, count).map((expected) => expected.slice(movers, movers + size)),
    }, this.scenario);
  }

  /**
   * The same decision in the planner's own buffers, which the next call overwrites:
   * what a batch needs, allocating nothing.
   */
  decide(from: Float64Array, turn: number): Decision {
    const state = this.working;
    state.set(from);
    const actorIndex = this.actorAt(turn);
    const actor = this.scenario.actors[actorIndex]!;
    const window = this.windows[turn]!;
    const weights = this.weights[turn]!;
    const decision = this.decision;
    const { legal, utilities, probabilities, expected } = decision;
    let count = 0;
    for (let i = 0; i < actor.actions.length; i++) if (isLegal(actor.actions[i]!, state)) legal[count++] = i;
    const { lookahead } = this.scenario.settings;
    const root = this.rootTerms;
    for (let k = 0; k < window.size; k++) evaluateInto(window.terms[k]!, state, root, k);
    const rootSmall = utilitiesAt(window, weights, root, this.rootUtilities);
    const steps = window.steps[actorIndex]!;
    for (let i = 0; i < count; i++) {
      const action = legal[i]!;
      const out = expected[i]!;
      this.expectAction(actor.actions[action]!, steps[action]!, state, root, this.rootUtilities, rootSmall, turn + 1, lookahead, window, weights, 0, out);
      // The mover is the window's first actor.
      utilities[i] = out[0]!;
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

  /** How many numbers the search carries back from a node of `window` (see `Decision.expected`). */
  private carried(window: Window): number {
    return this.assessing ? window.actors.length + window.size : window.actors.length;
  }

  /**
   * out = Σ_o p(o) · W(s_ao, turn, remaining), using the buffers of `depth`; `terms` are the
   * window's terms at `state`, `utilities` the window actors' utilities there, `small`
   * whether every term is finite and small (see `utilitiesAt`), and `steps[o]` what
   * outcome `o` changes.
   */
  private expectAction(
    action: Action,
    steps: readonly Step[],
    state: Float64Array,
    terms: Float64Array,
    utilities: Float64Array,
    small: boolean,
    turn: number,
    remaining: number,
    window: Window,
    weights: Float64Array,
    depth: number,
    out: Float64Array,
  ): void {
    const level = this.levels[depth]!;
    const count = action.outcomes.length;
    const { chance, branch } = level;
    if (count === 1) {
      this.explore(action, 0, steps[0]!, state, terms, utilities, small, turn, remaining, window, weights, depth, out);
      return;
    }
    chanceProbabilities(action, state, chance);
    const carried = this.carried(window);
    out.fill(0, 0, carried);
    for (let o = 0; o < count; o++) {
      const p = chance[o]!;
      if (p === 0) continue;
      this.explore(action, o, steps[o]!, state, terms, utilities, small, turn, remaining, window, weights, depth, branch);
      addScaled(out, p, branch, carried);
    }
  }

  /** out = W(s_ao, turn, remaining): makes the move in place, looks on, and takes it back. */
  private explore(
    action: Action,
    outcome: number,
    step: Step,
    state: Float64Array,
    terms: Float64Array,
    utilities: Float64Array,
    small: boolean,
    turn: number,
    remaining: number,
    window: Window,
    weights: Float64Array,
    depth: number,
    out: Float64Array,
  ): void {
    const level = this.levels[depth]!;
    const { bounds } = this.scenario;
    const effect = action.effect;
    const chanceEffect = action.outcomes[outcome]!.effect;
    let move = step.move;
    if (move === undefined) move = step.move = moveCode(bounds, [effect, chanceEffect], window.terms, step.stale) ?? null;
    const leaf = remaining === 0 || turn > this.scenario.settings.horizon;
    const after = level.terms;
    // An inner node needs every term after the move; a leaf only the stale ones.
    if (!leaf) for (let k = 0; k < window.size; k++) after[k] = terms[k]!;
    let written: number;
    if (move !== null) written = move(state, level.undo, after);
    else {
      written = applyEffectUndoably(bounds, effect, state, level.undo, 0);
      written = applyEffectUndoably(bounds, chanceEffect, state, level.undo, written);
      for (let i = 0; i < step.stale.length; i++) evaluateInto(window.terms[step.stale[i]!]!, state, after, step.stale[i]!);
    }
    if (leaf) this.leaf(window, weights, step.stale, terms, utilities, small, after, out);
    else this.future(state, after, level.utilities, utilitiesAt(window, weights, after, level.utilities), turn, remaining, window, weights, depth + 1, out);
    restore(state, level.undo, 0, written);
  }

  /**
   * out = what a leaf carries back, reached by a move: the terms before it (`before`, with
   * their `utilities`, and `small` as `utilitiesAt` says) with the `stale` ones as evaluated
   * after it (in `after`). Throws, as a full evaluation would, for the first term in window
   * order that is not a finite number.
   */
  private leaf(
    window: Window,
    weights: Float64Array,
    stale: Int32Array,
    before: Float64Array,
    utilities: Float64Array,
    small: boolean,
    after: Float64Array,
    out: Float64Array,
  ): void {
    const movers = window.actors.length;
    if (small) {
      for (let j = 0; j < movers; j++) out[j] = utilities[j]!;
      const { owners } = window;
      let i = 0;
      for (; i < stale.length; i++) {
        const k = stale[i]!;
        const value = after[k]!;
        if (!Number.isFinite(value)) break;
        out[owners[k]!]! += weights[k]! * (value - before[k]!);
      }
      if (i === stale.length) {
        if (this.assessing) termsAfterMove(window, before, stale, after, out, movers);
        return;
      }
    }
    // A term before the move is large or not finite, or a stale one after it is not finite:
    // the whole window, checked in window order (which throws for a term that is not
    // finite), summed afresh.
    const full = this.leafTerms;
    termsAfterMove(window, before, stale, after, full, 0);
    checkFinite(window, full);
    utilitiesAt(window, weights, full, out);
    if (this.assessing) for (let k = 0; k < window.size; k++) out[movers + k] = full[k]!;
  }

  /**
   * out = W(state, turn, remaining): expected utilities (and terms, when assessing) after
   * `remaining` more moves; `terms` are the window's terms at `state`, and `utilities` the
   * window actors' utilities there, and `small` as `utilitiesAt` says.
   */
  private future(
    state: Float64Array,
    terms: Float64Array,
    utilities: Float64Array,
    small: boolean,
    turn: number,
    remaining: number,
    window: Window,
    weights: Float64Array,
    depth: number,
    out: Float64Array,
  ): void {
    if (remaining === 0 || turn > this.scenario.settings.horizon) {
      // A leaf reached by passes: the terms at `state`, which must all be finite (the
      // utilities were summed from them whole).
      if (!small) checkFinite(window, terms);
      const movers = window.actors.length;
      for (let j = 0; j < movers; j++) out[j] = utilities[j]!;
      if (this.assessing) for (let k = 0; k < window.size; k++) out[movers + k] = terms[k]!;
      return;
    }
    const level = this.levels[depth]!;
    const moverIndex = this.actorAt(turn);
    const mover = this.scenario.actors[moverIndex]!;
    const { legal, branches, options, replies } = level;
    let count = 0;
    for (let i = 0; i < mover.actions.length; i++) if (isLegal(mover.actions[i]!, state)) legal[count++] = i;
    if (count === 0) {
      this.future(state, terms, utilities, small, turn + 1, remaining - 1, window, weights, depth, out);
      return;
    }
    const position = window.actors.indexOf(moverIndex);
    const steps = window.steps[moverIndex]!;
    for (let i = 0; i < count; i++) {
      const branch = branches[i]!;
      const action = legal[i]!;
      this.expectAction(mover.actions[action]!, steps[action]!, state, terms, utilities, small, turn + 1, remaining - 1, window, weights, depth, branch);
      options[i] = branch[position]!;
    }
    logitProbabilities(options, count, mover.rationality, replies);
    const carried = this.carried(window);
    out.fill(0, 0, carried);
    for (let i = 0; i < count; i++) addScaled(out, replies[i]!, branches[i]!, carried);
  }

  private window(turn: number, lookahead: number, horizon: number): Window {
    const actors: number[] = [];
    for (let t = turn; t <= Math.min(horizon, turn + lookahead); t++) {
      const a = this.actorAt(t);
      if (!actors.includes(a)) actors.push(a);
    }
    const terms = actors.flatMap((a) => this.scenario.actors[a]!.interests.map((interest) => interest.term));
    const owners = Int32Array.from(actors.flatMap((a, j) => this.scenario.actors[a]!.interests.map(() => j)));
    const size = terms.length;
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
    return { actors, size, owners, terms, steps, reads: decisionReads(terms, movers.map((m) => this.scenario.actors[m]!)) };
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

/**
 * The size up to which a leaf's utilities are updated from the move's stale terms rather
 * than summed afresh. An update's rounding grows with the terms before the move, a sum's
 * with those after, so a large term the move cancels would take a small utility's digits.
 * Within 2^10 the update's error stays under 1e-9 for any weights a file may give (24
 * terms of weight at most 100: 2.2e-16 · 24 · 100 · 1024 ≈ 5e-10). Expected terms in the
 * built-in scenarios stay within ±3, and an assessment's terms weigh up to its utilities
 * there within 1e-14.
 */
const SMALL_TERM = 1024;

/**
 * u = each window actor's utility at `terms` (Σ weight · term over its own terms). Returns
 * whether every term is finite and at most SMALL_TERM in size: without finite terms the
 * utilities mean nothing, and without small ones a leaf below sums its utilities afresh.
 */
function utilitiesAt(window: Window, weights: Float64Array, terms: Float64Array, u: Float64Array): boolean {
  const { owners, size } = window;
  u.fill(0, 0, window.actors.length);
  let small = true;
  for (let k = 0; k < size; k++) {
    const value = terms[k]!;
    // NaN fails the comparison too.
    if (!(Math.abs(value) <= SMALL_TERM)) small = false;
    u[owners[k]!]! += weights[k]! * value;
  }
  return small;
}

/** into[at + k] = the window's term k after a move: `after[k]` for the `stale` ones, `before[k]` for the rest. */
function termsAfterMove(window: Window, before: Float64Array, stale: Int32Array, after: Float64Array, into: Float64Array, at: number): void {
  for (let k = 0; k < window.size; k++) into[at + k] = before[k]!;
  for (let s = 0; s < stale.length; s++) into[at + stale[s]!] = after[stale[s]!]!;
}

/** out[k] += p · v[k] for the first `size` entries. */
function addScaled(out: Float64Array, p: number, v: Float64Array, size: number): void {
  for (let k = 0; k < size; k++) out[k]! += p * v[k]!;
}

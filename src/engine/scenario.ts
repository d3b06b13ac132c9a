import type { Evaluator, Store } from './expression/whitelist.js';
import type { FormulaCode } from './expression/generated-code.js';

/**
 * A compiled scenario: what the engine runs. It is built once at load from a validated
 * scenario document (see `src/scenarios`); every expression in it is already a closure,
 * so a run interprets no strings.
 *
 * The state of the world is a vector of quantities; `Quantity.slot` is a quantity's
 * index in that vector.
 *
 * Read-only, its arrays included: variants share arrays with their base, and loading the
 * same file again hands out the same scenario (src/scenarios/compiled-once.ts).
 */
export interface Scenario {
  readonly id: string;
  readonly title: string;
  readonly brief: string;
  /** SHA-256 of the resolved scenario document: actors, world and settings included. */
  readonly hash: string;
  readonly quantities: readonly Quantity[];
  /** The quantities' ranges as vectors, for clamping in the hot loop. */
  readonly bounds: Bounds;
  /** Initial values, one per quantity, before the trigger. */
  readonly initial: Float64Array;
  /** The actors taking part, in turn order. */
  readonly actors: readonly Actor[];
  /** What sets the crisis off, applied once before the first turn. */
  readonly trigger: Trigger;
  /** Random events drawn, in this order, after every turn. */
  readonly events: readonly RandomEvent[];
  /**
   * Events that happen only when a classroom's instructor injects them (`injects:`), after
   * the turn's random events. Empty for most scenarios.
   */
  readonly injects: readonly Inject[];
  /** Named outcomes a batch counts. */
  readonly outcomes: readonly NamedOutcome[];
  readonly settings: Settings;
  /** The overrides (`--set PATH=VALUE`) this scenario was compiled with; empty for none. */
  readonly overrides: Readonly<Record<string, number>>;
  /** Id of the quantity a screen shows beside the turn, if the scenario names one. */
  readonly headline?: string | undefined;
}

export interface Settings {
  /** Number of turns; each turn one actor moves. */
  readonly horizon: number;
  /**
   * Logit rationality λ: 0 picks uniformly among legal actions, large values pick the
   * best. The default for actors; an actor may have its own (`Actor.rationality`).
   */
  readonly rationality: number;
  /** How many following actors' replies a decision anticipates (0 = myopic). */
  readonly lookahead: number;
}

export interface Bounds {
  readonly min: Float64Array;
  readonly max: Float64Array;
  /** 1 where the quantity is an integer. */
  readonly integer: Uint8Array;
}

/** Where a claim in the model comes from: an article file and a verbatim quote from it. */
export interface Citation {
  readonly article: string;
  readonly quote: string;
}

export interface Quantity {
  readonly id: string;
  readonly slot: number;
  readonly label: string;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  /** Integer quantities (rungs, flags) are rounded after every change. */
  readonly integer: boolean;
  /** One line: what the number means. */
  readonly meaning: string;
  /** Where the initial value comes from. */
  readonly source: string;
  /** For a relation between two actors: their ids. */
  readonly between: readonly [string, string] | undefined;
}

/** A compiled expression and where it was written, for run-time error messages. */
export interface Formula {
  readonly evaluate: Evaluator;
  /** Stores the value at `out[at]`; the hot loop uses it, where returning a number would allocate. */
  readonly store?: Store;
  readonly source: string;
  readonly origin: string;
  /**
   * The slots the formula may read, when known: the planner re-evaluates an interest term
   * only after an effect changed one of them. Absent means it may read any slot.
   */
  readonly reads?: Int32Array;
  /** Its syntax tree's nodes, when known: what one evaluation costs, for the search's cap. */
  readonly cost?: number;
  /** Its generated code, when known: the planner fuses a move's formulas into one function. */
  readonly code?: FormulaCode;
  /**
   * For an interest term: the magnitude beyond which evaluating it is an error (its
   * `evaluate` and `store` throw); a fused function checks it inline.
   */
  readonly limit?: number;
}

/** Changes to quantities, all computed from the state before any of them applies. */
export interface Effect {
  readonly slots: Int32Array;
  readonly formulas: readonly Formula[];
}

export interface Interest {
  readonly id: string;
  readonly label: string;
  readonly weight: number;
  /** The term's value at a state; weights make terms comparable, so keep it near [-1, 1]. */
  readonly term: Formula;
  /** Why this term has this weight, in a sentence. */
  readonly rationale: string;
  readonly citation: Citation;
}

export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  readonly interests: readonly Interest[];
  readonly actions: readonly Action[];
  /** Logit λ of this actor's choices (its own, or the scenario's `settings.rationality`). */
  readonly rationality: number;
}

export interface Action {
  readonly id: string;
  readonly label: string;
  readonly citation: Citation;
  /** The action is legal when this is non-zero; always legal when absent. */
  readonly precondition: Formula | undefined;
  /** Applied first, then the drawn chance outcome's effect. */
  readonly effect: Effect;
  /** At least one; an action without declared outcomes has one certain outcome. */
  readonly outcomes: readonly ChanceOutcome[];
  /**
   * Index of the actor whose response the chance outcomes stand for, if the action names
   * one taking part in the scenario: a person at that actor's seat picks the outcome.
   */
  readonly respondent: number | undefined;
}

export interface ChanceOutcome {
  /** Empty for the single implicit outcome of an action that declares none. */
  readonly id: string;
  readonly label: string;
  /** `rest` takes whatever probability the other outcomes leave. */
  readonly probability: Formula | 'rest';
  readonly effect: Effect;
}

export interface Trigger {
  readonly id: string;
  readonly label: string;
  readonly effect: Effect;
}

export interface RandomEvent {
  readonly id: string;
  readonly label: string;
  /** Chance per turn, clamped to [0, 1]. */
  readonly probability: Formula;
  readonly effect: Effect;
}

/** An event with no chance of its own: it happens when the instructor injects it. */
export interface Inject {
  readonly id: string;
  readonly label: string;
  readonly effect: Effect;
}

export interface NamedOutcome {
  readonly id: string;
  readonly label: string;
  readonly condition: Formula;
  /** `ever`: holds after any turn; `end`: holds after the last turn. */
  readonly check: 'ever' | 'end';
}

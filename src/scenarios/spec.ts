/**
 * A scenario as plain data, fully resolved: world quantities, every actor's definition
 * and the settings, with no references left to the built-in library. This is what
 * `compileScenario` turns into a runnable `Scenario`, and what users and property tests
 * can build in code. Scenario files are resolved into it (see `resolve.ts`).
 *
 * Expressions are mathjs text over quantity ids, or plain numbers; see docs/SCENARIOS.md.
 */
export type Expression = string | number;

/** Quantity id → expression giving its new value, computed from the state before the change. */
export type Effects = Readonly<Record<string, Expression>>;

export interface CitationSpec {
  /** File name of one of the articles in `sources/articles`. */
  readonly article: string;
  /** A short passage that appears verbatim in that article. */
  readonly quote: string;
}

export interface QuantitySpec {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly initial: number;
  /**
   * The range a starting value may take, when narrower than [min, max]: relations start
   * within ±100 but moves may carry them further, so that no move meets a wall a starting
   * value can sit against (see docs/MODEL.md, "Relations past ±100").
   */
  readonly start?: { readonly min: number; readonly max: number } | undefined;
  readonly integer?: boolean | undefined;
  readonly meaning: string;
  readonly source: string;
  /** An article passage behind the initial value, when there is one. */
  readonly citation?: CitationSpec | undefined;
  /** Marks a relation between two actors; it can then be read as rel_a_b or rel_b_a. */
  readonly between?: readonly [string, string] | undefined;
}

export interface InterestSpec {
  readonly id: string;
  readonly label: string;
  readonly weight: number;
  readonly expression: Expression;
  readonly rationale: string;
  readonly citation: CitationSpec;
}

export interface ChanceOutcomeSpec {
  readonly id: string;
  readonly label: string;
  /** Probability as an expression, or `rest` for whatever the other outcomes leave. */
  readonly probability: Expression;
  readonly effects?: Effects | undefined;
}

export interface ActionSpec {
  readonly id: string;
  readonly label: string;
  /** Precondition: the action is legal where this is non-zero. */
  readonly when?: Expression | undefined;
  readonly effects?: Effects | undefined;
  readonly outcomes?: readonly ChanceOutcomeSpec[] | undefined;
  /**
   * The actor whose response the chance outcomes stand for ("Iran steps back"): when a
   * person holds that actor's seat, the person picks the outcome rather than the dice.
   */
  readonly respondent?: string | undefined;
  readonly citation: CitationSpec;
}

export interface ActorSpec {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  readonly interests: readonly InterestSpec[];
  readonly actions: readonly ActionSpec[];
  /**
   * This actor's own logit λ, for its choices and for the replies others anticipate from
   * it; absent, `decision.rationality`. Set by an override (`<actor>.rationality`).
   */
  readonly rationality?: number | undefined;
}

export interface TriggerSpec {
  readonly id: string;
  readonly label: string;
  readonly effects: Effects;
  readonly citation?: CitationSpec | undefined;
}

export interface EventSpec {
  readonly id: string;
  readonly label: string;
  /** Chance per turn. */
  readonly probability: Expression;
  readonly effects: Effects;
  readonly citation?: CitationSpec | undefined;
  readonly source?: string | undefined;
}

/** An event only the instructor sets off (`injects:`): a random event with no probability of its own. */
export type InjectSpec = Omit<EventSpec, 'probability'>;

export interface OutcomeSpec {
  readonly id: string;
  readonly label: string;
  readonly when: Expression;
  /** `ever` (default): holds if true after any turn; `end`: true after the last turn. */
  readonly check?: 'ever' | 'end' | undefined;
}

export interface DecisionSpec {
  readonly rationality: number;
  readonly lookahead: number;
}

export interface ScenarioSpec {
  readonly id: string;
  readonly title: string;
  readonly brief: string;
  readonly citations: readonly CitationSpec[];
  readonly quantities: readonly QuantitySpec[];
  /** The actors taking part, in turn order. */
  readonly actors: readonly ActorSpec[];
  readonly horizon: number;
  readonly decision: DecisionSpec;
  readonly trigger: TriggerSpec;
  readonly events: readonly EventSpec[];
  /** Absent when the scenario declares none, so its hash is what it was before injects. */
  readonly injects?: readonly InjectSpec[] | undefined;
  readonly outcomes: readonly OutcomeSpec[];
  /**
   * The overrides already applied to this spec (see `applyOverrides`), PATH → value:
   * a record of them, not instructions; compiling does not apply them again. Absent or
   * empty for a scenario as written.
   */
  readonly overrides?: Readonly<Record<string, number>> | undefined;
  /** Id of the quantity the header shows; when absent, the world's `headline`. */
  readonly headline?: string;
}

/**
 * What a classroom's instructor decides for one turn, beside the people's choices: an input
 * of the run like theirs, kept in its record so a replay plays it again. Ids, not indexes,
 * so a record reads as the scenario names things.
 */
export interface InstructorInput {
  /** The chance outcome of the turn's action, decided instead of drawn. */
  readonly outcome?: string | undefined;
  /**
   * Scenario events whose firing is decided instead of drawn, in the scenario's order:
   * `fires: true` is an injected event.
   */
  readonly events?: readonly EventDecision[] | undefined;
  /** Entries of the scenario's `injects:`, applied after the turn's random events in this order. */
  readonly injects?: readonly string[] | undefined;
}

export interface EventDecision {
  readonly event: string;
  readonly fires: boolean;
}

/** Who settled a chance outcome: the dice ('model'), a person at the respondent's seat, or the instructor. */
export type ChanceDecider = 'model' | 'human' | 'instructor';

/** An event the instructor decided on a played turn, with the chance the model gave it then. */
export interface DecidedEvent {
  /** Index into `Scenario.events`. */
  readonly event: number;
  readonly fires: boolean;
  readonly probability: number;
}

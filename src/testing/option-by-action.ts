import { plannerFor } from '../engine/planner-cache.js';
import type { Assessment } from '../engine/planner.js';
import type { Scenario } from '../engine/scenario.js';
import { checkState } from '../engine/state-check.js';
import { checkAssessment } from '../engine/assessment-check.js';
import { strictRecord } from './strict-record.js';
import { UnknownIdError } from './unknown-id-error.js';

/** One legal option of an assessment, found by its action id. */
export interface OptionView {
  readonly action: string;
  readonly expectedUtility: number;
  readonly probability: number;
  /**
   * Expected value of each of the mover's interest terms, by interest id. Reading an id
   * the mover has no interest of (`terms.ties_with_iraan`) throws an UnknownIdError
   * naming the nearest; `Object.keys`, spread, `in` and `JSON.stringify` work as on a
   * plain object.
   */
  readonly terms: Readonly<Record<string, number>>;
  /** The expected value of interest `id`'s term; throws an UnknownIdError, naming the nearest interest, for an id the mover does not have. */
  term(id: string): number;
}

/**
 * What the actor moving on `turn` expects of each legal action at `state` (a state from
 * `arbitraryState`, say): the planner's assessment, without a run around it. Throws a
 * RangeError for a turn outside 1 … horizon, and a StateError for a state that is not
 * one of the scenario's (wrong length, a value out of its range, not whole where it must be).
 */
export function assessAt(scenario: Scenario, state: Float64Array, turn: number): Assessment {
  if (!Number.isSafeInteger(turn) || turn < 1 || turn > scenario.settings.horizon) {
    throw new RangeError(`assessAt: turn must be from 1 to ${scenario.settings.horizon}, not ${turn}`);
  }
  checkState(scenario, state, 'assessAt');
  return plannerFor(scenario).assess(state, turn);
}

/**
 * The option for action `id` in an assessment, by id rather than by index (indexes shift
 * when an option is illegal at a state). Undefined when the action exists but is not
 * legal there; throws an UnknownIdError (a RangeError), naming the nearest id, when the
 * mover has no such action, and a StateError for an assessment of another scenario.
 */
export function optionByAction(scenario: Scenario, assessment: Assessment, id: string): OptionView | undefined {
  checkAssessment(scenario, assessment, 'optionByAction');
  const actor = scenario.actors[assessment.actor]!;
  const index = actor.actions.findIndex((a) => a.id === id);
  if (index < 0) {
    throw new UnknownIdError('optionByAction', `${actor.name} has no action`, id, actor.actions.map((a) => a.id));
  }
  const i = assessment.legal.indexOf(index);
  return i < 0 ? undefined : optionView(scenario, assessment, i);
}

/** The view of option `i` (an index into `assessment.legal`). */
export function optionView(scenario: Scenario, assessment: Assessment, i: number): OptionView {
  const actor = scenario.actors[assessment.actor]!;
  const interests = actor.interests.map((x) => x.id);
  const terms = strictRecord(Object.fromEntries(interests.map((id, k) => [id, assessment.terms[i]![k]!])), 'terms', `${actor.name} has no interest`);
  return {
    action: actor.actions[assessment.legal[i]!]!.id,
    expectedUtility: assessment.utilities[i]!,
    probability: assessment.probabilities[i]!,
    terms,
    term(interest: string): number {
      if (!Object.hasOwn(terms, interest)) {
        throw new UnknownIdError('term', `${actor.name} has no interest`, interest, interests);
      }
      return terms[interest]!;
    },
  };
}

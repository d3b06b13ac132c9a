import type { Assessment } from '../engine/planner.js';
import type { Scenario } from '../engine/scenario.js';
import { checkAssessment } from '../engine/assessment-check.js';
import { optionByAction, optionView, type OptionView } from './option-by-action.js';
import { UnknownIdError } from './unknown-id-error.js';

/** The legal options of one assessment, by action id. */
export interface Options {
  /** The legal options, in the actor's declared order. */
  readonly all: readonly OptionView[];
  /** Their action ids. */
  readonly ids: readonly string[];
  /**
   * The option for action `id`; undefined when that action is not legal here. Throws an
   * UnknownIdError, naming the nearest id, when the mover has no such action.
   */
  get(id: string): OptionView | undefined;
  /** The option with the highest expected utility (the first on a tie); undefined when the mover can only pass. */
  readonly best: OptionView | undefined;
  /**
   * The option that does most for interest `id` (the highest expected value of its term;
   * the first on a tie); undefined when the mover can only pass. Throws an UnknownIdError
   * for an interest the mover does not have.
   */
  mostFor(id: string): OptionView | undefined;
}

/**
 * An assessment's options by action id, each with its expected utility, probability and
 * terms (`option.term(id)` and `option.terms[id]` throw an UnknownIdError on an interest
 * the mover lacks). Throws a StateError for an assessment of another scenario.
 *
 * ```ts
 * const options = optionsOf(s400, assessAt(s400, state, 1));
 * options.get('deliver_s400')?.probability;       // undefined when not legal at `state`
 * options.mostFor('ties_with_iran')?.action;       // the option best for that interest
 * ```
 */
export function optionsOf(scenario: Scenario, assessment: Assessment): Options {
  checkAssessment(scenario, assessment, 'optionsOf');
  const all = assessment.legal.map((_, i) => optionView(scenario, assessment, i));
  const argmax = (value: (o: OptionView) => number): OptionView | undefined => all.reduce<OptionView | undefined>((a, b) => (a === undefined || value(b) > value(a) ? b : a), undefined);
  const actor = scenario.actors[assessment.actor]!;
  return {
    all,
    ids: all.map((o) => o.action),
    get: (id) => optionByAction(scenario, assessment, id),
    best: argmax((o) => o.expectedUtility),
    mostFor(id) {
      if (!actor.interests.some((i) => i.id === id)) {
        throw new UnknownIdError('mostFor', `${actor.name} has no interest`, id, actor.interests.map((i) => i.id));
      }
      return argmax((o) => o.term(id));
    },
  };
}

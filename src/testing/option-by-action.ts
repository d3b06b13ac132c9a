import { plannerFor } from '../engine/planner-cache.js';
import type { Assessment } from '../engine/planner.js';
import type { Scenario } from '../engine/scenario.js';
import { didYouMean } from '../text/did-you-mean.js';

/** One legal option of an assessment, found by its action id. */
export interface OptionView {
  readonly action: string;
  readonly expectedUtility: number;
  readonly probability: number;
  /** Expected value of each of the mover's interest terms, by interest id. */
  readonly terms: Readonly<Record<string, number>>;
}

/**
 * What the actor moving on `turn` expects of each legal action at `state` (a state from
 * `arbitraryState`, say): the planner's assessment, without a run around it.
 */
export function assessAt(scenario: Scenario, state: Float64Array, turn: number): Assessment {
  if (!Number.isSafeInteger(turn) || turn < 1 || turn > scenario.settings.horizon) {
    throw new RangeError(`assessAt: turn must be from 1 to ${scenario.settings.horizon}, not ${turn}`);
  }
  return plannerFor(scenario).assess(state, turn);
}

/**
 * The option for action `id` in an assessment, by id rather than by index (indexes shift
 * when an option is illegal at a state). Undefined when the action exists but is not
 * legal there; throws a RangeError, naming the nearest id, when the mover has no such action.
 */
export function optionByAction(scenario: Scenario, assessment: Assessment, id: string): OptionView | undefined {
  const actor = scenario.actors[assessment.actor]!;
  const index = actor.actions.findIndex((a) => a.id === id);
  if (index < 0) {
    const ids = actor.actions.map((a) => a.id);
    throw new RangeError(`optionByAction: ${actor.name} has no action '${id}'${didYouMean(id, ids)}; its actions are ${ids.join(', ')}`);
  }
  const i = assessment.legal.indexOf(index);
  if (i < 0) return undefined;
  return {
    action: id,
    expectedUtility: assessment.utilities[i]!,
    probability: assessment.probabilities[i]!,
    terms: Object.fromEntries(actor.interests.map((interest, k) => [interest.id, assessment.terms[i]![k]!])),
  };
}

import type { Assessment } from './planner.js';
import type { Scenario } from './scenario.js';
import { originOf } from './scenario-origin.js';
import { StateError } from './state-error.js';

/**
 * Throws a StateError, its message starting with `caller`, unless `assessment` could be
 * one of `scenario`'s: its turn within the horizon, the actor who moves on it, legal
 * action indexes of that actor in order, and a figure per option and a term per interest.
 * An assessment the engine made remembers its scenario's hash, and must have this one's.
 */
export function checkAssessment(scenario: Scenario, assessment: Assessment, caller: string): void {
  const { turn, actor: index, legal, utilities, probabilities, terms } = assessment;
  const fail = (what: string): never => {
    throw new StateError(`${caller}: the assessment is not one of '${scenario.id}': ${what} (an assessment of another scenario?)`);
  };
  const origin = originOf(assessment);
  if (origin !== undefined && origin.hash !== scenario.hash) fail(`it was made for '${origin.id}' ${origin.hash.slice(0, 19)}…`);
  if (!Number.isSafeInteger(turn) || turn < 1 || turn > scenario.settings.horizon) fail(`its turn ${turn} is not from 1 to ${scenario.settings.horizon}`);
  if (index !== (turn - 1) % scenario.actors.length) fail(`actor ${index} does not move on turn ${turn}`);
  const actor = scenario.actors[index]!;
  if (legal.some((a, i) => !Number.isSafeInteger(a) || a < 0 || a >= actor.actions.length || (i > 0 && a <= legal[i - 1]!))) {
    fail(`its legal actions [${legal.join(', ')}] are not indexes of ${actor.name}'s ${actor.actions.length} actions`);
  }
  if (utilities.length !== legal.length || probabilities.length !== legal.length || terms.length !== legal.length) {
    fail(`it has ${legal.length} options but ${utilities.length} utilities, ${probabilities.length} probabilities and ${terms.length} term lists`);
  }
  if (terms.some((t) => t.length !== actor.interests.length)) fail(`${actor.name} has ${actor.interests.length} interests, but an option has another number of terms`);
}

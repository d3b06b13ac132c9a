import type { Assessment } from './planner.js';
import { plannerFor } from './planner-cache.js';
import { placed } from './run-error.js';
import { atHorizon, type RunState } from './run-state.js';
import type { Actor, Scenario } from './scenario.js';
import { checkRunState } from './state-check.js';

/** The actor who moves next, or undefined when the run is over. */
export function currentActor(scenario: Scenario, run: RunState): Actor | undefined {
  checkRunState(scenario, run, 'currentActor');
  if (atHorizon(scenario, run)) return undefined;
  return scenario.actors[plannerFor(scenario).actorAt(run.turn + 1)];
}

/**
 * What the next mover expects of each legal action, without playing the turn: what a
 * seat in the classroom can be shown before choosing. Undefined when the run is over.
 * Throws a StateError for a run that is not one of this scenario's.
 */
export function assessTurn(scenario: Scenario, run: RunState): Assessment | undefined {
  checkRunState(scenario, run, 'assessTurn');
  if (atHorizon(scenario, run)) return undefined;
  return placed({ seed: run.seed, turn: run.turn + 1 }, () => plannerFor(scenario).assess(run.values, run.turn + 1));
}

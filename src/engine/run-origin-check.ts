import type { RunState } from './run-state-data.js';
import type { Scenario } from './scenario.js';
import { originOf } from './scenario-origin.js';
import { StateError } from './state-error.js';

/**
 * Throws a StateError, its message starting with `caller`, when `run` was made (by
 * `startRun` or `playTurn`) for another scenario than `scenario`: one with another id,
 * even with as many quantities, or one whose quantities or outcomes are not these.
 * A variant of the same scenario (other weights, other overrides: the same state space)
 * may continue or reassess the run. A copy or a run built by hand has no origin; its
 * shape alone is checked, by `checkRunState`.
 */
export function checkRunOrigin(scenario: Scenario, run: RunState, caller: string): void {
  const origin = originOf(run);
  if (origin === undefined || origin.scenario === scenario || origin.hash === scenario.hash) return;
  const made = `${caller}: the run is not one of '${scenario.id}': it was made for '${origin.id}' ${origin.hash.slice(0, 19)}…`;
  if (origin.id !== scenario.id) throw new StateError(made);
  const ids = (list: readonly { readonly id: string }[]) => list.map((x) => x.id).join(' ');
  if (ids(origin.scenario.quantities) !== ids(scenario.quantities)) throw new StateError(`${made}, with other quantities`);
  if (ids(origin.scenario.outcomes) !== ids(scenario.outcomes)) throw new StateError(`${made}, with other outcomes`);
}

import type { Assessment } from '../../engine/planner.js';
import type { RunState } from '../../engine/run-state.js';
import type { Scenario } from '../../engine/scenario.js';

/**
 * What a call may not change, as text: a run state's values, outcome flags and
 * generator; an assessment's figures; a scenario's numbers. Two equal snapshots taken
 * around a call mean the call left its inputs alone.
 */
export function runSnapshot(run: RunState): string {
  return JSON.stringify([run.seed, run.turn, [...run.values], [...run.reached], run.random]);
}

export function assessmentSnapshot(assessment: Assessment): string {
  const { turn, actor, legal, utilities, probabilities, terms } = assessment;
  return JSON.stringify([turn, actor, legal, [...utilities], [...probabilities], terms.map((t) => [...t])]);
}

export function scenarioSnapshot(scenario: Scenario): string {
  const { initial, bounds, settings, actors } = scenario;
  return JSON.stringify([
    [...initial],
    [...bounds.min],
    [...bounds.max],
    [...bounds.integer],
    settings,
    actors.map((a) => [a.rationality, a.interests.map((i) => i.weight), a.actions.length]),
  ]);
}

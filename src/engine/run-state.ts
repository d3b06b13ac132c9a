import { applyEffect, finite } from './effect.js';
import { SeededRandom } from './random.js';
import { placed } from './run-error.js';
import type { RunState } from './run-state-data.js';
import type { Scenario } from './scenario.js';
import { markOrigin } from './scenario-origin.js';
import { checkRunState } from './state-check.js';

export type { RunState } from './run-state-data.js';

/**
 * The run after the trigger, before the first turn. The engine remembers which scenario
 * a run state it made is of (aside, not in the state), so a run of another scenario is
 * refused even when it has as many quantities.
 */
export function startRun(scenario: Scenario, seed: number): RunState {
  const random = SeededRandom.fromSeed(seed);
  const values = new Float64Array(scenario.initial);
  const reached = new Uint8Array(scenario.outcomes.length);
  placed({ seed, turn: 0 }, () => {
    applyEffect(scenario.bounds, scenario.trigger.effect, values, values);
    markReached(scenario, values, reached);
  });
  return markOrigin({ seed, turn: 0, values, random: random.state(), reached }, scenario);
}

/**
 * Whether the run has played its last turn (reached the scenario's horizon). Throws a
 * StateError for a run that is not one of the scenario's, as `playTurn` does.
 */
export function isFinished(scenario: Scenario, run: RunState): boolean {
  checkRunState(scenario, run, 'isFinished');
  return atHorizon(scenario, run);
}

/** isFinished without the check, for the engine's own loops over a run it has checked. */
export function atHorizon(scenario: Scenario, run: RunState): boolean {
  return run.turn >= scenario.settings.horizon;
}

/** Sets the flag of every `ever` outcome that holds at `values`. */
export function markReached(scenario: Scenario, values: Float64Array, reached: Uint8Array): void {
  const { outcomes } = scenario;
  for (let i = 0; i < outcomes.length; i++) {
    const outcome = outcomes[i]!;
    if (outcome.check === 'ever' && reached[i] === 0 && finite(outcome.condition, values) !== 0) reached[i] = 1;
  }
}

/** Which named outcomes hold for a finished (or abandoned) run. Throws a StateError for a run that is not one of the scenario's. */
export function outcomesHeld(scenario: Scenario, run: RunState): boolean[] {
  checkRunState(scenario, run, 'outcomesHeld');
  return placed({ seed: run.seed, turn: run.turn }, () =>
    scenario.outcomes.map((outcome, i) =>
      outcome.check === 'ever' ? run.reached[i] === 1 : finite(outcome.condition, run.values) !== 0,
    ),
  );
}

import { chanceProbabilities, drawIndex } from './chance.js';
import { applyEffect, finite } from './effect.js';
import type { Assessment } from './planner.js';
import { plannerFor } from './planner-cache.js';
import { SeededRandom } from './random.js';
import { placed } from './run-error.js';
import { atHorizon, markReached, type RunState } from './run-state.js';
import type { Scenario } from './scenario.js';
import { markOrigin } from './scenario-origin.js';
import { checkRunState } from './state-check.js';
import type { TurnRefusal } from './turn-error.js';

export type Decider = 'model' | 'human';

/** What happened on one turn, as indexes into the scenario; `toTurnRecord` names them. */
export interface PlayedTurn {
  readonly turn: number;
  readonly actor: number;
  readonly assessment: Assessment;
  /** Index into `assessment.legal` of the action taken; -1 when the actor had to pass. */
  readonly chosen: number;
  readonly decidedBy: Decider;
  /** Index of the chance outcome drawn; -1 when the actor passed. */
  readonly outcome: number;
  readonly outcomeProbability: number;
  /** Indexes of the random events that fired after the move. */
  readonly events: readonly number[];
}

export interface TurnPlayed {
  readonly ok: true;
  readonly run: RunState;
  readonly played: PlayedTurn;
}

/**
 * Plays the next turn: the actor on turn assesses its legal actions, picks one by logit
 * (or takes `choice`, a human's action id), a chance outcome is drawn, then each random
 * event. Pure: the same scenario, run state and choice always give the same result.
 *
 * Every turn draws exactly 2 + (number of events) numbers from the generator, whoever
 * decides, so a human's choice changes what happens but not which draw decides it.
 * Throws a StateError for a run that is not one of this scenario's (see `checkRunState`).
 */
export function playTurn(scenario: Scenario, run: RunState, choice?: string): TurnPlayed | TurnRefusal {
  checkRunState(scenario, run, 'playTurn');
  return placed({ seed: run.seed, turn: run.turn + 1 }, () => play(scenario, run, choice, undefined));
}

/**
 * playTurn with the mover's assessment already made (by `assessTurn` on this same run
 * state), so the turn loop and a waiting seat search the game tree once per turn.
 */
export function playAssessedTurn(scenario: Scenario, run: RunState, assessment: Assessment, choice?: string): TurnPlayed | TurnRefusal {
  return placed({ seed: run.seed, turn: run.turn + 1 }, () => play(scenario, run, choice, assessment));
}

function play(scenario: Scenario, run: RunState, choice: string | undefined, assessed: Assessment | undefined): TurnPlayed | TurnRefusal {
  if (atHorizon(scenario, run)) {
    return { ok: false, error: 'run-finished', message: `the run ended after turn ${run.turn}` };
  }
  const planner = plannerFor(scenario);
  const turn = run.turn + 1;
  const assessment = assessed ?? planner.assess(run.values, turn);
  const actor = scenario.actors[assessment.actor]!;
  const random = SeededRandom.fromState(run.random);
  const choiceDraw = random.next();
  const chanceDraw = random.next();

  let chosen = -1;
  let decidedBy: Decider = 'model';
  if (choice !== undefined) {
    const index = actor.actions.findIndex((a) => a.id === choice);
    if (index < 0) {
      return { ok: false, error: 'unknown-action', message: `${actor.name} has no action '${choice}'` };
    }
    chosen = assessment.legal.indexOf(index);
    if (chosen < 0) {
      return { ok: false, error: 'illegal-action', message: `${actor.name} cannot '${choice}' now: its precondition does not hold` };
    }
    decidedBy = 'human';
  } else if (assessment.legal.length > 0) {
    chosen = drawIndex(assessment.probabilities, assessment.legal.length, choiceDraw);
  }

  let values = run.values;
  let outcome = -1;
  let outcomeProbability = 1;
  if (chosen >= 0) {
    const action = actor.actions[assessment.legal[chosen]!]!;
    const probabilities = new Float64Array(action.outcomes.length);
    chanceProbabilities(action, values, probabilities);
    outcome = drawIndex(probabilities, action.outcomes.length, chanceDraw);
    outcomeProbability = probabilities[outcome]!;
    values = planner.outcomeState(action, outcome, values, new Float64Array(values.length));
  } else {
    values = new Float64Array(values);
  }

  const events: number[] = [];
  scenario.events.forEach((event, i) => {
    const p = Math.min(1, Math.max(0, finite(event.probability, values)));
    if (random.next() < p) {
      applyEffect(scenario.bounds, event.effect, values, values);
      events.push(i);
    }
  });

  const reached = new Uint8Array(run.reached);
  markReached(scenario, values, reached);
  return {
    ok: true,
    run: markOrigin({ seed: run.seed, turn, values, random: random.state(), reached }, scenario),
    played: { turn, actor: assessment.actor, assessment, chosen, decidedBy, outcome, outcomeProbability, events },
  };
}

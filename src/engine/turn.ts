import { chanceProbabilities, drawIndex } from './chance.js';
import { applyEffect, finite } from './effect.js';
import type { Assessment } from './planner.js';
import { plannerFor } from './planner-cache.js';
import { SeededRandom } from './random.js';
import { placed } from './run-error.js';
import { atHorizon, markReached, type RunState } from './run-state.js';
import type { Action, Scenario } from './scenario.js';
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
  /** Index of the chance outcome drawn (or picked by the respondent's seat); -1 when the actor passed. */
  readonly outcome: number;
  /** Who decided the chance outcome: the dice ('model'), or a person at the respondent's seat. */
  readonly outcomeDecidedBy: Decider;
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
 * `response` is the chance outcome a person at the action's respondent's seat picks
 * (`Action.respondent`): "Iran steps back" is Iran's to decide when people play Iran.
 *
 * Every turn draws exactly 2 + (number of events) numbers from the generator, whoever
 * decides, so a human's choice changes what happens but not which draw decides it.
 * Throws a StateError for a run that is not one of this scenario's (see `checkRunState`).
 */
export function playTurn(scenario: Scenario, run: RunState, choice?: string, response?: string): TurnPlayed | TurnRefusal {
  checkRunState(scenario, run, 'playTurn');
  return placed({ seed: run.seed, turn: run.turn + 1 }, () => play(scenario, run, choice, undefined, response));
}

/**
 * playTurn with the mover's assessment already made (by `assessTurn` on this same run
 * state), so the turn loop and a waiting seat search the game tree once per turn.
 */
export function playAssessedTurn(scenario: Scenario, run: RunState, assessment: Assessment, choice?: string, response?: string): TurnPlayed | TurnRefusal {
  return placed({ seed: run.seed, turn: run.turn + 1 }, () => play(scenario, run, choice, assessment, response));
}

/**
 * The index into `assessment.legal` the model will draw on the coming turn, read from the
 * run's generator without advancing it: what `playTurn` picks when no person chooses.
 */
export function modelChoice(run: RunState, assessment: Assessment): number {
  if (assessment.legal.length === 0) return -1;
  return drawIndex(assessment.probabilities, assessment.legal.length, SeededRandom.fromState(run.random).next());
}

function play(
  scenario: Scenario,
  run: RunState,
  choice: string | undefined,
  assessed: Assessment | undefined,
  response: string | undefined,
): TurnPlayed | TurnRefusal {
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
  let outcomeDecidedBy: Decider = 'model';
  if (chosen >= 0) {
    const action = actor.actions[assessment.legal[chosen]!]!;
    const probabilities = new Float64Array(action.outcomes.length);
    chanceProbabilities(action, values, probabilities);
    if (response === undefined) {
      outcome = drawIndex(probabilities, action.outcomes.length, chanceDraw);
    } else {
      outcome = action.outcomes.findIndex((o) => o.id === response);
      const refusal = refuseResponse(scenario, action, response, outcome, probabilities);
      if (refusal !== undefined) return refusal;
      outcomeDecidedBy = 'human';
    }
    outcomeProbability = probabilities[outcome]!;
    values = planner.outcomeState(action, outcome, values, new Float64Array(values.length));
  } else if (response !== undefined) {
    return { ok: false, error: 'illegal-action', message: `${actor.name} passes: there is no response to choose` };
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
    played: { turn, actor: assessment.actor, assessment, chosen, decidedBy, outcome, outcomeDecidedBy, outcomeProbability, events },
  };
}

/** Why a person's pick of a chance outcome is refused, if it is. */
function refuseResponse(scenario: Scenario, action: Action, response: string, outcome: number, probabilities: Float64Array): TurnRefusal | undefined {
  const respondent = action.respondent === undefined ? undefined : scenario.actors[action.respondent];
  if (respondent === undefined) {
    return { ok: false, error: 'illegal-action', message: `the outcome of '${action.id}' is left to chance, not to a respondent` };
  }
  if (outcome < 0) {
    return { ok: false, error: 'unknown-action', message: `${respondent.name} has no response '${response}' to '${action.id}'` };
  }
  if (probabilities[outcome]! <= 0) {
    return { ok: false, error: 'illegal-action', message: `${respondent.name} cannot answer '${action.id}' with '${response}' now: it has no chance of happening` };
  }
  return undefined;
}

import { chanceProbabilities, drawIndex, eventProbability } from './chance.js';
import { applyEffect } from './effect.js';
import type { Assessment } from './planner.js';
import { plannerFor } from './planner-cache.js';
import { SeededRandom } from './random.js';
import type { ChanceDecider, DecidedEvent, InstructorInput } from './instructor-input.js';
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
  /** Index of the chance outcome drawn (or picked by the respondent's seat or the instructor); -1 when the actor passed. */
  readonly outcome: number;
  /** Who decided the chance outcome: the dice ('model'), a person at the respondent's seat, or the instructor. */
  readonly outcomeDecidedBy: ChanceDecider;
  /** The model's probability of the outcome, whoever decided it. */
  readonly outcomeProbability: number;
  /** Indexes of the random events that fired after the move (drawn or decided). */
  readonly events: readonly number[];
  /** The events whose firing the instructor decided, in the scenario's order. */
  readonly decidedEvents: readonly DecidedEvent[];
  /** Indexes into `Scenario.injects` of the injects applied after the events, in order. */
  readonly injects: readonly number[];
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
 * `instructor` is what a classroom's instructor decided for the turn: its chance outcome,
 * whether random events fire, and injects applied after them (see `InstructorInput`).
 *
 * Every turn draws exactly 2 + (number of events) numbers from the generator, whoever
 * decides, so a human's choice changes what happens but not which draw decides it; a
 * draw the instructor overrules is drawn and left unused, so the turns after it draw
 * what they would have.
 * Throws a StateError for a run that is not one of this scenario's (see `checkRunState`).
 */
export function playTurn(scenario: Scenario, run: RunState, choice?: string, response?: string, instructor?: InstructorInput): TurnPlayed | TurnRefusal {
  checkRunState(scenario, run, 'playTurn');
  return placed({ seed: run.seed, turn: run.turn + 1 }, () => play(scenario, run, choice, undefined, response, instructor));
}

/**
 * playTurn with the mover's assessment already made (by `assessTurn` on this same run
 * state), so the turn loop and a waiting seat search the game tree once per turn.
 */
export function playAssessedTurn(
  scenario: Scenario,
  run: RunState,
  assessment: Assessment,
  choice?: string,
  response?: string,
  instructor?: InstructorInput,
): TurnPlayed | TurnRefusal {
  return placed({ seed: run.seed, turn: run.turn + 1 }, () => play(scenario, run, choice, assessment, response, instructor));
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
  instructor: InstructorInput | undefined,
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

  const action = chosen >= 0 ? actor.actions[assessment.legal[chosen]!]! : undefined;
  const orders = instructorOrders(scenario, instructor, action, response);
  if ('ok' in orders) return orders;

  let values = run.values;
  let outcome = -1;
  let outcomeProbability = 1;
  let outcomeDecidedBy: ChanceDecider = 'model';
  if (action !== undefined) {
    const probabilities = new Float64Array(action.outcomes.length);
    chanceProbabilities(action, values, probabilities);
    if (orders.outcome >= 0) {
      // The instructor's outcome stands whatever its chance: the record keeps that chance beside it.
      outcome = orders.outcome;
      outcomeDecidedBy = 'instructor';
    } else if (response === undefined) {
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
  const decidedEvents: DecidedEvent[] = [];
  scenario.events.forEach((event, i) => {
    const p = eventProbability(event.probability, values);
    // Drawn even when the instructor decides, so later draws are the ones they would be.
    const draw = random.next();
    const decided = orders.events[i] ?? -1;
    if (decided >= 0) decidedEvents.push({ event: i, fires: decided === 1, probability: p });
    if (decided >= 0 ? decided === 1 : draw < p) {
      applyEffect(scenario.bounds, event.effect, values, values);
      events.push(i);
    }
  });
  for (const i of orders.injects) applyEffect(scenario.bounds, scenario.injects[i]!.effect, values, values);

  const reached = new Uint8Array(run.reached);
  markReached(scenario, values, reached);
  return {
    ok: true,
    run: markOrigin({ seed: run.seed, turn, values, random: random.state(), reached }, scenario),
    played: {
      turn,
      actor: assessment.actor,
      assessment,
      chosen,
      decidedBy,
      outcome,
      outcomeDecidedBy,
      outcomeProbability,
      events,
      decidedEvents,
      injects: orders.injects,
    },
  };
}

/** The instructor's input by index: the outcome (-1 for none), per event 1 fires / 0 not / -1 drawn, the injects. */
interface Orders {
  readonly outcome: number;
  readonly events: Int8Array;
  readonly injects: readonly number[];
}

/** No instructor: every event drawn (an empty `events` reads as -1, undecided), nothing injected. */
const NO_ORDERS: Orders = { outcome: -1, events: new Int8Array(0), injects: [] };

/** The instructor's input for a turn as indexes, or why the rules refuse it. */
function instructorOrders(scenario: Scenario, input: InstructorInput | undefined, action: Action | undefined, response: string | undefined): Orders | TurnRefusal {
  // Most turns have no instructor: nothing is allocated for them.
  if (input === undefined) return NO_ORDERS;
  const events = new Int8Array(scenario.events.length).fill(-1);
  let outcome = -1;
  if (input.outcome !== undefined) {
    if (action === undefined) return { ok: false, error: 'illegal-action', message: 'the mover passes: there is no chance outcome for the instructor to decide' };
    if (response !== undefined) return { ok: false, error: 'illegal-action', message: `a person answered '${action.id}': the instructor cannot decide its outcome too` };
    outcome = action.outcomes.findIndex((o) => o.id === input.outcome);
    if (outcome < 0 || action.outcomes[outcome]!.id === '') {
      return { ok: false, error: 'unknown-action', message: `'${action.id}' has no chance outcome '${input.outcome}'` };
    }
  }
  for (const { event, fires } of input.events ?? []) {
    const i = scenario.events.findIndex((e) => e.id === event);
    if (i < 0) return { ok: false, error: 'unknown-action', message: `the scenario has no random event '${event}'` };
    events[i] = fires ? 1 : 0;
  }
  const injects: number[] = [];
  for (const id of input.injects ?? []) {
    const i = scenario.injects.findIndex((e) => e.id === id);
    if (i < 0) return { ok: false, error: 'unknown-action', message: `the scenario has no inject '${id}'` };
    injects.push(i);
  }
  return { outcome, events, injects };
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

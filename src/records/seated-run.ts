import type { Assessment } from '../engine/planner.js';
import { type OptionRecord, type RunRecord, type TurnRecord, toOptionRecords, toRunRecord, toTurnRecord } from './run-record.js';
import { isFinished, outcomesHeld, type RunState, startRun } from '../engine/run-state.js';
import type { Action, Actor, Scenario } from '../engine/scenario.js';
import { chanceProbabilities } from '../engine/chance.js';
import { didYouMean } from '../text/did-you-mean.js';
import type { TurnRefusal } from '../engine/turn-error.js';
import { playAll, playTurns, takenAction, WAIT } from '../engine/turn-loop.js';
import { playAssessedTurn, type TurnPlayed } from '../engine/turn.js';
import { afterTurn, hasOrders, inputFor, type InstructorOrder, type InstructorOrders, NO_ORDERS, withOrder } from './instructor-orders.js';

/**
 * A run in which people hold some actors' seats. The model plays every other actor's
 * turns as soon as they come up, and the run waits at each seated actor's turn for a
 * person's choice. Pure data, like RunState: every step returns a new SeatedRun.
 */
export interface SeatedRun {
  readonly scenario: Scenario;
  /** Ids of the actors people play. */
  readonly seats: ReadonlySet<string>;
  /** The run right after the trigger. */
  readonly start: RunState;
  /** The run as far as it has been played. */
  readonly run: RunState;
  readonly turns: readonly TurnRecord[];
  /** The seated turn the run is waiting on; undefined once the run is finished. */
  readonly pending: PendingDecision | undefined;
  /** What a classroom's instructor has ordered and the run has not yet played; absent for none. */
  readonly orders?: InstructorOrders | undefined;
}

/**
 * A person's turn, assessed once when the run reached it: everything a seat shows
 * before the choice, and what playing the choice reuses, so no key or redraw searches again.
 */
export interface PendingDecision {
  readonly actor: Actor;
  readonly assessment: Assessment;
  /**
   * The legal options, in the actor's declared order, as the turn's record will store
   * them: a figure seen before choosing is the one a replay shows of that turn.
   */
  readonly options: readonly OptionRecord[];
  /**
   * Present when the seat answers another actor's move rather than making its own: the
   * seat picks which of the move's chance outcomes happens (`Action.respondent`).
   */
  readonly response?: PendingResponse | undefined;
}

/** A move the awaited seat answers: the seat picks one of `outcomes`. */
export interface PendingResponse {
  readonly mover: Actor;
  readonly action: Action;
  /** The mover's action id when a person chose it; undefined when the model did. */
  readonly choice: string | undefined;
  /** The outcomes that can happen, in declared order, with the model's probability of each. */
  readonly outcomes: readonly ResponseOption[];
}

export interface ResponseOption {
  readonly id: string;
  readonly label: string;
  /** How likely the dice would have made it, had nobody held the seat. */
  readonly probability: number;
}

/** Starts a run and plays the model's turns up to the first seated turn (or the end). */
export function openSeatedRun(scenario: Scenario, seed: number, seats: Iterable<string> = []): SeatedRun {
  const seatSet = new Set(seats);
  for (const id of seatSet) {
    if (!scenario.actors.some((a) => a.id === id)) {
      const ids = scenario.actors.map((a) => a.id);
      throw new RangeError(`no actor '${id}' takes part in '${scenario.id}'${didYouMean(id, ids)}; actors: ${ids.join(', ')}`);
    }
  }
  const start = startRun(scenario, seed);
  return advance({ scenario, seats: seatSet, start, run: start, turns: [], pending: undefined });
}

/** The seated actor whose turn the run is waiting on, if any. */
export function awaitedSeat(seated: SeatedRun): Actor | undefined {
  return seated.pending?.actor;
}

/**
 * Plays a person's choice for the awaited seat, then the model's turns up to the next
 * seat. A choice the rules refuse leaves the run unchanged and says why.
 */
export function chooseForSeat(seated: SeatedRun, action: string): SeatedRun | TurnRefusal {
  const { pending, scenario, seats } = seated;
  if (pending === undefined) {
    return { ok: false, error: 'run-finished', message: 'no seated actor is waiting to move' };
  }
  if (pending.response === undefined) {
    // A move another seat answers waits for that seat's response before it is played.
    const taken = pending.actor.actions.find((a) => a.id === action);
    const respondent = taken?.respondent === undefined ? undefined : scenario.actors[taken.respondent]!;
    if (taken && respondent && seats.has(respondent.id) && pending.assessment.legal.includes(pending.actor.actions.indexOf(taken))) {
      return { ...seated, pending: { ...pending, actor: respondent, response: pendingResponse(seated.run, pending.actor, taken, action) } };
    }
  }
  const choice = pending.response ? pending.response.choice : action;
  const response = pending.response ? action : undefined;
  const taken = takenAction(scenario, seated.run, pending.assessment, choice);
  const orders = seated.orders ?? NO_ORDERS;
  const result = playAssessedTurn(scenario, seated.run, pending.assessment, choice, response, inputFor(scenario, orders, taken, response !== undefined));
  if (!result.ok) return result;
  return advance(played(seated, result, orders));
}

/**
 * Adds the instructor's order to the orders the run will play: events and injects at the
 * next turn, whoever plays it; an outcome the next time its action's outcome is left to
 * the dice. Refused for an id the scenario does not have, or once the run is finished.
 */
export function giveOrder(seated: SeatedRun, order: InstructorOrder): SeatedRun | TurnRefusal {
  if (isComplete(seated)) return { ok: false, error: 'run-finished', message: 'the run is finished: there is no next turn to decide' };
  const orders = withOrder(seated.scenario, seated.orders ?? NO_ORDERS, order);
  if ('ok' in orders) return orders;
  return { ...seated, orders: pendingOrders(orders) };
}

export function isComplete(seated: SeatedRun): boolean {
  return isFinished(seated.scenario, seated.run);
}

/** The record of a complete run; undefined while turns remain. */
export function seatedRecord(seated: SeatedRun): RunRecord | undefined {
  if (!isComplete(seated)) return undefined;
  return toRunRecord(seated.scenario, seated.start, seated.turns, outcomesHeld(seated.scenario, seated.run));
}

/** The seated run after a turn played with `orders`: the turn recorded, the orders it spent gone. */
function played(seated: SeatedRun, result: TurnPlayed, orders: InstructorOrders): SeatedRun {
  const turn = toTurnRecord(seated.scenario, result.played, result.run.values);
  return { ...seated, run: result.run, turns: [...seated.turns, turn], pending: undefined, orders: pendingOrders(afterTurn(seated.scenario, orders, result.played)) };
}

/** The orders while any are left, else undefined: a run holds no empty set of orders. */
function pendingOrders(orders: InstructorOrders): InstructorOrders | undefined {
  return hasOrders(orders) ? orders : undefined;
}

/** Plays the model's turns up to the next seat that has a choice to make, or the end. */
function advance(seated: SeatedRun): SeatedRun {
  const { scenario, seats } = seated;
  const turns = [...seated.turns];
  // A seated actor with no legal action has nothing to choose: the run passes for it.
  const wait = (_turn: number, actor: Actor, assessment: Assessment) =>
    seats.has(actor.id) && assessment.legal.length > 0 ? WAIT : undefined;
  const respond = (_turn: number, respondent: Actor) => (seats.has(respondent.id) ? WAIT : undefined);
  let orders = seated.orders ?? NO_ORDERS;
  const instruct = (_turn: number, action: Action | undefined, answered: boolean) => inputFor(scenario, orders, action, answered);
  const end = playAll(playTurns(scenario, seated.run, wait, respond, instruct), ({ played, run }) => {
    turns.push(toTurnRecord(scenario, played, run.values));
    orders = afterTurn(scenario, orders, played);
  });
  seated = { ...seated, orders: pendingOrders(orders) };
  if (end.waiting === undefined) return { ...seated, run: end.run, turns, pending: undefined };
  const mover = scenario.actors[end.waiting.actor]!;
  const waiting = { actor: mover, assessment: end.waiting, options: toOptionRecords(scenario, end.waiting) };
  const pending = end.response
    ? { ...waiting, actor: scenario.actors[end.response.action.respondent!]!, response: pendingResponse(end.run, mover, end.response.action, end.response.choice) }
    : waiting;
  return { ...seated, run: end.run, turns, pending };
}

/**
 * Lets the model play the awaited seat's turn (a classroom's turn timer ran out), then the
 * model's turns up to the next seat. The turn is recorded as the model's, so a replay,
 * which follows only people's choices, plays it again the same way. A seat that was to
 * answer another's move leaves the answer to the dice, as if nobody held it.
 */
export function modelPlaysSeat(seated: SeatedRun): SeatedRun | TurnRefusal {
  const { pending } = seated;
  if (pending === undefined) {
    return { ok: false, error: 'run-finished', message: 'no seated actor is waiting to move' };
  }
  const { scenario, run } = seated;
  const orders = seated.orders ?? NO_ORDERS;
  // The action the turn takes: the move the seat was to answer, or the model's draw for the mover.
  const taken = takenAction(scenario, run, pending.assessment, pending.response?.choice);
  const result = playAssessedTurn(scenario, run, pending.assessment, pending.response?.choice, undefined, inputFor(scenario, orders, taken, false));
  if (!result.ok) return result;
  return advance(played(seated, result, orders));
}

function pendingResponse(run: RunState, mover: Actor, action: Action, choice: string | undefined): PendingResponse {
  const probabilities = new Float64Array(action.outcomes.length);
  chanceProbabilities(action, run.values, probabilities);
  const outcomes = action.outcomes
    .map((o, i) => ({ id: o.id, label: o.label, probability: probabilities[i]! }))
    .filter((o) => o.probability > 0);
  return { mover, action, choice, outcomes };
}

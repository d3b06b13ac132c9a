import { plannerFor } from './planner-cache.js';
import { type RunRecord, type TurnRecord, toRunRecord, toTurnRecord } from '../records/run-record.js';
import { isFinished, outcomesHeld, type RunState, startRun } from './run-state.js';
import type { Actor, Scenario } from './scenario.js';
import type { TurnRefusal } from './turn-error.js';
import { playTurn } from './turn.js';

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
}

/** Starts a run and plays the model's turns up to the first seated turn (or the end). */
export function openSeatedRun(scenario: Scenario, seed: number, seats: Iterable<string> = []): SeatedRun {
  const seatSet = new Set(seats);
  for (const id of seatSet) {
    if (!scenario.actors.some((a) => a.id === id)) {
      throw new RangeError(`no actor '${id}' takes part in '${scenario.id}'; actors: ${scenario.actors.map((a) => a.id).join(', ')}`);
    }
  }
  const start = startRun(scenario, seed);
  return advance({ scenario, seats: seatSet, start, run: start, turns: [] });
}

/** The seated actor whose turn the run is waiting on, if any. */
export function awaitedSeat(seated: SeatedRun): Actor | undefined {
  const { scenario, run } = seated;
  if (isFinished(scenario, run)) return undefined;
  const planner = plannerFor(scenario);
  const index = planner.actorAt(run.turn + 1);
  const actor = scenario.actors[index]!;
  // A seated actor with no legal action has nothing to choose: the run passes for it.
  if (!seated.seats.has(actor.id) || planner.legalActions(index, run.values).length === 0) return undefined;
  return actor;
}

/**
 * Plays a person's choice for the awaited seat, then the model's turns up to the next
 * seat. A choice the rules refuse leaves the run unchanged and says why.
 */
export function chooseForSeat(seated: SeatedRun, action: string): SeatedRun | TurnRefusal {
  if (awaitedSeat(seated) === undefined) {
    return { ok: false, error: 'run-finished', message: 'no seated actor is waiting to move' };
  }
  const result = playTurn(seated.scenario, seated.run, action);
  if (!result.ok) return result;
  const turn = toTurnRecord(seated.scenario, result.played, result.run.values);
  return advance({ ...seated, run: result.run, turns: [...seated.turns, turn] });
}

export function isComplete(seated: SeatedRun): boolean {
  return isFinished(seated.scenario, seated.run);
}

/** The record of a complete run; undefined while turns remain. */
export function seatedRecord(seated: SeatedRun): RunRecord | undefined {
  if (!isComplete(seated)) return undefined;
  return toRunRecord(seated.scenario, seated.start, seated.turns, outcomesHeld(seated.scenario, seated.run));
}

function advance(seated: SeatedRun): SeatedRun {
  let { run } = seated;
  const turns = [...seated.turns];
  while (!isFinished(seated.scenario, run) && awaitedSeat({ ...seated, run }) === undefined) {
    const result = playTurn(seated.scenario, run);
    if (!result.ok) throw new Error(result.message);
    run = result.run;
    turns.push(toTurnRecord(seated.scenario, result.played, run.values));
  }
  return { ...seated, run, turns };
}

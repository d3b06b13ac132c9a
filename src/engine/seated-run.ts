import { ReplayError } from './replay-error.js';
import { assertReplayable } from './replay-check.js';
import { type RunRecord, type TurnRecord, toRunRecord, toTurnRecord } from './run-record.js';
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
  const actor = scenario.actors[run.turn % scenario.actors.length]!;
  return seated.seats.has(actor.id) ? actor : undefined;
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

/**
 * A saved record played again, turn by turn, as a SeatedRun to step through. Every turn
 * must come out exactly as recorded, or a ReplayError names the first that does not.
 */
export function replaySeatedRun(scenario: Scenario, record: RunRecord): SeatedRun {
  assertReplayable(scenario, record);
  const start = startRun(scenario, record.seed);
  let run = start;
  const turns: TurnRecord[] = [];
  for (const recorded of record.turns) {
    const choice = recorded.decidedBy === 'human' ? (recorded.choice ?? undefined) : undefined;
    const result = playTurn(scenario, run, choice);
    if (!result.ok) throw new ReplayError(`turn ${recorded.turn}: ${result.message}`);
    run = result.run;
    const turn = toTurnRecord(scenario, result.played, run.values);
    if (JSON.stringify(turn) !== JSON.stringify(recorded)) {
      throw new ReplayError(`turn ${recorded.turn} does not replay as recorded: the record was altered or is corrupt`);
    }
    turns.push(turn);
  }
  const seats = new Set(record.turns.filter((t) => t.decidedBy === 'human').map((t) => t.actor));
  return { scenario, seats, start, run, turns };
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

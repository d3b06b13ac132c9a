import { ChoiceError } from '../engine/choice-error.js';
import { asJson, firstDifference } from './first-difference.js';
import { ReplayError } from './replay-error.js';
import { RUN_RECORD_FORMAT, type RunRecord, toTurnRecord, type TurnRecord } from './run-record.js';
import { startRun } from '../engine/run-state.js';
import { markOrigin } from '../engine/scenario-origin.js';
import type { Scenario } from '../engine/scenario.js';
import { seatedRecord, type SeatedRun } from './seated-run.js';
import { type LoopEnd, playAll, playTurns } from '../engine/turn-loop.js';
import { ENGINE_VERSION } from '../engine/version.js';
import type { InstructorInput } from '../engine/instructor-input.js';

/**
 * Plays a saved record again from its seed, with the people's choices in it, and checks
 * that everything comes out as recorded: every turn, the trigger, the outcomes. Returns
 * the run to step through; throws a ReplayError naming the first thing that differs, or
 * why the record cannot be replayed here (another scenario, engine version, or an
 * unfinished run).
 */
export function replaySeatedRun(scenario: Scenario, record: RunRecord): SeatedRun {
  assertReplayable(scenario, record);
  const start = startRun(scenario, record.seed);
  const turns: TurnRecord[] = [];
  const recordedChoice = (turn: number): string | undefined => {
    const recorded = record.turns[turn - 1]!;
    return recorded.decidedBy === 'human' ? (recorded.choice ?? undefined) : undefined;
  };
  // A chance outcome a person picked at the respondent's seat is played as picked.
  const recordedResponse = (turn: number): string | undefined => {
    const chance = record.turns[turn - 1]!.chance;
    return chance?.decidedBy === 'human' ? chance.outcome : undefined;
  };
  // The instructor's decisions are inputs of the run, as people's choices are: played as recorded.
  const recordedInstructor = (turn: number): InstructorInput | undefined => instructorInput(record.turns[turn - 1]!);
  let end: LoopEnd;
  try {
    end = playAll(playTurns(scenario, start, recordedChoice, recordedResponse, recordedInstructor), ({ played, run }) => {
      const recorded = record.turns[played.turn - 1]!;
      const turn = toTurnRecord(scenario, played, run.values);
      const difference = firstDifference(recorded, asJson(turn));
      if (difference !== undefined) {
        throw new ReplayError(`turn ${recorded.turn} does not replay as recorded: its ${difference}; the record was altered or is corrupt`);
      }
      turns.push(turn);
    });
  } catch (error) {
    throw error instanceof ChoiceError ? new ReplayError(error.message) : error;
  }
  const { run } = end;
  const seats = new Set(record.turns.filter((t) => t.decidedBy === 'human').map((t) => t.actor));
  for (const t of turns) {
    if (t.chance?.decidedBy !== 'human') continue;
    const action = scenario.actors.find((a) => a.id === t.actor)!.actions.find((a) => a.id === t.choice)!;
    seats.add(scenario.actors[action.respondent!]!.id);
  }
  const seated: SeatedRun = { scenario, seats, start, run, turns, pending: undefined };
  const replayed = seatedRecord(seated)!;
  for (const part of ['scenario', 'settings', 'initial', 'trigger', 'outcomes'] as const) {
    const difference = firstDifference(record[part], asJson(replayed[part]), part);
    if (difference !== undefined) throw new ReplayError(`${difference}: the record was altered or is corrupt`);
  }
  return seated;
}

/** What a turn's record says the instructor decided, as the engine takes it; undefined for nothing. */
function instructorInput(turn: TurnRecord): InstructorInput | undefined {
  const outcome = turn.chance?.decidedBy === 'instructor' ? turn.chance.outcome : undefined;
  const { instructor } = turn;
  if (outcome === undefined && instructor === undefined) return undefined;
  return {
    outcome,
    events: instructor?.events?.map(({ event, fires }) => ({ event, fires })),
    injects: instructor?.injects,
  };
}

/** Plays a saved record again and returns the replayed record, equal to it, or throws a ReplayError. */
export function replayRun(scenario: Scenario, record: RunRecord): RunRecord {
  return seatedRecord(replaySeatedRun(scenario, record))!;
}

/** Throws ReplayError unless `record` is a whole run made by this engine version from this exact scenario. */
function assertReplayable(scenario: Scenario, record: RunRecord): void {
  if (record.format !== RUN_RECORD_FORMAT) throw new ReplayError(`not a run record: format is '${String(record.format)}'`);
  if (record.scenario.id !== scenario.id || record.scenario.hash !== scenario.hash) {
    throw new ReplayError(
      `the record was made with scenario '${record.scenario.id}' ${record.scenario.hash}; this is '${scenario.id}' ${scenario.hash}`,
    );
  }
  if (record.engineVersion !== ENGINE_VERSION) {
    throw new ReplayError(`the record was made by engine ${record.engineVersion}; this is engine ${ENGINE_VERSION}`);
  }
  const { horizon } = scenario.settings;
  if (record.turns.length !== horizon || record.turns.some((t, i) => t.turn !== i + 1)) {
    throw new ReplayError(`the record holds ${record.turns.length} turns, not turns 1 to ${horizon} in order`);
  }
}

/**
 * Why a record cannot be re-checked by this engine although nothing says it was altered:
 * it was made by another engine version, whose runs this one does not reproduce. Undefined
 * for a record of this version (which must replay, or is refused as altered).
 */
export function olderRecord(record: RunRecord): string | undefined {
  if (record.format !== RUN_RECORD_FORMAT || record.engineVersion === ENGINE_VERSION) return undefined;
  return `made by engine ${record.engineVersion}; this is engine ${ENGINE_VERSION}, which does not re-check it`;
}

/**
 * A record as it was saved, for reading only: its turns and states as recorded, nothing
 * replayed, so a teacher's archive of older runs stays readable. The start's values are
 * the recorded trigger state wherever the scenario still has the quantity.
 */
export function recordedSeatedRun(scenario: Scenario, record: RunRecord): SeatedRun {
  const start = startRun(scenario, record.seed);
  const valuesOf = (state: Readonly<Record<string, number>>): Float64Array => {
    const values = new Float64Array(start.values);
    for (const q of scenario.quantities) if (typeof state[q.id] === 'number') values[q.slot] = state[q.id]!;
    return values;
  };
  const last = record.turns.at(-1);
  const run = markOrigin({ ...start, turn: record.turns.length, values: valuesOf(last?.state ?? record.trigger.state) }, scenario);
  const seats = new Set(record.turns.filter((t) => t.decidedBy === 'human').map((t) => t.actor));
  return { scenario, seats, start: markOrigin({ ...start, values: valuesOf(record.trigger.state) }, scenario), run, turns: record.turns, pending: undefined };
}

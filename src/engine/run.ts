import { outcomesHeld, type RunState, startRun } from './run-state.js';
import { type RunRecord, type TurnRecord, toRunRecord, toTurnRecord } from './run-record.js';
import type { Scenario } from './scenario.js';
import { assertReplayable } from './replay-check.js';
import { playTurn } from './turn.js';

export interface RunOptions {
  /** Non-negative integer. Required: a run without a seed could not be reproduced. */
  readonly seed: number;
  /** Actions chosen by people, by turn number; every other turn the model decides. */
  readonly choices?: ReadonlyMap<number, string>;
}

/** Plays a scenario from its trigger to its horizon and records every decision. */
export function runScenario(scenario: Scenario, options: RunOptions): RunRecord {
  const start = startRun(scenario, options.seed);
  let run: RunState = start;
  const turns: TurnRecord[] = [];
  while (run.turn < scenario.settings.horizon) {
    const result = playTurn(scenario, run, options.choices?.get(run.turn + 1));
    if (!result.ok) throw new Error(`turn ${run.turn + 1}: ${result.message}`);
    run = result.run;
    turns.push(toTurnRecord(scenario, result.played, run.values));
  }
  return toRunRecord(scenario, start, turns, outcomesHeld(scenario, run));
}

/**
 * Runs a record's scenario again from its seed, with the same human choices: for a
 * record from this engine version and scenario, the result equals the record.
 */
export function replayRun(scenario: Scenario, record: RunRecord): RunRecord {
  assertReplayable(scenario, record);
  const choices = new Map<number, string>();
  for (const turn of record.turns) {
    if (turn.decidedBy === 'human' && turn.choice !== null) choices.set(turn.turn, turn.choice);
  }
  return runScenario(scenario, { seed: record.seed, choices });
}

/** Which named outcomes held, without building a record: the batch runner's fast path. */
export function runOutcomes(scenario: Scenario, seed: number): boolean[] {
  let run = startRun(scenario, seed);
  while (run.turn < scenario.settings.horizon) {
    const result = playTurn(scenario, run);
    if (!result.ok) throw new Error(result.message);
    run = result.run;
  }
  return outcomesHeld(scenario, run);
}

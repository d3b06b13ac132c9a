import { ChoiceError } from './choice-error.js';
import { outcomesHeld, type RunState, startRun } from './run-state.js';
import { type RunRecord, type TurnRecord, toRunRecord, toTurnRecord } from '../records/run-record.js';
import type { Scenario } from './scenario.js';
import { playTurn } from './turn.js';

export interface RunOptions {
  /** Non-negative integer. Required: a run without a seed could not be reproduced. */
  readonly seed: number;
  /** Actions chosen by people, by turn number; every other turn the model decides. */
  readonly choices?: ReadonlyMap<number, string>;
  /**
   * Called with each turn's record as it is played, so a caller keeps the turns before a
   * RunError (an expression that fails only at some state) and can show how it came about.
   */
  readonly onTurn?: (turn: TurnRecord) => void;
}

/**
 * Plays a scenario from its trigger to its horizon and records every decision. Throws a
 * ChoiceError if one of `choices` is not a legal action on its turn.
 */
export function runScenario(scenario: Scenario, options: RunOptions): RunRecord {
  const start = startRun(scenario, options.seed);
  let run: RunState = start;
  const turns: TurnRecord[] = [];
  while (run.turn < scenario.settings.horizon) {
    const turn = run.turn + 1;
    const result = playTurn(scenario, run, options.choices?.get(turn));
    if (!result.ok) throw new ChoiceError(turn, result);
    run = result.run;
    const record = toTurnRecord(scenario, result.played, run.values);
    turns.push(record);
    options.onTurn?.(record);
  }
  return toRunRecord(scenario, start, turns, outcomesHeld(scenario, run));
}

/** Which named outcomes held, without building a record: the batch runner's fast path. */
export function runOutcomes(scenario: Scenario, seed: number): boolean[] {
  let run = startRun(scenario, seed);
  while (run.turn < scenario.settings.horizon) {
    const result = playTurn(scenario, run);
    if (!result.ok) throw new ChoiceError(run.turn + 1, result);
    run = result.run;
  }
  return outcomesHeld(scenario, run);
}

import { outcomesHeld, startRun } from '../engine/run-state.js';
import { type RunRecord, type TurnRecord, toRunRecord, toTurnRecord } from './run-record.js';
import type { Scenario } from '../engine/scenario.js';
import { playAll, playTurns } from '../engine/turn-loop.js';

export interface RunOptions {
  /** A whole number from 0 to Number.MAX_SAFE_INTEGER. Required: a run without a seed could not be reproduced. */
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
 * ChoiceError if one of `choices` is not a legal action on its turn, and a RangeError for a
 * missing or invalid seed (`requireSeed`).
 */
export function runScenario(scenario: Scenario, options: RunOptions): RunRecord {
  // Called from JavaScript without options, it says what it needs rather than failing on `undefined.seed`.
  if (typeof options !== 'object' || options === null) throw new RangeError('runScenario needs options with a seed: runScenario(scenario, { seed: 1 })');
  const start = startRun(scenario, options.seed);
  const { choices } = options;
  const turns: TurnRecord[] = [];
  const end = playAll(playTurns(scenario, start, choices && ((turn) => choices.get(turn))), ({ played, run }) => {
    const record = toTurnRecord(scenario, played, run.values);
    turns.push(record);
    options.onTurn?.(record);
  });
  return toRunRecord(scenario, start, turns, outcomesHeld(scenario, end.run));
}

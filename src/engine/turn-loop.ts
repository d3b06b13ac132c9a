import { assessTurn } from './assess-turn.js';
import { ChoiceError } from './choice-error.js';
import type { Assessment } from './planner.js';
import { atHorizon, type RunState } from './run-state.js';
import type { Actor, Scenario } from './scenario.js';
import { playAssessedTurn, type TurnPlayed } from './turn.js';

/** What `decide` returns to stop the loop before a turn, leaving it for a person to play. */
export const WAIT = Symbol('wait');

/**
 * Who plays the coming turn, told the mover and what it expects of each legal action:
 * an action id (a person's choice), undefined (the model draws one), or WAIT.
 */
export type Decide = (turn: number, actor: Actor, assessment: Assessment) => string | undefined | typeof WAIT;

/** Where the loop stopped: at the horizon, or before a turn `decide` left waiting. */
export interface LoopEnd {
  readonly run: RunState;
  /** The waiting turn's assessment; undefined when the run is finished. */
  readonly waiting: Assessment | undefined;
}

/**
 * The one turn loop every reference run uses (a scripted run, people at seats, replay,
 * the state before a turn that a decision margin explains): from `run`, assess the mover
 * once, ask `decide`, play
 * the turn, yield it; until the horizon or a WAIT. Returns where it stopped. Throws a
 * ChoiceError when the rules refuse a choice `decide` made. (A batch's fast path,
 * `src/batch/lean-run.ts`, plays the same rules without records, held to this loop by
 * property tests over generated scenarios.)
 */
export function* playTurns(scenario: Scenario, run: RunState, decide?: Decide): Generator<TurnPlayed, LoopEnd, void> {
  let current = run;
  while (!atHorizon(scenario, current)) {
    const assessment = assessTurn(scenario, current)!;
    const choice = decide?.(current.turn + 1, scenario.actors[assessment.actor]!, assessment);
    if (choice === WAIT) return { run: current, waiting: assessment };
    const result = playAssessedTurn(scenario, current, assessment, choice);
    if (!result.ok) throw new ChoiceError(current.turn + 1, result);
    current = result.run;
    yield result;
  }
  return { run: current, waiting: undefined };
}

/** Plays `run` to the end of the loop, handing each turn to `onTurn`; returns where it stopped. */
export function playAll(
  turns: Generator<TurnPlayed, LoopEnd, void>,
  onTurn?: (played: TurnPlayed) => void,
): LoopEnd {
  for (;;) {
    const step = turns.next();
    if (step.done) return step.value;
    onTurn?.(step.value);
  }
}

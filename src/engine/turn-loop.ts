import { assessTurn } from './assess-turn.js';
import { ChoiceError } from './choice-error.js';
import type { InstructorInput } from './instructor-input.js';
import type { Assessment } from './planner.js';
import { atHorizon, type RunState } from './run-state.js';
import type { Action, Actor, Scenario } from './scenario.js';
import { modelChoice, playAssessedTurn, type TurnPlayed } from './turn.js';

/** What `decide` returns to stop the loop before a turn, leaving it for a person to play. */
export const WAIT = Symbol('wait');

/**
 * Who picks the chance outcome of an action that names a respondent (`Action.respondent`),
 * told the turn, the respondent and the action taken: an outcome id (a person's pick),
 * undefined (the dice), or WAIT.
 */
export type Respond = (turn: number, respondent: Actor, action: Action) => string | undefined | typeof WAIT;

/**
 * What the instructor decided for the coming turn, told the turn and the action it takes
 * (undefined when the mover passes) and whether a person answers that action's outcome:
 * undefined for nothing.
 */
export type Instruct = (turn: number, action: Action | undefined, answered: boolean) => InstructorInput | undefined;

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
  /**
   * When the loop waits for a respondent rather than the mover: the action taken (by the
   * model, or `choice`, a person's), whose outcome `respond` left waiting.
   */
  readonly response?: { readonly action: Action; readonly choice: string | undefined } | undefined;
}

/**
 * The one turn loop every reference run uses (a scripted run, people at seats, replay,
 * the state before a turn that a decision margin explains): from `run`, assess the mover
 * once, ask `decide` (and `respond` and `instruct`, when given), play
 * the turn, yield it; until the horizon or a WAIT. Returns where it stopped. Throws a
 * ChoiceError when the rules refuse a choice `decide` made. (A batch's fast path,
 * `src/batch/lean-run.ts`, plays the same rules without records, held to this loop by
 * property tests over generated scenarios.)
 */
export function* playTurns(
  scenario: Scenario,
  run: RunState,
  decide?: Decide,
  respond?: Respond,
  instruct?: Instruct,
): Generator<TurnPlayed, LoopEnd, void> {
  let current = run;
  while (!atHorizon(scenario, current)) {
    const assessment = assessTurn(scenario, current)!;
    const mover = scenario.actors[assessment.actor]!;
    const choice = decide?.(current.turn + 1, mover, assessment);
    if (choice === WAIT) return { run: current, waiting: assessment };
    let response: string | undefined;
    const action = respond || instruct ? takenAction(scenario, current, assessment, choice) : undefined;
    if (respond && action?.respondent !== undefined) {
      const picked = respond(current.turn + 1, scenario.actors[action.respondent]!, action);
      if (picked === WAIT) return { run: current, waiting: assessment, response: { action, choice } };
      response = picked;
    }
    const orders = instruct?.(current.turn + 1, action, response !== undefined);
    const result = playAssessedTurn(scenario, current, assessment, choice, response, orders);
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

/** The action the coming turn takes: a person's choice, or the one the model's draw picks. */
export function takenAction(scenario: Scenario, run: RunState, assessment: Assessment, choice: string | undefined): Action | undefined {
  const actor = scenario.actors[assessment.actor]!;
  if (choice !== undefined) return actor.actions.find((a) => a.id === choice);
  const chosen = modelChoice(run, assessment);
  return chosen < 0 ? undefined : actor.actions[assessment.legal[chosen]!];
}

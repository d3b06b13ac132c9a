import fc from 'fast-check';
import { assessTurn } from '../engine/assess-turn.js';
import { isFinished, type RunState, startRun } from '../engine/run-state.js';
import type { Scenario } from '../engine/scenario.js';
import { checkState } from '../engine/state-check.js';
import { playTurn } from '../engine/turn.js';
import { arbitraryInRange } from './arbitrary-in-range.js';

/** What a model-based test of `playTurn` knows of the run: how many turns have been played. */
export interface TurnModel {
  turn: number;
  readonly horizon: number;
}

/** The system under test: the run as `playTurn` has left it. */
export interface TurnReal {
  run: RunState;
}

/** One step of a model-based test of `playTurn`. */
export type TurnCommand = fc.Command<TurnModel, TurnReal>;

/**
 * Commands for `fc.commands` over `playTurn`: the model's move, a person's choice of the
 * k-th legal action, an unknown action and an illegal one (refused with a value, the run
 * unchanged), and a move after the end (refused). After each, the run's turn is the
 * model's and its state is within the scenario's ranges; a refusal never throws.
 *
 * ```ts
 * fc.assert(fc.property(arbitrarySeed(), turnCommands(s400), (seed, commands) =>
 *   fc.modelRun(turnSetup(s400, seed), commands)));
 * ```
 */
export function turnCommands(scenario: Scenario, constraints: { readonly maxCommands?: number } = {}): fc.Arbitrary<Iterable<TurnCommand>> {
  // Moves four draws in seven (refusals the other three), and sequences as long as the limit allows (fast-check's
  // default size made about five commands): a quarter of the runs reach the end, and with it
  // the move after the end; before, almost none did.
  const model = fc.constant(new ModelMove(scenario));
  const person = arbitraryInRange(0, 1, { maxExcluded: true }).map((at) => new PersonChooses(scenario, at));
  return fc.commands(
    [model, model, person, person, fc.constant(new UnknownAction(scenario)), fc.constant(new IllegalAction(scenario)), fc.constant(new MoveAfterTheEnd(scenario))],
    { maxCommands: constraints.maxCommands ?? 2 * scenario.settings.horizon + 4, size: 'max' },
  );
}

/** The start of a model-based run of `turnCommands`: the run after the trigger with `seed`, and a model at turn 0. */
export function turnSetup(scenario: Scenario, seed: number): () => { model: TurnModel; real: TurnReal } {
  return () => ({ model: { turn: 0, horizon: scenario.settings.horizon }, real: { run: startRun(scenario, seed) } });
}

function fail(command: object, message: string): never {
  throw new Error(`${String(command)}: ${message}`);
}

/** After a played turn: the run moved on one turn, and its state fits the scenario. */
function played(command: object, scenario: Scenario, model: TurnModel, real: TurnReal, run: RunState): void {
  if (run.turn !== model.turn + 1) fail(command, `the run is at turn ${run.turn}, not ${model.turn + 1}`);
  checkState(scenario, run.values, String(command));
  model.turn = run.turn;
  real.run = run;
}

/** A refusal: the expected kind, and nothing played. */
function refused(command: object, result: ReturnType<typeof playTurn>, error: string): void {
  if (result.ok) fail(command, `was played, not refused as ${error}`);
  if (result.error !== error) fail(command, `was refused as ${result.error} (${result.message}), not ${error}`);
}

class ModelMove implements TurnCommand {
  constructor(private readonly scenario: Scenario) {}
  check(model: Readonly<TurnModel>): boolean {
    return model.turn < model.horizon;
  }
  run(model: TurnModel, real: TurnReal): void {
    const result = playTurn(this.scenario, real.run);
    if (!result.ok) fail(this, `refused: ${result.message}`);
    if (result.played.decidedBy !== 'model') fail(this, `was decided by ${result.played.decidedBy}`);
    played(this, this.scenario, model, real, result.run);
  }
  toString(): string {
    return 'modelMove';
  }
}

class PersonChooses implements TurnCommand {
  constructor(
    private readonly scenario: Scenario,
    /** Which legal action, as a share of the way along the list: 0 the first. */
    private readonly at: number,
  ) {}
  check(model: Readonly<TurnModel>): boolean {
    return model.turn < model.horizon;
  }
  run(model: TurnModel, real: TurnReal): void {
    const assessment = assessTurn(this.scenario, real.run)!;
    if (assessment.legal.length === 0) return;
    const actor = this.scenario.actors[assessment.actor]!;
    const id = actor.actions[assessment.legal[Math.floor(this.at * assessment.legal.length)]!]!.id;
    const result = playTurn(this.scenario, real.run, id);
    if (!result.ok) fail(this, `refused the legal action '${id}': ${result.message}`);
    const { chosen, decidedBy } = result.played;
    if (decidedBy !== 'human' || actor.actions[result.played.assessment.legal[chosen]!]!.id !== id) fail(this, `played another action than '${id}'`);
    played(this, this.scenario, model, real, result.run);
  }
  toString(): string {
    return `personChooses(${this.at})`;
  }
}

class UnknownAction implements TurnCommand {
  constructor(private readonly scenario: Scenario) {}
  check(model: Readonly<TurnModel>): boolean {
    return model.turn < model.horizon;
  }
  run(_model: TurnModel, real: TurnReal): void {
    refused(this, playTurn(this.scenario, real.run, 'no_such_action'), 'unknown-action');
  }
  toString(): string {
    return "unknownAction('no_such_action')";
  }
}

class IllegalAction implements TurnCommand {
  constructor(private readonly scenario: Scenario) {}
  check(model: Readonly<TurnModel>): boolean {
    return model.turn < model.horizon;
  }
  run(_model: TurnModel, real: TurnReal): void {
    const assessment = assessTurn(this.scenario, real.run)!;
    const actor = this.scenario.actors[assessment.actor]!;
    const illegal = actor.actions.find((_, i) => !assessment.legal.includes(i));
    if (illegal !== undefined) refused(this, playTurn(this.scenario, real.run, illegal.id), 'illegal-action');
  }
  toString(): string {
    return 'illegalAction';
  }
}

class MoveAfterTheEnd implements TurnCommand {
  constructor(private readonly scenario: Scenario) {}
  check(model: Readonly<TurnModel>): boolean {
    return model.turn === model.horizon;
  }
  run(_model: TurnModel, real: TurnReal): void {
    if (!isFinished(this.scenario, real.run)) fail(this, `the run is not finished at turn ${real.run.turn}`);
    refused(this, playTurn(this.scenario, real.run), 'run-finished');
  }
  toString(): string {
    return 'moveAfterTheEnd';
  }
}

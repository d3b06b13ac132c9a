import fc from 'fast-check';
import { replayRun } from '../records/replay.js';
import type { RunRecord } from '../records/run-record.js';
import type { Scenario } from '../engine/scenario.js';
import { checkState } from '../engine/state-check.js';
import { chooseForSeat, isComplete, openSeatedRun, seatedRecord, type SeatedRun } from '../records/seated-run.js';
import { arbitraryInRange } from './arbitrary-in-range.js';

/** What a model-based test of a seated run knows: the turns played, and whether a seat is waiting. */
export interface SeatedModel {
  turns: number;
  waiting: boolean;
  readonly seats: ReadonlySet<string>;
}

/** The system under test: the seated run as the last choice left it. */
export interface SeatedReal {
  seated: SeatedRun;
}

/** One step of a model-based test of a seated run. */
export type SeatedCommand = fc.Command<SeatedModel, SeatedReal>;

/**
 * Commands for `fc.commands` over a seated run (`openSeatedRun`, `chooseForSeat`): a
 * person's choice of the k-th legal option (or answer) for the awaited seat, an unknown action
 * (refused, the run unchanged) and a choice after the end (refused). After each: the
 * turns recorded are the turns played, a pending decision belongs to a seat and offers
 * its legal options, and a complete run's record replays to the same bytes.
 *
 * ```ts
 * fc.assert(fc.property(arbitrarySeed(), fc.subarray(['iran', 'usa']), seatedCommands(hormuz), (seed, seats, commands) =>
 *   fc.modelRun(seatedSetup(hormuz, seed, seats), commands)));
 * ```
 */
export function seatedCommands(scenario: Scenario, constraints: { readonly maxCommands?: number } = {}): fc.Arbitrary<Iterable<SeatedCommand>> {
  // Choices twice as often as refusals, and sequences as long as the limit allows (fast-check's
  // default size made about five commands): most runs with one or two seats now reach the
  // end, where the record must replay; before, one in ten with one seat did, and almost none
  // with more.
  const choose = arbitraryInRange(0, 1, { maxExcluded: true }).map((at) => new SeatChooses(at));
  return fc.commands(
    [choose, choose, choose, choose, fc.constant(new SeatTriesUnknown()), fc.constant(new ChoiceAfterTheEnd())],
    { maxCommands: constraints.maxCommands ?? 2 * scenario.settings.horizon + 4, size: 'max' },
  );
}

/** The start of a model-based run of `seatedCommands`: `openSeatedRun(scenario, seed, seats)`, checked. */
export function seatedSetup(scenario: Scenario, seed: number, seats: Iterable<string>): () => { model: SeatedModel; real: SeatedReal } {
  return () => {
    const seated = openSeatedRun(scenario, seed, seats);
    const model = { turns: 0, waiting: false, seats: seated.seats };
    observe('openSeatedRun', model, seated);
    return { model, real: { seated } };
  };
}

/** Checks the invariants of a seated run and brings the model up to it. */
function observe(command: string, model: SeatedModel, seated: SeatedRun): void {
  const fail = (message: string): never => {
    throw new Error(`${command}: ${message}`);
  };
  if (seated.turns.length !== seated.run.turn) fail(`${seated.turns.length} turns recorded, ${seated.run.turn} played`);
  if (seated.turns.length < model.turns) fail(`the run went back from turn ${model.turns} to ${seated.turns.length}`);
  checkState(seated.scenario, seated.run.values, command);
  const { pending } = seated;
  if ((pending === undefined) !== isComplete(seated)) fail(pending === undefined ? 'nobody is awaited, yet turns remain' : 'a seat is awaited after the last turn');
  if (pending !== undefined) {
    if (!seated.seats.has(pending.actor.id)) fail(`the run waits on ${pending.actor.id}, who has no seat`);
    if (pending.response && pending.response.outcomes.length === 0) fail(`${pending.actor.id} is asked to answer with no answer open`);
    if (pending.assessment.legal.length === 0) fail(`the run waits on ${pending.actor.id}, who has no legal action`);
    if (pending.options.length !== pending.assessment.legal.length) fail(`the seat is shown ${pending.options.length} options, not ${pending.assessment.legal.length}`);
  } else {
    const record = seatedRecord(seated)!;
    const bytes = JSON.stringify(record);
    let replayed: string;
    try {
      replayed = JSON.stringify(replayRun(seated.scenario, JSON.parse(bytes) as RunRecord));
    } catch (error) {
      return fail(`the finished run's record does not replay: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (replayed !== bytes) fail("the finished run's record replays to other bytes");
  }
  model.turns = seated.turns.length;
  model.waiting = pending !== undefined;
}

class SeatChooses implements SeatedCommand {
  /** `at`: which legal option, as a share of the way along the list: 0 the first. */
  constructor(private readonly at: number) {}
  check(model: Readonly<SeatedModel>): boolean {
    return model.waiting;
  }
  run(model: SeatedModel, real: SeatedReal): void {
    const { options, response } = real.seated.pending!;
    const ids = response ? response.outcomes.map((o) => o.id) : options.map((o) => o.action);
    const id = ids[Math.floor(this.at * ids.length)]!;
    const next = chooseForSeat(real.seated, id);
    if (!('scenario' in next)) throw new Error(`${String(this)}: refused the legal option '${id}': ${next.message}`);
    const turn = next.turns[model.turns];
    // A move another seat answers is played once that seat has answered.
    const asked = turn === undefined && next.pending?.response?.choice === id;
    const recorded = response ? turn?.chance?.outcome === id && turn.chance.decidedBy === 'human' : turn?.choice === id && turn.decidedBy === 'human';
    if (!asked && !recorded) {
      throw new Error(`${String(this)}: turn ${model.turns + 1} is not recorded as the person's '${id}'`);
    }
    observe(String(this), model, next);
    real.seated = next;
  }
  toString(): string {
    return `seatChooses(${this.at})`;
  }
}

class SeatTriesUnknown implements SeatedCommand {
  check(model: Readonly<SeatedModel>): boolean {
    return model.waiting;
  }
  run(_model: SeatedModel, real: SeatedReal): void {
    const result = chooseForSeat(real.seated, 'no_such_action');
    if ('scenario' in result || result.error !== 'unknown-action') throw new Error(`${String(this)}: was not refused as an unknown action`);
  }
  toString(): string {
    return "seatTriesUnknown('no_such_action')";
  }
}

class ChoiceAfterTheEnd implements SeatedCommand {
  check(model: Readonly<SeatedModel>): boolean {
    return !model.waiting;
  }
  run(_model: SeatedModel, real: SeatedReal): void {
    const result = chooseForSeat(real.seated, 'anything');
    if ('scenario' in result || result.error !== 'run-finished') throw new Error(`${String(this)}: a choice after the end was not refused as run-finished`);
  }
  toString(): string {
    return 'choiceAfterTheEnd';
  }
}

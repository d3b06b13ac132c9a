import { chooseForSeat, giveOrder, modelPlaysSeat, openSeatedRun, seatedRecord, type SeatedRun } from '../records/seated-run.js';
import type { InstructorOrder } from '../records/instructor-orders.js';
import type { Scenario } from '../engine/scenario.js';
import { type RunRecord, withGroup } from '../records/run-record.js';
import type { JournalEntry, JournalSink } from '../records/journal.js';
import type { RefusalReason, Role } from './protocol.js';

export type OrderResult = { readonly ok: true } | { readonly ok: false; readonly reason: RefusalReason; readonly message: string };

export type MoveResult =
  | { readonly ok: true; readonly turn: number; readonly action: string }
  | { readonly ok: false; readonly reason: RefusalReason; readonly message: string };

/** Codes that open the game: one per seat, one for the instructor, one for watching (a projector). */
export interface GameCodes {
  readonly seats: Readonly<Record<string, string>>;
  readonly instructor: string;
  readonly watch: string;
}

export type Identity = { readonly role: 'seat'; readonly seat: string } | { readonly role: Exclude<Role, 'seat'> };

/**
 * One authoritative classroom game: the seated run, who holds which seat, and the
 * instructor's settings. No sockets here: the host feeds it messages and broadcasts what
 * changed. Every accepted change goes to the journal first, so what a client is told has
 * happened is on disk.
 */
export class ClassroomGame {
  private seatedRun: SeatedRun;
  private readonly groups = new Map<string, string>();
  private readonly connections = new Map<string, number>();
  private isPaused = false;
  private isEnded = false;
  private openModelView = false;
  private timer = 0;
  private lastListen: { readonly port: number; readonly bind?: string | undefined } | undefined;
  /** When the awaited seat's turn began (the host's clock), for the turn timer and the console. */
  private turnStarted: number;
  /** Turns the timer handed to the model. */
  private readonly timedOut = new Set<number>();
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly scenario: Scenario,
    readonly seed: number,
    readonly seats: readonly string[],
    readonly codes: GameCodes,
    private journal: JournalSink,
    private readonly now: () => number = Date.now,
  ) {
    this.seatedRun = openSeatedRun(scenario, seed, seats);
    this.turnStarted = now();
  }

  get seated(): SeatedRun {
    return this.seatedRun;
  }
  get paused(): boolean {
    return this.isPaused;
  }
  get ended(): boolean {
    return this.isEnded;
  }
  get modelView(): boolean {
    return this.openModelView;
  }
  get timerSeconds(): number {
    return this.timer;
  }
  /** The seat the game waits on, if any. */
  get toMove(): string | undefined {
    return this.isEnded ? undefined : this.seatedRun.pending?.actor.id;
  }
  groupOf(seat: string): string | undefined {
    return this.groups.get(seat);
  }
  isConnected(seat: string): boolean {
    return (this.connections.get(seat) ?? 0) > 0;
  }
  /** Milliseconds the awaited seat has been on its turn. */
  timeOnTurn(): number {
    return this.now() - this.turnStarted;
  }
  /** Seconds left on the turn timer, when it runs on a seat's turn. */
  secondsLeft(): number | undefined {
    if (this.timer === 0 || this.toMove === undefined || this.isPaused) return undefined;
    return Math.max(0, Math.ceil(this.timer - this.timeOnTurn() / 1000));
  }
  wasTimedOut(turn: number): boolean {
    return this.timedOut.has(turn);
  }

  /** Where accepted changes go from now on (a resumed game replays its journal first, then appends to it). */
  useJournal(journal: JournalSink): void {
    this.journal = journal;
  }

  /** Calls `listener` after every change; returns how to stop. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Who a code opens the game for; undefined for a wrong code. */
  identify(code: string): Identity | undefined {
    if (code === this.codes.instructor) return { role: 'instructor' };
    if (code === this.codes.watch) return { role: 'watch' };
    const seat = Object.entries(this.codes.seats).find(([, c]) => c === code)?.[0];
    return seat === undefined ? undefined : { role: 'seat', seat };
  }

  /** A seat's client connected (+1) or left (-1). */
  connection(seat: string, change: 1 | -1): void {
    this.connections.set(seat, Math.max(0, (this.connections.get(seat) ?? 0) + change));
    this.changed();
  }

  /** Names the group at a seat (from its join); kept in the journal and the seat's record. */
  nameGroup(seat: string, group: string): void {
    if (this.groups.get(seat) === group) return;
    this.record({ type: 'group', seat, group });
  }

  /** A seat's move, checked in the order a confused student most needs to hear. */
  move(seat: string, turn: number, action: string, claimedSeat?: string): MoveResult {
    const name = this.actorName(seat);
    if (claimedSeat !== undefined && claimedSeat !== seat) {
      return refuse('not-your-seat', `this connection holds ${name}'s seat; it cannot move for ${this.actorName(claimedSeat)}`);
    }
    if (this.isEnded) return refuse('ended', 'the game has ended; no more moves');
    if (this.isPaused) return refuse('paused', 'the instructor has paused the game; wait for it to resume');
    const pending = this.seatedRun.pending;
    const played = this.seatedRun.turns.length;
    if (pending === undefined) return refuse('ended', 'the run is finished; no more moves');
    if (turn !== played + 1) {
      return refuse('stale-turn', `turn ${turn} is not the turn being played (turn ${played + 1} is); nothing was played`);
    }
    if (pending.actor.id !== seat) return refuse('not-your-turn', `it is ${pending.actor.name}'s turn, not ${name}'s`);
    const result = chooseForSeat(this.seatedRun, action);
    if ('ok' in result) return refuse('illegal-action', result.message);
    this.record({ type: 'move', turn, seat, action, by: 'human' }, result);
    return { ok: true, turn, action };
  }

  /**
   * Plays the awaited seat by the model when its timer has run out. Returns the turn
   * handed over, if any. The host calls this on a clock tick.
   */
  tick(): number | undefined {
    const seat = this.toMove;
    if (seat === undefined || this.isPaused || this.timer === 0 || this.timeOnTurn() < this.timer * 1000) return undefined;
    const turn = this.seatedRun.turns.length + 1;
    const result = modelPlaysSeat(this.seatedRun);
    if ('ok' in result) return undefined;
    this.record({ type: 'move', turn, seat, action: result.turns[turn - 1]!.choice, by: 'timer' }, result);
    return turn;
  }

  /**
   * The instructor injects an event or decides a chance result (see `InstructorOrder`):
   * journalled like a move, and played at the next turn that can use it.
   */
  order(order: InstructorOrder): OrderResult {
    if (this.isEnded) return { ok: false, reason: 'ended', message: 'the game has ended; there is nothing left to decide' };
    const next = giveOrder(this.seatedRun, order);
    if ('ok' in next) return { ok: false, reason: next.error === 'run-finished' ? 'ended' : 'illegal-action', message: next.message };
    this.record({ type: 'order', order }, next);
    return { ok: true };
  }

  pause(): void {
    if (!this.isPaused && !this.isEnded) this.record({ type: 'pause' });
  }
  resume(): void {
    if (this.isPaused && !this.isEnded) this.record({ type: 'resume' });
  }
  setModelView(open: boolean): void {
    if (open !== this.openModelView) this.record({ type: 'model-view', open });
  }
  setTimer(seconds: number): void {
    if (seconds !== this.timer) this.record({ type: 'timer', seconds });
  }
  /**
   * Where the host last listened, from the journal: its port, and the address it bound to
   * (undefined in an older journal); undefined before it first listened.
   */
  get listenedOn(): { readonly port: number; readonly bind?: string | undefined } | undefined {
    return this.lastListen;
  }
  /** Notes where the host listens, for a resume. */
  listening(port: number, bind: string): void {
    if (port !== this.lastListen?.port || bind !== this.lastListen.bind) this.record({ type: 'listen', port, bind });
  }
  /** Ends the game: no more moves; the model plays any turns left, so `records()` has the whole run. */
  end(): void {
    if (!this.isEnded) this.record({ type: 'end' });
  }

  /**
   * One record per seat, each named by its group (or none), so `wargame report` debriefs
   * each group's run as it does a `play` record. Undefined while turns remain.
   */
  records(): { seat: string; record: RunRecord }[] | undefined {
    const record = seatedRecord(this.seatedRun);
    if (record === undefined) return undefined;
    return this.seats.map((seat) => {
      const group = this.groups.get(seat);
      return { seat, record: group === undefined ? record : withGroup(record, group) };
    });
  }

  /** Applies a journal entry read on `--resume`, as it was applied when first accepted. */
  replayEntry(entry: JournalEntry): void {
    if (entry.type === 'move') {
      const expected = this.seatedRun.turns.length + 1;
      const result =
        entry.by === 'timer' ? modelPlaysSeat(this.seatedRun) : chooseForSeat(this.seatedRun, entry.action ?? '');
      if (entry.turn !== expected || this.seatedRun.pending?.actor.id !== entry.seat || 'ok' in result) {
        throw new RangeError(`the journal's move for turn ${entry.turn} (${entry.seat}) does not fit the game at turn ${expected}`);
      }
      this.apply(entry, result);
    } else if (entry.type === 'order') {
      const next = giveOrder(this.seatedRun, entry.order);
      if ('ok' in next) throw new RangeError(`the journal's instructor order does not fit the game at turn ${this.seatedRun.turns.length + 1}: ${next.message}`);
      this.apply(entry, next);
    } else {
      this.apply(entry);
    }
  }

  actorName(id: string): string {
    return this.scenario.actors.find((a) => a.id === id)?.name ?? id;
  }

  private record(entry: JournalEntry, next?: SeatedRun): void {
    // The journal first: if it cannot be written, nothing changes and the caller hears why.
    this.journal.append(entry);
    this.apply(entry, next);
  }

  private apply(entry: JournalEntry, next?: SeatedRun): void {
    switch (entry.type) {
      case 'listen':
        this.lastListen = { port: entry.port, bind: entry.bind };
        return;
      case 'move':
        this.seatedRun = next!;
        if (entry.by === 'timer') this.timedOut.add(entry.turn);
        this.turnStarted = this.now();
        break;
      case 'group':
        this.groups.set(entry.seat, entry.group);
        break;
      case 'order':
        this.seatedRun = next!;
        break;
      case 'pause':
        this.isPaused = true;
        break;
      case 'resume':
        this.isPaused = false;
        // A paused turn's clock starts again: the pause was the instructor's, not the group's.
        this.turnStarted = this.now();
        break;
      case 'model-view':
        this.openModelView = entry.open;
        break;
      case 'timer':
        this.timer = entry.seconds;
        this.turnStarted = this.now();
        break;
      case 'end':
        this.isEnded = true;
        // The model plays out the seats' remaining turns, so the record is of a whole run,
        // which replays; the turns say they were the model's.
        while (this.seatedRun.pending !== undefined) {
          const rest = modelPlaysSeat(this.seatedRun);
          if ('ok' in rest) break;
          this.seatedRun = rest;
        }
        break;
    }
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

function refuse(reason: RefusalReason, message: string): MoveResult {
  return { ok: false, reason, message };
}

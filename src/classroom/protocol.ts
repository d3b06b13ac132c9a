import { z } from 'zod';
import { GroupName } from '../records/group-name.js';
import { Order } from '../records/journal.js';
import type { TurnRecord } from '../records/run-record.js';

/**
 * The classroom protocol: JSON messages over one WebSocket per client. Clients' messages
 * are untrusted and checked here, whole, before anything reads them; the host's messages
 * are typed for the clients (the Ink seat, the browser page, the tests).
 */

/** The longest message a client may send, in bytes: a move is under 200. */
export const MAX_CLIENT_MESSAGE_BYTES = 4096;

const Code = z.string().min(1, 'a join code is needed').max(32, 'a join code has 8 symbols');
const Id = z.string().min(1).max(100);

export const ClientMessage = z.discriminatedUnion('type', [
  /** The first message: who this is. A seat's group may name itself here. */
  z.strictObject({ type: z.literal('hello'), code: Code, group: GroupName.optional() }),
  /** A seat's move for `turn` (the turn it saw waiting: a stale click is refused, not replayed). */
  z.strictObject({ type: z.literal('move'), turn: z.int().min(1).max(100_000), action: Id, seat: Id.optional() }),
  /** The instructor's controls. */
  z.strictObject({ type: z.literal('pause') }),
  z.strictObject({ type: z.literal('resume') }),
  z.strictObject({ type: z.literal('model-view'), open: z.boolean() }),
  z.strictObject({ type: z.literal('timer'), seconds: z.int().min(0).max(3600) }),
  z.strictObject({ type: z.literal('end') }),
  /** Inject an event, or decide a chance result, for what comes next (`InstructorOrder`). */
  z.strictObject({ type: z.literal('order'), order: Order }),
]);
export type ClientMessage = z.infer<typeof ClientMessage>;

export type Role = 'seat' | 'instructor' | 'watch';

/** Why the host refused a message: one word for programs, a sentence for people. */
export type RefusalReason =
  | 'malformed'
  | 'oversized'
  | 'wrong-code'
  | 'slow-down'
  | 'seat-taken'
  | 'not-joined'
  | 'not-your-seat'
  | 'not-your-turn'
  | 'stale-turn'
  | 'illegal-action'
  | 'paused'
  | 'ended'
  | 'not-instructor'
  | 'journal-failed';

/** The scenario's fixed words, sent once on joining, so updates carry only what changes. */
export interface GameInfo {
  readonly scenario: {
    readonly id: string;
    readonly title: string;
    readonly brief: string;
    readonly hash: string;
    readonly overrides: Readonly<Record<string, number>>;
    /** The scenario file's text when it is not a built-in, so a terminal client can compile it. */
    readonly source?: string | undefined;
  };
  readonly seed: number;
  readonly horizon: number;
  readonly trigger: string;
  readonly actors: readonly {
    readonly id: string;
    readonly name: string;
    readonly actions: readonly { readonly id: string; readonly label: string; readonly outcomes: readonly { readonly id: string; readonly label: string }[] }[];
  }[];
  readonly events: readonly { readonly id: string; readonly label: string }[];
  /** The scenario's `injects:`, events only the instructor sets off. */
  readonly injects: readonly { readonly id: string; readonly label: string }[];
  readonly quantities: readonly { readonly id: string; readonly label: string; readonly unit: string }[];
  readonly outcomes: readonly { readonly id: string; readonly label: string }[];
  readonly seats: readonly string[];
}

export interface SeatStatus {
  readonly actor: string;
  readonly group: string | undefined;
  readonly connected: boolean;
  readonly toMove: boolean;
}

/** A legal action as a seat sees it before choosing; the model's figures only when the instructor allows. */
export interface SeatOption {
  readonly action: string;
  readonly label: string;
  /** What the action does, quantity by quantity, then its chance outcomes. */
  readonly effects: readonly string[];
  readonly expectedUtility?: number | undefined;
  readonly probability?: number | undefined;
}

/** The game as one client may see it: everything public, and its own seat's choice. */
export interface GameView {
  /**
   * Played turns from turn `from + 1` on: a welcome sends them all (`from` 0), an update
   * only those the client has not had, so a long game's updates stay small. Their options
   * (the model's figures) are empty unless the model view is open.
   */
  readonly turns: readonly TurnRecord[];
  readonly from: number;
  readonly triggerState: Readonly<Record<string, number>>;
  readonly seats: readonly SeatStatus[];
  /** The actor whose turn the game waits on, seated; undefined when none or at the end. */
  readonly toMove: string | undefined;
  readonly paused: boolean;
  readonly modelView: boolean;
  /** Seconds a seat has per turn; 0 when the timer is off. */
  readonly timerSeconds: number;
  /** Seconds left on the current turn's timer, when it runs. */
  readonly secondsLeft: number | undefined;
  readonly ended: boolean;
  /** Named outcomes, once the game has ended. */
  readonly outcomes: readonly { readonly id: string; readonly label: string; readonly held: boolean }[] | undefined;
  /** This client's seat's options while it is to move. */
  readonly yours: readonly SeatOption[] | undefined;
  /**
   * Set when those options answer another actor's move (the move names this seat its
   * `respondent`): that actor and action, by id. The options are then the move's outcomes.
   */
  readonly answering?: { readonly mover: string; readonly action: string } | undefined;
}

export type ServerMessage =
  | { readonly type: 'welcome'; readonly role: Role; readonly seat: string | undefined; readonly game: GameInfo; readonly view: GameView }
  | { readonly type: 'update'; readonly view: GameView }
  | { readonly type: 'accepted'; readonly turn: number; readonly action: string }
  | { readonly type: 'refused'; readonly reason: RefusalReason; readonly message: string }
  | { readonly type: 'ended'; readonly records: readonly string[] };

/** The whole view a client holds after an update: the turns it had up to `from`, then the new ones. */
export function mergeView(held: GameView | undefined, update: GameView): GameView {
  if (held === undefined || update.from === 0) return update;
  return { ...update, turns: [...held.turns.slice(0, update.from), ...update.turns], from: 0 };
}

/**
 * Reads one client message: its size, then JSON, then the schema. Returns the message or
 * a refusal saying what is wrong, in words a person can act on.
 */
export function readClientMessage(data: string | Buffer): ClientMessage | { readonly refused: RefusalReason; readonly message: string } {
  const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  if (bytes > MAX_CLIENT_MESSAGE_BYTES) {
    return { refused: 'oversized', message: `message refused: ${bytes} bytes, more than the ${MAX_CLIENT_MESSAGE_BYTES} a message may have` };
  }
  let json: unknown;
  try {
    json = JSON.parse(data.toString());
  } catch {
    return { refused: 'malformed', message: 'message refused: it is not JSON' };
  }
  const parsed = ClientMessage.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return { refused: 'malformed', message: `message refused${where}: ${issue.message}` };
  }
  return parsed.data;
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import type { ClassroomGame, Identity } from './classroom-game.js';
import { CodeThrottle } from './code-throttle.js';
import { gameInfo, gameView } from './game-view.js';
import { normalJoinCode } from './join-code.js';
import { type ClientMessage, readClientMessage, type RefusalReason, type ServerMessage } from './protocol.js';
import { BROWSER_PAGE } from './browser-page.js';
import type { InstructorOrder } from '../records/instructor-orders.js';
import { orderWords } from './order-words.js';
import type { TurnRecord } from '../records/run-record.js';

/** The WebSocket's path on the host; `/` is the browser page. */
export const SOCKET_PATH = '/play';

/** A frame this large is dropped by the socket itself (the protocol refuses anything over 4 KiB with a message). */
const MAX_FRAME_BYTES = 64 * 1024;

/** Messages a client may send in a burst, and per second after it: a person clicks far slower; a flood is refused, not played. */
const BURST_MESSAGES = 100;
const MESSAGES_PER_SECOND = 50;

/** A client this far behind in reading its updates is closed (it reconnects, and gets the whole view), so one stuck machine cannot grow the host's memory. */
const MAX_BEHIND_BYTES = 8 * 1024 * 1024;

export interface HostOptions {
  readonly game: ClassroomGame;
  /** A file scenario's text, sent to terminal clients, which compile it themselves. */
  readonly source?: string | undefined;
  /** What happened, one line each: joins, leaves, refusals. The console shows them. */
  readonly log?: (line: string) => void;
  /**
   * What the instructor did on a played turn, in words, one line each (the command passes
   * the presentation layer's `instructorPhrases`): logged when the turn is played.
   */
  readonly instructorWords?: (turn: TurnRecord) => readonly string[];
  /** Called after the instructor ends the game (from the console or a client); returns the record files written. */
  readonly onEnd?: () => readonly string[];
  /** How often connections are checked: one that has not answered the last ping is closed, freeing its seat. */
  readonly heartbeatMs?: number | undefined;
  readonly throttle?: CodeThrottle | undefined;
}

/** Why an order or a move was not taken, as a client is told. */
interface Refusal {
  readonly reason: RefusalReason;
  readonly message: string;
}

interface Client {
  readonly socket: WebSocket;
  readonly address: string;
  identity: Identity | undefined;
  alive: boolean;
  /** Turns sent so far, and whether with the model's figures: an update sends only the rest, or all again when the figures change. */
  sent: number;
  figures: boolean;
  /** Messages the client may still send now (a token bucket), and when it was last topped up. */
  allowance: number;
  toppedUp: number;
  flooding: boolean;
}

/**
 * The classroom host: an HTTP server for the browser page and a WebSocket server for
 * every client, feeding one ClassroomGame. Every refusal is answered to its client with a
 * sentence and logged; none changes the game.
 */
export class ClassroomHost {
  private readonly http: Server;
  private readonly sockets: WebSocketServer;
  private readonly clients = new Set<Client>();
  private readonly throttle: CodeThrottle;
  private readonly timers: NodeJS.Timeout[] = [];
  private broadcastQueued = false;
  private records: readonly string[] | undefined;
  private readonly stopListening: () => void;
  /** Turns whose instructor's part is logged: a turn played with an order says so on the console. */
  private turnsLogged: number;

  constructor(private readonly options: HostOptions) {
    this.throttle = options.throttle ?? new CodeThrottle();
    this.http = createServer((request, response) => this.serve(request, response));
    this.sockets = new WebSocketServer({ server: this.http, path: SOCKET_PATH, maxPayload: MAX_FRAME_BYTES });
    this.sockets.on('connection', (socket, request) => this.connected(socket, request));
    // The socket server repeats the HTTP server's errors (a port in use): `listen` reports those.
    this.sockets.on('error', () => undefined);
    this.turnsLogged = options.game.seated.turns.length;
    this.stopListening = options.game.onChange(() => this.queueBroadcast());
  }

  get game(): ClassroomGame {
    return this.options.game;
  }

  /** Starts listening; port 0 picks a free port. Resolves to the address and port listened on. */
  listen(port: number, host: string): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(port, host, () => {
        this.http.off('error', reject);
        const heartbeat = this.options.heartbeatMs ?? 5000;
        this.timers.push(setInterval(() => this.heartbeat(), heartbeat));
        // The turn timer: once a second, hand an expired turn to the model and tell the clients the time left.
        this.timers.push(setInterval(() => this.tick(), 1000));
        const address = this.http.address() as AddressInfo;
        try {
          this.game.listening(address.port, host);
        } catch (error) {
          this.log(`the journal could not note the port: ${(error as Error).message}`);
        }
        resolve(address);
      });
    });
  }

  /** Stops: clients are told the host stopped (they retry until it is back), then the servers close. */
  async close(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.stopListening();
    for (const client of this.clients) client.socket.close(1001, 'the host stopped');
    await new Promise<void>((resolve) => this.sockets.close(() => resolve()));
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  /** Ends the game for everyone, as the instructor's `end` does. */
  endGame(): readonly string[] {
    if (!this.game.ended) {
      this.game.end();
      this.records = this.options.onEnd?.() ?? [];
      this.log(`game ended${this.records.length > 0 ? `; records: ${this.records.join(', ')}` : ''}`);
      this.sendAll({ type: 'ended', records: this.records });
    }
    return this.records ?? [];
  }

  /**
   * The instructor's order from the console: journalled, then logged as what will happen.
   * Returns the refusal, if refused (also logged).
   */
  order(order: InstructorOrder): Refusal | undefined {
    const refusal = this.giveOrder(order);
    if (refusal !== undefined) this.log(refusal.reason === 'journal-failed' ? refusal.message : `instructor's order refused: ${refusal.message}`);
    return refusal;
  }

  /** Journals the order and logs it as what will happen; returns the refusal, if refused, unlogged. */
  private giveOrder(order: InstructorOrder): Refusal | undefined {
    let result;
    try {
      result = this.game.order(order);
    } catch (error) {
      return { reason: 'journal-failed', message: `the host could not save the instructor's order, so it was not given: ${(error as Error).message}` };
    }
    if (!result.ok) return result;
    this.log(orderWords(this.game.scenario, order));
    return undefined;
  }

  private serve(request: IncomingMessage, response: ServerResponse): void {
    const path = (request.url ?? '/').split('?')[0];
    if (request.method === 'GET' && (path === '/' || path === '/index.html')) {
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        // Nothing from elsewhere: the page is whole, and talks only to this host.
        'content-security-policy': "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:",
        'cache-control': 'no-store',
      });
      response.end(BROWSER_PAGE);
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('not found: the classroom page is at /\n');
  }

  private connected(socket: WebSocket, request: IncomingMessage): void {
    const client: Client = { socket, address: request.socket.remoteAddress ?? 'unknown', identity: undefined, alive: true, sent: 0, figures: false, allowance: BURST_MESSAGES, toppedUp: Date.now(), flooding: false };
    this.clients.add(client);
    socket.on('pong', () => (client.alive = true));
    socket.on('message', (data, isBinary) => this.received(client, isBinary ? 'binary' : (data as Buffer)));
    socket.on('error', (error) => this.log(`${client.address}: connection error: ${error.message}`));
    socket.on('close', () => {
      this.clients.delete(client);
      if (client.identity?.role === 'seat') {
        this.log(`${this.who(client)} left`);
        this.game.connection(client.identity.seat, -1);
      }
    });
  }

  private received(client: Client, data: Buffer | 'binary'): void {
    const now = Date.now();
    client.allowance = Math.min(BURST_MESSAGES, client.allowance + ((now - client.toppedUp) / 1000) * MESSAGES_PER_SECOND);
    client.toppedUp = now;
    if (client.allowance < 1) {
      // Refused once a flood, then quietly: a flood must not flood the console's log either.
      if (!client.flooding) this.refuse(client, 'slow-down', `message refused: more than ${MESSAGES_PER_SECOND} messages a second`);
      client.flooding = true;
      return;
    }
    client.flooding = false;
    client.allowance -= 1;
    if (data === 'binary') return this.refuse(client, 'malformed', 'message refused: send JSON text, not binary');
    const message = readClientMessage(data);
    if ('refused' in message) return this.refuse(client, message.refused, message.message);
    if (message.type === 'hello') return this.hello(client, message);
    const { identity } = client;
    if (identity === undefined) return this.refuse(client, 'not-joined', 'message refused: join first with your code');
    switch (message.type) {
      case 'move': {
        if (identity.role !== 'seat') return this.refuse(client, 'not-your-seat', `the ${identity.role} code holds no seat, so it cannot move`);
        let result;
        try {
          result = this.game.move(identity.seat, message.turn, message.action, message.seat);
        } catch (error) {
          // The journal could not be written: the move was not played, and the class must hear it.
          return this.refuse(client, 'journal-failed', `the host could not save the move, so it was not played: ${(error as Error).message}`);
        }
        if (!result.ok) return this.refuse(client, result.reason, result.message);
        this.log(`turn ${result.turn}: ${this.who(client)} played ${message.action}`);
        return this.send(client, { type: 'accepted', turn: result.turn, action: result.action });
      }
      case 'order': {
        if (identity.role !== 'instructor') return this.refuse(client, 'not-instructor', "only the instructor's code can inject an event or decide a chance result");
        // Refused, it is logged once, as any refusal of a client is.
        const refusal = this.giveOrder(message.order);
        return refusal === undefined ? undefined : this.refuse(client, refusal.reason, refusal.message);
      }
      default:
        if (identity.role !== 'instructor') return this.refuse(client, 'not-instructor', `only the instructor's code can ${message.type === 'model-view' ? 'open or close the model view' : message.type === 'timer' ? 'set the timer' : `${message.type} the game`}`);
        return this.control(message);
    }
  }

  private hello(client: Client, message: Extract<ClientMessage, { type: 'hello' }>): void {
    if (client.identity !== undefined) return this.refuse(client, 'malformed', 'message refused: this connection has already joined');
    const wait = this.throttle.waitFor(client.address);
    if (wait > 0) {
      return this.refuse(client, 'slow-down', `too many wrong codes from this address: try again in ${Math.ceil(wait / 1000)} s`);
    }
    const identity = this.game.identify(normalJoinCode(message.code));
    if (identity === undefined) {
      this.throttle.failed(client.address);
      return this.refuse(client, 'wrong-code', 'that code opens no seat in this game: check the code on your card (it looks like ABCD-EFGH)');
    }
    this.throttle.succeeded(client.address);
    if (identity.role === 'seat') {
      const { seat } = identity;
      // A seat has one client at a time; a lost one is closed by the heartbeat, freeing the seat.
      if (this.game.isConnected(seat)) {
        return this.refuse(client, 'seat-taken', `${this.game.actorName(seat)}'s seat is in use by another connection; it is freed when that one closes (a lost connection within ${Math.ceil(2 * (this.options.heartbeatMs ?? 5000) / 1000)} s)`);
      }
      client.identity = identity;
      if (message.group !== undefined) {
        try {
          this.game.nameGroup(seat, message.group);
        } catch (error) {
          client.identity = undefined;
          return this.refuse(client, 'journal-failed', `the host could not save the group's name: ${(error as Error).message}`);
        }
      }
      this.game.connection(seat, 1);
    } else {
      client.identity = identity;
    }
    this.log(`${this.who(client)} joined`);
    this.send(client, {
      type: 'welcome',
      role: identity.role,
      seat: identity.role === 'seat' ? identity.seat : undefined,
      game: gameInfo(this.game, this.options.source),
      view: this.viewFor(client, true),
    });
    if (this.game.ended && this.records !== undefined) this.send(client, { type: 'ended', records: this.records });
  }

  private control(message: Exclude<ClientMessage, { type: 'hello' | 'move' | 'order' }>): void {
    switch (message.type) {
      case 'pause':
        return this.game.pause();
      case 'resume':
        return this.game.resume();
      case 'model-view':
        return this.game.setModelView(message.open);
      case 'timer':
        return this.game.setTimer(message.seconds);
      case 'end':
        this.endGame();
        return;
    }
  }

  private refuse(client: Client, reason: RefusalReason, message: string): void {
    this.log(`refused ${this.who(client)}: ${message}`);
    this.send(client, { type: 'refused', reason, message });
  }

  private who(client: Client): string {
    const { identity } = client;
    if (identity === undefined) return client.address;
    if (identity.role !== 'seat') return `${identity.role} at ${client.address}`;
    const group = this.game.groupOf(identity.seat);
    return `${this.game.actorName(identity.seat)}${group === undefined ? '' : ` (${group})`} at ${client.address}`;
  }

  private logInstructorTurns(): void {
    const { turns } = this.game.seated;
    for (const turn of turns.slice(this.turnsLogged)) {
      for (const phrase of this.options.instructorWords?.(turn) ?? []) this.log(`turn ${turn.turn}: ${phrase}`);
    }
    this.turnsLogged = turns.length;
  }

  private log(line: string): void {
    this.options.log?.(line);
  }

  /** The client's view: all turns when `whole`, else those it has not had. Notes what it was sent. */
  private viewFor(client: Client, whole = false) {
    const { identity } = client;
    const role = identity?.role ?? 'watch';
    const figures = this.game.modelView || role === 'instructor';
    const from = whole || figures !== client.figures ? 0 : Math.min(client.sent, this.game.seated.turns.length);
    client.sent = this.game.seated.turns.length;
    client.figures = figures;
    return gameView(this.game, role, identity?.role === 'seat' ? identity.seat : undefined, from);
  }

  /** Changes come in bursts (a move, then the model's turns): clients get one update for each burst. */
  private queueBroadcast(): void {
    if (this.broadcastQueued) return;
    this.broadcastQueued = true;
    queueMicrotask(() => {
      this.broadcastQueued = false;
      this.broadcast();
    });
  }

  private broadcast(): void {
    // Logged with the burst's update, so a move's own line (logged once it is accepted) comes first.
    this.logInstructorTurns();
    // One serialisation per kind of viewer and turns held: the watchers share one text, each seat has its own.
    const texts = new Map<string, string>();
    const turns = this.game.seated.turns.length;
    for (const client of this.clients) {
      const { identity } = client;
      if (identity === undefined || client.socket.readyState !== WebSocket.OPEN) continue;
      const figures = this.game.modelView || identity.role === 'instructor';
      const from = figures !== client.figures ? 0 : Math.min(client.sent, turns);
      const key = `${identity.role === 'seat' ? `seat:${identity.seat}` : identity.role}:${from}`;
      let text = texts.get(key);
      if (text !== undefined) {
        client.sent = turns;
        client.figures = figures;
      }
      if (text === undefined) {
        text = JSON.stringify({ type: 'update', view: this.viewFor(client) } satisfies ServerMessage);
        texts.set(key, text);
      }
      this.sendText(client, text);
    }
  }

  private sendAll(message: ServerMessage): void {
    for (const client of this.clients) if (client.identity !== undefined) this.send(client, message);
  }

  private send(client: Client, message: ServerMessage): void {
    if (client.socket.readyState === WebSocket.OPEN) this.sendText(client, JSON.stringify(message));
  }

  private sendText(client: Client, text: string): void {
    if (client.socket.bufferedAmount > MAX_BEHIND_BYTES) {
      this.log(`${this.who(client)} is not reading its updates; connection closed`);
      client.socket.terminate();
      return;
    }
    client.socket.send(text);
  }

  private heartbeat(): void {
    for (const client of this.clients) {
      if (!client.alive) {
        this.log(`${this.who(client)} stopped answering; connection closed`);
        client.socket.terminate();
        continue;
      }
      client.alive = false;
      client.socket.ping();
    }
  }

  private tick(): void {
    try {
      const turn = this.game.tick();
      if (turn !== undefined) this.log(`turn ${turn}: the timer ran out; the model played it`);
      else if (this.game.secondsLeft() !== undefined) this.queueBroadcast();
    } catch (error) {
      this.log(`the timer's move could not be saved: ${(error as Error).message}`);
    }
  }
}

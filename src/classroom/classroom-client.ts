import { WebSocket } from 'ws';
import { type GameInfo, type GameView, mergeView, type Role, type ServerMessage } from './protocol.js';
import { SOCKET_PATH } from './host-server.js';

export interface ClientOptions {
  readonly group?: string | undefined;
  /** Reconnect by itself after a lost connection (a restarted host, a network blip); on by default. */
  readonly reconnect?: boolean;
  /** Longest wait between tries, in ms. */
  readonly maxRetryMs?: number;
}

/**
 * A terminal-side client of the classroom protocol: joins with a code, keeps the latest
 * view, and reconnects by itself with the same code when the connection is lost, until
 * closed. `join` drives the Ink seat with it; tests and the bench drive it directly.
 */
export class ClassroomClient {
  game: GameInfo | undefined;
  view: GameView | undefined;
  role: Role | undefined;
  seat: string | undefined;
  private socket: WebSocket | undefined;
  private closed = false;
  private retry = 0;
  private readonly listeners = new Set<(message: ServerMessage | { readonly type: 'disconnected' | 'connected' }) => void>();

  constructor(
    readonly address: string,
    readonly code: string,
    private readonly options: ClientOptions = {},
  ) {
    this.connect();
  }

  /** Calls `listener` with every message from the host, and when the connection drops or comes back. */
  on(listener: (message: ServerMessage | { readonly type: 'disconnected' | 'connected' }) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The next message (or connection change) that `accept` takes, within `ms`. */
  next<T extends ServerMessage['type'] | 'disconnected' | 'connected'>(type: T, ms = 5000): Promise<Extract<ServerMessage | { type: 'disconnected' | 'connected' }, { type: T }>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`no '${type}' message within ${ms} ms`));
      }, ms);
      const stop = this.on((message) => {
        if (message.type !== type) return;
        clearTimeout(timer);
        stop();
        resolve(message as never);
      });
    });
  }

  /** Plays `action` for this seat at the turn being played now. */
  move(action: string): void {
    this.send({ type: 'move', turn: (this.view?.turns.length ?? 0) + 1, action });
  }

  /** Sends any message, as is: the host decides whether it is one. */
  send(message: unknown): void {
    this.sendText(JSON.stringify(message));
  }

  sendText(text: string): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(text);
  }

  get connected(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  /** Closes the connection for good; no reconnecting. */
  close(): void {
    this.closed = true;
    this.socket?.close();
  }

  /** Drops the connection abruptly (as a pulled cable would), then reconnects as usual. For tests of lost clients. */
  drop(): void {
    this.socket?.terminate();
  }

  private connect(): void {
    const socket = new WebSocket(`ws://${this.address}${SOCKET_PATH}`);
    this.socket = socket;
    socket.on('open', () => {
      this.retry = 0;
      this.emit({ type: 'connected' });
      const group = this.options.group;
      this.send({ type: 'hello', code: this.code, ...(group === undefined ? {} : { group }) });
    });
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as ServerMessage;
      if (message.type === 'welcome') {
        this.game = message.game;
        this.role = message.role;
        this.seat = message.seat;
        this.view = message.view;
      } else if (message.type === 'update') {
        this.view = mergeView(this.view, message.view);
      } else if (message.type === 'refused' && this.view === undefined && ['wrong-code', 'slow-down'].includes(message.reason)) {
        // A code the host refuses will not open it on the next try either.
        this.closed = true;
      }
      this.emit(message);
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      this.emit({ type: 'disconnected' });
      if (this.closed || this.options.reconnect === false) return;
      this.retry += 1;
      const wait = Math.min(this.options.maxRetryMs ?? 2000, 100 * 2 ** Math.min(this.retry, 5));
      setTimeout(() => {
        if (!this.closed) this.connect();
      }, wait).unref();
    });
  }

  private emit(message: ServerMessage | { readonly type: 'disconnected' | 'connected' }): void {
    for (const listener of [...this.listeners]) listener(message);
  }
}

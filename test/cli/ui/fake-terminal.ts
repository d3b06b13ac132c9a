import { EventEmitter } from 'node:events';
import type { TerminalStreams } from '../../../src/cli/ui/render-app.js';

/**
 * A terminal for `renderApp` without a TTY: stdin takes keystrokes and records raw-mode
 * switches, stdout records everything written (alternate-screen switches included).
 */
export function fakeTerminal(columns = 100, rows = 30) {
  const rawModes: boolean[] = [];
  let written = '';
  const stdout = Object.assign(new EventEmitter(), {
    columns,
    rows,
    isTTY: true,
    write: (text: string): boolean => {
      written += text;
      return true;
    },
  });
  let pending: string | null = null;
  const stdin = Object.assign(new EventEmitter(), {
    isTTY: true,
    setRawMode: (on: boolean) => rawModes.push(on),
    setEncoding: () => undefined,
    resume: () => undefined,
    pause: () => undefined,
    ref: () => undefined,
    unref: () => undefined,
    read: (): string | null => {
      const data = pending;
      pending = null;
      return data;
    },
  });
  const streams = { stdout, stdin } as unknown as TerminalStreams;
  return {
    streams,
    /** Types a key, as a terminal in raw mode delivers it. */
    type(key: string): void {
      pending = key;
      stdin.emit('readable');
    },
    written: (): string => written,
    rawModes,
  };
}

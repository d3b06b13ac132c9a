import { afterEach, describe, expect, it } from 'vitest';
import { onStopSignal, signalExitStatus, STOP_SIGNALS } from '../../src/cli/stop-signals.js';

// The one handler every long command stops through: whichever stop signal arrives, the
// command hears which, and exits with the status a shell gives that signal.
let release: (() => void) | undefined;
// The test runner's own handlers, if any, are set aside while a signal is emitted here.
let others: { signal: NodeJS.Signals; listeners: NodeJS.SignalsListener[] }[] = [];
afterEach(() => {
  release?.();
  release = undefined;
  for (const { signal, listeners } of others) for (const listener of listeners) process.on(signal, listener);
  others = [];
});

describe('onStopSignal', () => {
  it.each(STOP_SIGNALS)('hears %s as a stop, named', (signal) => {
    others.push({ signal, listeners: process.listeners(signal) as NodeJS.SignalsListener[] });
    process.removeAllListeners(signal);
    const heard: string[] = [];
    release = onStopSignal((stopped) => heard.push(stopped));
    expect(process.listenerCount(signal)).toBe(1);
    process.emit(signal, signal);
    expect(heard).toEqual([signal]);
    release();
    release = undefined;
    // Released, the signal is the process's again: no handler of ours is left.
    expect(process.listenerCount(signal)).toBe(0);
  });

  it('covers Ctrl-C, a closed terminal and a scheduler’s SIGTERM', () => {
    expect([...STOP_SIGNALS].sort()).toEqual(['SIGHUP', 'SIGINT', 'SIGTERM']);
  });
});

describe('signalExitStatus', () => {
  it('is 128 + the signal’s number, as a shell reports it: 130, 143, 129', () => {
    expect(STOP_SIGNALS.map(signalExitStatus)).toEqual([130, 143, 129]);
  });
});

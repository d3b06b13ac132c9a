import { beforeAll, describe, expect, it, vi } from 'vitest';
import { InterruptedError } from '../../../src/cli/interrupted-error.js';
import { loadUi } from '../../../src/cli/terminal.js';
import type { renderApp as RenderApp } from '../../../src/cli/ui/render-app.js';
import { openSeatedRun } from '../../../src/records/seated-run.js';
import { loadScenario } from '../../../src/scenarios/load.js';
import { pretendSave as save } from '../../helpers/pretend-save.js';
import { fakeTerminal } from './fake-terminal.js';

const s400 = loadScenario('s400');
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';

/**
 * Waits (up to 15 s) until the terminal has been sent `text`. Rendering is asynchronous and
 * much slower on a loaded CI machine, so a fixed pause would make these tests flaky; and a
 * key typed before the app has drawn its first screen could be lost.
 */
const untilWritten = (terminal: ReturnType<typeof fakeTerminal>, text: string): Promise<void> =>
  vi.waitFor(() => expect(terminal.written()).toContain(text), { timeout: 15_000, interval: 10 });

let renderApp: typeof RenderApp;
const ciBefore = process.env['CI'];
const restoreCi = (): void => {
  if (ciBefore === undefined) delete process.env['CI'];
  else process.env['CI'] = ciBefore;
};
const silent = { stdout: { write: () => true }, stderr: { write: () => true }, env: {} };

beforeAll(async () => {
  // Loaded as play and replay load it, under CI=true as a CI runner sets it. Ink loaded
  // plainly under CI draws nothing until exit, so every test below would fail.
  process.env['CI'] = 'true';
  try {
    ({ renderApp } = await loadUi(silent));
  } finally {
    restoreCi();
  }
});

describe('loadUi', () => {
  it('puts back the CI variable it hid from Ink while Ink loaded', async () => {
    process.env['CI'] = 'true';
    try {
      await loadUi(silent);
      expect(process.env['CI']).toBe('true');
    } finally {
      restoreCi();
    }
  });
});

describe('renderApp', () => {
  it('exits 130 on Ctrl-C (an InterruptedError), leaving the alternate screen and raw mode', async () => {
    const terminal = fakeTerminal();
    const done = renderApp(openSeatedRun(s400, 1, []), save, terminal.streams);
    await untilWritten(terminal, 'Turn 1 · Russia');
    terminal.type('\u0003');
    await expect(done).rejects.toBeInstanceOf(InterruptedError);
    expect(terminal.written().endsWith(LEAVE_ALTERNATE_SCREEN)).toBe(true);
    expect(terminal.rawModes.at(-1)).toBe(false);
  });

  it('says on Ctrl-C how many choices made by people were not saved', async () => {
    const terminal = fakeTerminal();
    const done = renderApp(openSeatedRun(loadScenario('hormuz'), 62, ['iran']), save, terminal.streams);
    await untilWritten(terminal, 'Your move, Iran');
    terminal.type('\r');
    await untilWritten(terminal, 'Iran chose');
    terminal.type('\u0003');
    await expect(done).rejects.toThrow('interrupted with Ctrl-C; 1 choice made by a person was not saved');
  });

  it('listens for stop signals before it enters the alternate screen, so none can leave the terminal there', async () => {
    const terminal = fakeTerminal();
    const write = terminal.streams.stdout.write.bind(terminal.streams.stdout);
    const listening: Record<string, number>[] = [];
    const count = () => Object.fromEntries(['SIGINT', 'SIGTERM', 'SIGHUP'].map((signal) => [signal, process.listenerCount(signal)]));
    terminal.streams.stdout.write = ((text: string) => {
      if (text.includes('\u001B[?1049h')) listening.push(count());
      return write(text);
    }) as typeof terminal.streams.stdout.write;
    const before = count();
    const done = renderApp(openSeatedRun(s400, 1, []), save, terminal.streams);
    await untilWritten(terminal, 'Turn 1 · Russia');
    terminal.type('q');
    await done;
    expect(listening).toHaveLength(1);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) expect(listening[0]![signal], signal).toBeGreaterThan(before[signal]!);
    expect(count()).toEqual(before);
  });

  it('exits normally on q', async () => {
    const terminal = fakeTerminal();
    const done = renderApp(openSeatedRun(s400, 1, []), save, terminal.streams);
    await untilWritten(terminal, 'Turn 1 · Russia');
    terminal.type('q');
    await expect(done).resolves.toBeUndefined();
    expect(terminal.written().endsWith(LEAVE_ALTERNATE_SCREEN)).toBe(true);
  });

  it('quits on q only after y when choices made by people would be lost', async () => {
    const terminal = fakeTerminal();
    let exited = false;
    const done = renderApp(openSeatedRun(loadScenario('hormuz'), 62, ['iran']), save, terminal.streams).then(() => {
      exited = true;
    });
    await untilWritten(terminal, 'Your move, Iran');
    terminal.type('\r'); // Iran's choice at turn 7
    await untilWritten(terminal, 'Iran chose');
    terminal.type('q');
    await untilWritten(terminal, 'Discard 1 choice made by a person? y to discard, any other key to keep playing');
    expect(exited).toBe(false);
    terminal.type('y');
    await done;
    expect(exited).toBe(true);
  });
});

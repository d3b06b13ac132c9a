import { render } from 'ink';
import type { RunRecord } from '../../records/run-record.js';
import type { SeatedRun } from '../../records/seated-run.js';
import { InterruptedError } from '../interrupted-error.js';
import { onStopSignal, type StopSignal } from '../stop-signals.js';
import type { SaveOutcome } from '../../records/save-record.js';
import { App } from './App.js';

/** The process's real terminal: Ink needs raw mode on stdin and the size of stdout. */
export interface TerminalStreams {
  readonly stdout: NodeJS.WriteStream;
  readonly stdin: NodeJS.ReadStream;
}

const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h\u001B[H';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';

/**
 * Runs the stepper full-screen until the user quits; `group` names the group playing, and
 * `notice` is said first in the status line (a record shown unchecked says so). The alternate screen keeps the
 * user's scrollback intact, and leaving it on any exit (q, Ctrl-C, SIGTERM) restores the
 * terminal as it was.
 *
 * Ctrl-C rejects with an InterruptedError (exit 130, like `batch`): in raw mode it arrives
 * as a key, which the App turns into that error, rather than Ink's exitOnCtrlC, which would
 * exit as if q had been pressed. A SIGINT, SIGTERM or SIGHUP from outside the terminal
 * does the same, with the signal's own exit status (130, 143, 129).
 */
export async function renderApp(
  seated: SeatedRun,
  onSave: (record: RunRecord) => SaveOutcome,
  streams: TerminalStreams,
  group?: string,
  onPlayed?: (seated: SeatedRun, action: string, before: SeatedRun) => void,
  notice?: string,
): Promise<void> {
  streams.stdout.write(ENTER_ALTERNATE_SCREEN);
  const app = render(<App seated={seated} onSave={onSave} group={group} onPlayed={onPlayed} notice={notice} />, {
    stdout: streams.stdout,
    stdin: streams.stdin,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  let interrupted: StopSignal | undefined;
  const release = onStopSignal((signal) => {
    interrupted ??= signal;
    app.unmount();
  });
  try {
    await app.waitUntilExit();
  } finally {
    release();
    streams.stdout.write(LEAVE_ALTERNATE_SCREEN);
  }
  if (interrupted !== undefined) throw new InterruptedError(`interrupted by ${interrupted}`, interrupted);
}

import { render } from 'ink';
import type { RunRecord } from '../../records/run-record.js';
import type { SeatedRun } from '../../records/seated-run.js';
import { InterruptedError } from '../interrupted-error.js';
import { onStopSignal, type StopSignal } from '../stop-signals.js';
import type { SaveOutcome } from '../../records/save-record.js';
import { App, type AppProps } from './App.js';

/** The process's real terminal: Ink needs raw mode on stdin and the size of stdout. */
export interface TerminalStreams {
  readonly stdout: NodeJS.WriteStream;
  readonly stdin: NodeJS.ReadStream;
}

const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h\u001B[H';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';

/** What the stepper shows besides the run (see `AppProps`). */
export type AppOptions = Pick<AppProps, 'group' | 'onPlayed' | 'onDiscarded' | 'notice' | 'logCommand'>;

/**
 * Runs the stepper full-screen until the user quits, with `options` as `App` takes them.
 * The alternate screen keeps the
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
  options: AppOptions = {},
): Promise<void> {
  // The handlers are in place before the screen changes. Until Ink's own exit hook is set, a
  // stop signal would otherwise end the process with the terminal left on the alternate screen.
  let interrupted: StopSignal | undefined;
  let app: ReturnType<typeof render> | undefined;
  const release = onStopSignal((signal) => {
    interrupted ??= signal;
    app?.unmount();
  });
  try {
    streams.stdout.write(ENTER_ALTERNATE_SCREEN);
    app = render(<App seated={seated} onSave={onSave} {...options} />, {
      stdout: streams.stdout,
      stdin: streams.stdin,
      exitOnCtrlC: false,
      patchConsole: false,
    });
    await app.waitUntilExit();
  } finally {
    release();
    streams.stdout.write(LEAVE_ALTERNATE_SCREEN);
  }
  if (interrupted !== undefined) throw new InterruptedError(`interrupted by ${interrupted}`, interrupted);
}

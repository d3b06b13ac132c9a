import type { CliIo } from './cli-io.js';
import type { TerminalStreams } from './ui/render-app.js';
import { UsageError } from './usage-error.js';

/** The real terminal streams, or undefined when stdout or stdin is not a terminal. */
export function terminalStreams(io: CliIo): TerminalStreams | undefined {
  if (!io.stdout.isTTY || !io.stdin?.isTTY) return undefined;
  // Both are TTYs, so they are the process's real streams (tests inject plain objects, never TTYs).
  return { stdout: io.stdout as NodeJS.WriteStream, stdin: io.stdin as NodeJS.ReadStream };
}

/** The real terminal streams, or a one-line UsageError saying what to run instead. */
export function requireTerminal(io: CliIo, instead: string): TerminalStreams {
  const streams = terminalStreams(io);
  if (streams === undefined) {
    const which = io.stdout.isTTY ? 'stdin' : 'stdout';
    throw new UsageError(`the terminal UI needs an interactive terminal and ${which} is not one; for a printed log use: ${instead}`);
  }
  return streams;
}

/**
 * Ink reads these once, when it loads, and if either is set it draws nothing until exit
 * (so that CI logs get one final frame instead of erased ones).
 */
const CI_VARIABLES = ['CI', 'CONTINUOUS_INTEGRATION'] as const;

/**
 * Loads the Ink UI only now: Ink and React add ~0.4 s to start-up that the other commands
 * should not pay, and the environment must be settled before Ink reads it.
 * - Ink ignores NO_COLOR by itself, so it is translated to FORCE_COLOR=0.
 * - Callers have checked that a person is at a terminal, so a CI variable inherited from
 *   the shell would only leave them a blank screen: it is hidden while Ink loads, then
 *   put back.
 */
export async function loadUi(io: CliIo): Promise<typeof import('./ui/render-app.js')> {
  const noColor = io.env?.['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') process.env['FORCE_COLOR'] = '0';
  const hidden = CI_VARIABLES.filter((name) => name in process.env).map((name) => [name, process.env[name]] as const);
  for (const [name] of hidden) delete process.env[name];
  try {
    return await import('./ui/render-app.js');
  } finally {
    for (const [name, value] of hidden) process.env[name] = value;
  }
}

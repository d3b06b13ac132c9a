import { EXIT, EXIT_STATUS_OF } from './exit-codes.js';
import { WargameError } from '../errors/wargame-error.js';
import { CommanderError } from 'commander';
import { escapeUnprintable } from '../text/printable-text.js';
import { cutLongWords } from '../text/shown-text.js';
import { ConformanceError } from '../testing/conformance/conformance-error.js';
import type { OutputStream } from './cli-io.js';
import { commanderStatus } from './commander-status.js';
import { InterruptedError } from './interrupted-error.js';

/**
 * Turns an error into a message on stderr and an exit status. A user's mistake is one
 * line per problem and never a stack trace; only a bug in wargame prints one.
 */
export function reportError(error: unknown, out: OutputStream): number {
  // Messages quote what files contain; no byte of a file may reach the terminal raw. And
  // they echo what the user gave: a 100,000-character path is cut, not repeated whole.
  const stderr = { write: (text: string) => out.write(escapeUnprintable(cutLongWords(text))) };
  if (error instanceof CommanderError) return commanderStatus(error);
  if (error instanceof WargameError) {
    // Problems in a file or a run begin with where they are (file:line:column, or the
    // record's file), so they go out bare for editors and CI to pick up, like a compiler's;
    // a problem with what the user typed or with a file system reads as an error.
    const bare = error.code === 'invalid-data' || error.code === 'check-failed' || error.code === 'interrupted';
    // `wargame check` has printed the whole report on stdout; its summary names what failed.
    const message = error instanceof ConformanceError ? error.summary : error.message;
    stderr.write(`${bare ? '' : 'error: '}${message}\n`);
    return error instanceof InterruptedError ? error.exitStatus : EXIT_STATUS_OF[error.code];
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  stderr.write(`internal error (a bug in wargame; please report it):\n${detail}\n`);
  return EXIT.software;
}


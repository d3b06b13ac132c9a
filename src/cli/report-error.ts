import { CommanderError } from 'commander';
import { MergeError } from '../batch/partial-batch.js';
import { ReplayError } from '../records/replay-error.js';
import { RunError } from '../engine/run-error.js';
import { InputError, UnknownScenarioError } from '../scenarios/input-error.js';
import { ReportInputError } from '../report/report-input-error.js';
import { escapeUnprintable } from '../text/printable-text.js';
import { cutLongWords } from '../text/shown-text.js';
import { OverrideError } from '../scenarios/override-error.js';
import { ScenarioError } from '../scenarios/scenario-error.js';
import { ConformanceError } from '../testing/conformance/conformance-error.js';
import type { OutputStream } from './cli-io.js';
import { commanderStatus } from './commander-status.js';
import { EXIT } from './exit-codes.js';
import { ChecksFailedError } from './checks-failed-error.js';
import { InterruptedError } from './interrupted-error.js';
import { OutputError } from '../output/output-error.js';
import { RunFailure } from './run-failure.js';
import { UsageError } from './usage-error.js';

/**
 * Turns an error into a message on stderr and an exit status. A user's mistake is one
 * line per problem and never a stack trace; only a bug in wargame prints one.
 */
export function reportError(error: unknown, out: OutputStream): number {
  // Messages quote what files contain; no byte of a file may reach the terminal raw. And
  // they echo what the user gave: a 100,000-character path is cut, not repeated whole.
  const stderr = { write: (text: string) => out.write(escapeUnprintable(cutLongWords(text))) };
  if (error instanceof CommanderError) return commanderStatus(error);
  // These begin with where the problem is (file:line:column, or the record's file), so
  // they go out bare for editors and CI to pick up, like a compiler's.
  if (error instanceof ScenarioError || error instanceof RunError || error instanceof RunFailure || error instanceof ReplayError || error instanceof MergeError) {
    stderr.write(`${error.message}\n`);
    return EXIT.data;
  }
  // `wargame check` has printed the whole report on stdout; this names what failed.
  if (error instanceof ConformanceError) {
    stderr.write(`${error.summary}\n`);
    return EXIT.data;
  }
  if (error instanceof ReportInputError) {
    stderr.write(`error: ${error.message}\n`);
    return EXIT.data;
  }
  if (error instanceof InputError) {
    stderr.write(`error: ${error.message}\n`);
    return EXIT.noInput;
  }
  if (error instanceof ChecksFailedError) {
    stderr.write(`${error.message}\n`);
    return EXIT.failed;
  }
  if (error instanceof OutputError) {
    stderr.write(`error: ${error.message}\n`);
    return EXIT.cannotCreate;
  }
  if (error instanceof InterruptedError) {
    stderr.write(`${error.message}\n`);
    return error.exitStatus;
  }
  if (error instanceof UsageError || error instanceof UnknownScenarioError || error instanceof OverrideError) {
    stderr.write(`error: ${error.message}\n`);
    return EXIT.usage;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  stderr.write(`internal error (a bug in wargame; please report it):\n${detail}\n`);
  return EXIT.software;
}


import type { CommanderError } from 'commander';
import { EXIT } from './exit-codes.js';

/**
 * The exit status of a command line commander refused or answered. It has already printed
 * its message; --help and --version succeed; bare `wargame` prints the same help but is a
 * usage error.
 */
export function commanderStatus(error: CommanderError): number {
  return ['commander.helpDisplayed', 'commander.version'].includes(error.code) ? EXIT.ok : EXIT.usage;
}

import type { Overrides } from '../scenarios/overrides.js';
import { shellWord } from '../text/shell-word.js';
import { setArguments } from './set-option.js';

/**
 * `wargame run <scenario> [--seed N] [--set PATH=VALUE …]` as a user pastes it: the command
 * a hint prints to show one run on its own (a failure's, or a printed log of what the
 * terminal UI would show). The scenario may be a file's path, so it is quoted for the shell.
 */
export function runCommand(scenario: string, seed?: number, overrides: Overrides = {}): string {
  return `wargame run ${shellWord(scenario)}${seed === undefined ? '' : ` --seed ${seed}`}${setArguments(overrides)}`;
}

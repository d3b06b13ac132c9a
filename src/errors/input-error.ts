import { WargameError } from './wargame-error.js';
/** A scenario or record file that cannot be read: missing, a directory, unreadable. */
export class InputError extends WargameError {
  override readonly name = 'InputError';
  readonly code = 'no-input' as const;
}

/** A scenario name that is neither a built-in scenario nor a path to a file. */
export class UnknownScenarioError extends WargameError {
  override readonly name = 'UnknownScenarioError';
  readonly code = 'usage' as const;
}

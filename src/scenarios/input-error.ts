/** A scenario or record file that cannot be read: missing, a directory, unreadable. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** A scenario name that is neither a built-in scenario nor a path to a file. */
export class UnknownScenarioError extends Error {
  override readonly name = 'UnknownScenarioError';
}

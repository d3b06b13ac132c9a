/** A `--set` override the scenario cannot take: an unknown path or a value out of range. Exit status 2. */
export class OverrideError extends Error {
  override readonly name = 'OverrideError';
}

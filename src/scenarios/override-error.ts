/** An override (`--set`, or an experiment's `--vary`) the scenario cannot take: an unknown path, a value out of range, malformed text. Exit status 2. */
export class OverrideError extends Error {
  override readonly name = 'OverrideError';
}

import { WargameError } from '../errors/wargame-error.js';
/** An override (`--set`, or an experiment's `--vary`) the scenario cannot take: an unknown path, a value out of range, malformed text. Exit status 2. */
export class OverrideError extends WargameError {
  override readonly name = 'OverrideError';
  readonly code = 'usage' as const;
}

import { WargameError } from '../errors/wargame-error.js';
/** A run record that cannot be replayed here: another scenario, scenario version or engine version. */
export class ReplayError extends WargameError {
  override readonly name = 'ReplayError';
  readonly code = 'invalid-data' as const;
}

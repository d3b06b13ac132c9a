import { WargameError } from '../errors/wargame-error.js';
/** A check the command ran did not pass; its report was written first. Exit 1. */
export class ChecksFailedError extends WargameError {
  override readonly name = 'ChecksFailedError';
  readonly code = 'check-failed' as const;
}

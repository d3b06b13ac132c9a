import { WargameError } from '../errors/wargame-error.js';
/** A command line the CLI cannot act on; reported in one line with exit status 2. */
export class UsageError extends WargameError {
  override readonly name = 'UsageError';
  readonly code = 'usage' as const;
}

import { WargameError } from '../errors/wargame-error.js';

/**
 * A file given to `wargame report` that was read but is not a result it can show: another
 * kind of file, or a result edited by hand. Bad data (exit 65), unlike a missing file (66).
 */
export class ReportInputError extends WargameError {
  override readonly name = 'ReportInputError';
  readonly code = 'invalid-data' as const;
}

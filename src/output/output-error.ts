import { WargameError } from '../errors/wargame-error.js';
/**
 * An output that could not be written whole: a missing folder, a full disk, a file-size
 * limit, a failed rename. Exit status 73 (sysexits' EX_CANTCREAT), apart from 66, which
 * says an input is missing: a script can tell "fix my arguments" from "free some disk".
 */
export class OutputError extends WargameError {
  override readonly name = 'OutputError';
  readonly code = 'cannot-create' as const;
}

import type { ErrorCode } from '../errors/wargame-error.js';

/** Exit statuses, following BSD sysexits where one fits. */
export const EXIT = {
  ok: 0,
  /** A check the command ran did not pass (`ledger --strict`); its report was written. */
  failed: 1,
  /** Bad command line: unknown option, missing argument, out-of-range number. */
  usage: 2,
  /** EX_DATAERR: the scenario or record is invalid or misbehaves. */
  data: 65,
  /** EX_NOINPUT: an input file is missing or unreadable. */
  noInput: 66,
  /** EX_SOFTWARE: a bug in wargame itself. */
  software: 70,
  /** EX_CANTCREAT: an output could not be written whole (full disk, missing folder); the target is left as it was. */
  cannotCreate: 73,
  /** Stopped by Ctrl-C (128 + SIGINT), after writing what was finished; SIGHUP gives 129 and SIGTERM 143. */
  interrupted: 130,
} as const;

/** The exit status for each kind of error (`WargameError.code`); a signal's own status overrides `interrupted`'s. */
export const EXIT_STATUS_OF: Readonly<Record<ErrorCode, number>> = {
  usage: EXIT.usage,
  'invalid-data': EXIT.data,
  'no-input': EXIT.noInput,
  'cannot-create': EXIT.cannotCreate,
  'check-failed': EXIT.failed,
  interrupted: EXIT.interrupted,
};

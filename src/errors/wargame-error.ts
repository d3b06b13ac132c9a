/**
 * What kind of failure an error is, in words that stay the same from version to version:
 * a program can branch on it, and the command line's exit status follows from it
 * (`src/cli/exit-codes.ts`).
 *
 * - `usage`: a command line or call the program cannot take (an unknown path, a value out of range)
 * - `invalid-data`: a scenario, record or batch part that is invalid or misbehaves
 * - `no-input`: an input file that is missing or unreadable
 * - `cannot-create`: an output that could not be written whole
 * - `check-failed`: a check that ran and did not pass
 * - `interrupted`: stopped by a signal, after keeping what was finished
 */
export type ErrorCode = 'usage' | 'invalid-data' | 'no-input' | 'cannot-create' | 'check-failed' | 'interrupted';

/** The base of every error wargame throws for a user to read: each has a stable `code`. */
export abstract class WargameError extends Error {
  abstract readonly code: ErrorCode;
}

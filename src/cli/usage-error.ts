/** A command line the CLI cannot act on; reported in one line with exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

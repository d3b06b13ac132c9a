/** A check the command ran did not pass; its report was written first. Exit 1. */
export class ChecksFailedError extends Error {
  override readonly name = 'ChecksFailedError';
}

/** A scenario or record file that cannot be read: missing, a directory, unreadable. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/**
 * An expression that may not be compiled: bad syntax, or something the whitelist forbids.
 * `offset` is the 0-based character position inside the expression text, when known.
 */
export class ExpressionError extends Error {
  override readonly name = 'ExpressionError';
  constructor(
    message: string,
    readonly offset?: number,
  ) {
    super(message);
  }
}

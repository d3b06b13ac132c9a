/**
 * A scenario that loaded but misbehaves during a run: an expression that gives NaN or
 * infinity, or chance probabilities that cannot sum to 1. `origin` says where the
 * offending expression was written (file:line:column when loaded from a file).
 */
export class RunError extends Error {
  override readonly name = 'RunError';
  constructor(
    message: string,
    readonly origin: string,
  ) {
    super(`${origin}: ${message}`);
  }
}

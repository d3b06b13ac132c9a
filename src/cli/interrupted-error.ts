/** The user stopped a long command with Ctrl-C after its partial result was written; exit 130. */
export class InterruptedError extends Error {
  override readonly name = 'InterruptedError';
}

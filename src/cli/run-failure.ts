import type { RunError } from '../engine/run-error.js';

/**
 * A RunError met part-way through a batch, told with the command that shows the failing
 * run on its own: such faults often appear only at states that few seeds reach.
 */
export class RunFailure extends Error {
  override readonly name = 'RunFailure';
  constructor(cause: RunError, replay: string) {
    super(`${cause.message}\nto see that run on its own: ${replay}`, { cause });
  }
}

import { WargameError } from '../errors/wargame-error.js';
import type { RunError } from '../engine/run-error.js';

/**
 * A RunError met part-way through a batch, told with the command that shows the failing
 * run on its own: such faults often appear only at states that few seeds reach.
 */
export class RunFailure extends WargameError {
  override readonly name = 'RunFailure';
  readonly code = 'invalid-data' as const;
  constructor(cause: RunError, replay: string) {
    super(`${cause.message}\nto see that run on its own: ${replay}`, { cause });
  }
}

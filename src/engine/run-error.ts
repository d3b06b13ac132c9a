import { WargameError } from '../errors/wargame-error.js';
/**
 * When in a run a RunError arose: enough to reproduce it with `wargame run --seed`.
 * `turn` 0 is the trigger; `batchRun` is the run's 0-based index when it was one of a batch.
 */
export interface RunMoment {
  readonly seed: number;
  readonly turn: number;
  readonly batchRun?: number;
}

/**
 * A scenario that loaded but misbehaves during a run: an expression that gives NaN or
 * infinity, or chance probabilities that cannot sum to 1. `origin` says where the
 * offending expression was written (file:line:column when loaded from a file); `moment`,
 * once the run loop has added it, says which run and turn met it, since such a fault may
 * show only at states that few seeds reach.
 */
export class RunError extends WargameError {
  override readonly name = 'RunError';
  readonly code = 'invalid-data' as const;
  constructor(
    /** What is wrong, without where. */
    readonly problem: string,
    readonly origin: string,
    readonly moment?: RunMoment,
  ) {
    super(`${origin}: ${problem}${moment === undefined ? '' : ` (${describeMoment(moment)})`}`);
  }

  /** The same error placed in a run; what is already known of the moment is kept. */
  during(moment: RunMoment): RunError {
    const { seed, turn } = this.moment ?? moment;
    const batchRun = this.moment?.batchRun ?? moment.batchRun;
    return new RunError(this.problem, this.origin, batchRun === undefined ? { seed, turn } : { seed, turn, batchRun });
  }
}

function describeMoment({ seed, turn, batchRun }: RunMoment): string {
  const when = turn === 0 ? 'at the trigger' : `turn ${turn}`;
  return batchRun === undefined ? `${when} of the run with seed ${seed}` : `${when} of batch run ${batchRun + 1}, seed ${seed}`;
}

/** Runs `work`, placing any RunError it throws at `moment`. */
export function placed<T>(moment: RunMoment, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw error instanceof RunError ? error.during(moment) : error;
  }
}

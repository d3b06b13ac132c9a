import { WargameError } from '../errors/wargame-error.js';
import { signalExitStatus, type StopSignal } from './stop-signals.js';

/**
 * The user (Ctrl-C) or the system (SIGTERM, SIGHUP) stopped a long command after its
 * partial result was written; the exit status is 128 + the signal's number (130, 143, 129).
 */
export class InterruptedError extends WargameError {
  override readonly name = 'InterruptedError';
  readonly code = 'interrupted' as const;
  constructor(
    message: string,
    readonly signal: StopSignal = 'SIGINT',
  ) {
    super(message);
  }

  get exitStatus(): number {
    return signalExitStatus(this.signal);
  }
}

/** How a message says what stopped a command: "interrupted" for Ctrl-C, as it always has, else "stopped by SIGTERM". */
export function stoppedBy(signal: StopSignal | undefined): string {
  return signal === undefined || signal === 'SIGINT' ? 'interrupted' : `stopped by ${signal}`;
}

import type { OutputFile } from '../output/atomic-output.js';
import { onStopSignal, type StopSignal } from './stop-signals.js';

/**
 * What stops a long command before its end: the first stop signal (Ctrl-C, SIGTERM,
 * SIGHUP), or an output that cannot be written. Either trips `signal`, so the work stops
 * as it would for Ctrl-C and what was finished is still reported. Listens from creation
 * until `release`.
 */
export class WorkStop {
  private readonly controller = new AbortController();
  private received: StopSignal | undefined;
  /** The first failure to write an output, reported once the finished work has been. */
  writeError: unknown;
  readonly release: () => void;

  constructor() {
    this.release = onStopSignal((signal) => {
      this.received ??= signal;
      this.controller.abort();
    });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The stop signal that arrived first, if one did. */
  get stopSignal(): StopSignal | undefined {
    return this.received;
  }

  /** Writes to `output` until a write fails; that failure is kept in `writeError` and stops the work. */
  writerTo(output: OutputFile): (bytes: Uint8Array) => Promise<void> {
    return async (bytes) => {
      if (this.writeError !== undefined) return;
      try {
        await output.write(bytes);
      } catch (error) {
        this.writeError = error;
        this.controller.abort();
      }
    };
  }
}

import { constants } from 'node:os';

/**
 * The signals that ask a long command to stop: Ctrl-C (SIGINT), a closed terminal
 * (SIGHUP), and SIGTERM, which Slurm, Kubernetes and `kill` send. Each stops it the same
 * way, keeping every finished run, so a cluster's time limit loses no work.
 */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
export type StopSignal = (typeof STOP_SIGNALS)[number];

/** The exit status of a process stopped by `signal`, as a shell reports one: 128 + its number. */
export function signalExitStatus(signal: StopSignal): number {
  return 128 + constants.signals[signal];
}

/**
 * Calls `stop` with the first stop signal that arrives until the returned function is
 * called, which removes the handlers (so afterwards a signal ends the process as usual).
 */
export function onStopSignal(stop: (signal: StopSignal) => void): () => void {
  const handlers = STOP_SIGNALS.map((signal) => [signal, () => stop(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}

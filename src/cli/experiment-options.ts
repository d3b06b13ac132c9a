import { availableParallelism } from 'node:os';
import { Option } from 'commander';
import { pointEvaluator, type PointEvaluator } from '../experiments/evaluator.js';
import { parseFactor, type Factor } from '../experiments/factor.js';
import type { ResolvedScenario } from '../scenarios/resolved-scenario.js';
import { InterruptedExperiment } from '../experiments/sensitivity.js';
import { InterruptedError } from './interrupted-error.js';
import { parseWorkers } from './options.js';
import type { StopSignal } from './stop-signals.js';
import { WorkStop } from './work-stop.js';

/** `--workers N`: points run on N worker threads, one per core by default, as batches do. */
export function workersOption(): Option {
  // The default is described, not shown: the number would differ from machine to machine.
  return new Option('--workers <n>', 'worker threads').argParser(parseWorkers).default(availableParallelism(), 'one per core');
}

/** Points on `workers` threads, this one included, as a batch's runs: one runs them here with no pool to start. */
export function evaluatorFor(resolved: ResolvedScenario, workers: number): PointEvaluator {
  return pointEvaluator(resolved, { workers });
}

/** `--vary PATH=…`, repeatable. */
export function varyOption(description: string): Option {
  return new Option('--vary <PATH=VALUES>', description).argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
}

/** The factors a command line gave with `--vary`. */
export function factorsOf(options: { readonly vary?: readonly string[] | undefined }): Factor[] {
  return (options.vary ?? []).map(parseFactor);
}

/**
 * Runs `work` with an AbortSignal that Ctrl-C, SIGTERM or SIGHUP trips, so an experiment
 * stops after the point in progress instead of the process dying with nothing written.
 * An analysis that needs every point (InterruptedExperiment) becomes an InterruptedError
 * with the signal's exit status.
 */
export async function untilInterrupted<T>(work: (signal: AbortSignal) => Promise<T>): Promise<{ result: T; interrupted: boolean; signal: StopSignal }> {
  const stop = new WorkStop();
  try {
    const result = await work(stop.signal);
    return { result, interrupted: stop.signal.aborted, signal: stop.stopSignal ?? 'SIGINT' };
  } catch (error) {
    if (error instanceof InterruptedExperiment) throw new InterruptedError(error.message, stop.stopSignal);
    throw error;
  } finally {
    stop.release();
  }
}

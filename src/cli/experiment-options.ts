import { Option } from 'commander';
import { parseFactor, type Factor } from '../experiments/factor.js';

/** `--vary PATH=…`, repeatable. */
export function varyOption(description: string): Option {
  return new Option('--vary <PATH=VALUES>', description).argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
}

/** The factors a command line gave with `--vary`. */
export function factorsOf(options: { readonly vary?: readonly string[] | undefined }): Factor[] {
  return (options.vary ?? []).map(parseFactor);
}

/**
 * Runs `work` with an AbortSignal that Ctrl-C (SIGINT) trips, so an experiment stops
 * after the point in progress instead of the process dying with nothing written.
 */
export async function untilInterrupted<T>(work: (signal: AbortSignal) => Promise<T>): Promise<{ result: T; interrupted: boolean }> {
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.on('SIGINT', stop);
  try {
    const result = await work(controller.signal);
    return { result, interrupted: controller.signal.aborted };
  } finally {
    process.off('SIGINT', stop);
  }
}

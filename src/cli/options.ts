import { InvalidArgumentError } from 'commander';
import { UsageError } from './usage-error.js';
import { GroupName } from '../records/group-name.js';

/** Parses `--seed`: a non-negative whole number that JavaScript can hold exactly. */
export function parseSeed(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) {
    throw new InvalidArgumentError(`the seed must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`);
  }
  return n;
}

/** Parses `--runs`: a whole number from 1 to a billion. */
export function parseRuns(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > 1e9) {
    throw new InvalidArgumentError('the number of runs must be a whole number from 1 to 1000000000');
  }
  return n;
}

export const DEFAULT_SEED = 1;

/** Runs in a batch (and per point of an experiment) when `--runs` is not given. */
export const DEFAULT_RUNS = 1000;

/**
 * Checks `--group`: a name a run record can hold (see GroupName). Checked here rather than
 * by commander, whose message would repeat the value, line breaks and all.
 */
export function checkGroup(value: string | undefined): void {
  if (value === undefined) return;
  const result = GroupName.safeParse(value);
  if (!result.success) throw new UsageError(`--group ${JSON.stringify(value)}: ${result.error.issues[0]!.message}`);
}

/** A number of worker threads, 1 to 1024. */
export function parseWorkers(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > 1024) throw new InvalidArgumentError('the number of workers must be a whole number from 1 to 1024');
  return n;
}

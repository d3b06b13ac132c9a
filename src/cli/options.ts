import { availableParallelism } from 'node:os';
import { InvalidArgumentError } from 'commander';
import { parseWholeNumber } from './whole-number.js';

/** Parses `--seed`: a non-negative whole number that JavaScript can hold exactly. */
export function parseSeed(value: string): number {
  const n = parseWholeNumber(value);
  if (n === undefined) {
    throw new InvalidArgumentError(`the seed must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`);
  }
  return n;
}

/** Parses `--runs`: a whole number from 1 to a billion. */
export const parseRuns = parseCountOf('runs');

/** A parser for an option that counts `what` (runs, points, trajectories): a whole number from 1 to 10⁹, its error naming what it counts. */
export function parseCountOf(what: string): (value: string) => number {
  return (value) => {
    const n = parseWholeNumber(value);
    if (n === undefined || n < 1 || n > 1e9) throw new InvalidArgumentError(`the number of ${what} must be a whole number from 1 to 1000000000`);
    return n;
  };
}

export const DEFAULT_SEED = 1;

/** Runs in a batch (and per point of an experiment) when `--runs` is not given. */
export const DEFAULT_RUNS = 1000;

/**
 * The most threads `--workers` may ask for: twice the cores. Each worker thread holds its
 * own heap (tens of megabytes) and a thread beyond the cores plays no run sooner, so a
 * thousand only exhaust memory (8 GB within a minute).
 */
export function maxWorkers(): number {
  return 2 * availableParallelism();
}

/** A number of worker threads, 1 to `maxWorkers()`. */
export function parseWorkers(value: string): number {
  const n = parseWholeNumber(value);
  if (n === undefined || n < 1) throw new InvalidArgumentError('the number of workers must be a whole number from 1');
  const most = maxWorkers();
  if (n > most) throw new InvalidArgumentError(`${n} workers are more than ${most}, twice this machine's ${most / 2} cores; more threads than that play no run sooner`);
  return n;
}

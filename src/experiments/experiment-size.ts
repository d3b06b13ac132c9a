import { requireWhole } from '../batch/whole-number.js';
import { requireSeed } from '../engine/random.js';
import { OverrideError } from '../scenarios/override-error.js';

/**
 * The most points one experiment may have. A point is at least one run and its row in
 * the result, which is held in memory: 100,000 points are a 30 MB result and, at the
 * default 1000 runs each, a day of one core; a design past that is a typo (`lo:hi:1e9`)
 * far more often than a plan, and would exhaust memory before the first run.
 */
export const MAX_POINTS = 100_000;

/** The most runs one experiment may make in all (points × runs per point): as many as the largest batch. */
export const MAX_EXPERIMENT_RUNS = 1_000_000_000;

/**
 * Refuses, before the design is built, an experiment of more than MAX_POINTS points or
 * MAX_EXPERIMENT_RUNS runs; `design` says how the size came about ("a grid of 1000 × 1000
 * × 1000"). Throws an OverrideError (exit 2) that gives the size and the limit.
 */
export function checkExperimentSize(design: string, points: number, runs: number): void {
  if (points > MAX_POINTS) {
    throw new OverrideError(`${design} is ${formatCount(points)} points; an experiment has at most ${formatCount(MAX_POINTS)} (docs/EXPERIMENTS.md#limits)`);
  }
  if (points * runs > MAX_EXPERIMENT_RUNS) {
    throw new OverrideError(
      `${design} is ${formatCount(points)} points × ${formatCount(runs)} runs = ${formatCount(points * runs)} runs; an experiment makes at most ${formatCount(MAX_EXPERIMENT_RUNS)} (docs/EXPERIMENTS.md#limits)`,
    );
  }
}

function formatCount(n: number): string {
  return Number.isSafeInteger(n) ? String(n) : n.toPrecision(3);
}

/**
 * Throws a RangeError unless `runs` is a whole number of at least 1 and `seed` one from 0
 * to 2⁵³ − 1, as the command line's options are: a seed past that, or not whole, would be
 * written into the result as a number that does not reproduce it.
 */
export function checkRunsAndSeed(runs: number, seed: number): void {
  requireWhole('runs', runs, 1);
  requireSeed(seed);
}

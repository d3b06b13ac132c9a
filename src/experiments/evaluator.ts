import { runSeed } from '../batch/run-seed.js';
import { placed } from '../engine/run-error.js';
import { leanRunFor } from '../engine/lean-run.js';
import type { Scenario } from '../engine/scenario.js';
import { applyOverrides, type Overrides } from '../scenarios/overrides.js';
import type { ResolvedScenario } from '../scenarios/parse-scenario.js';
import { scenarioVariant } from '../scenarios/scenario-variant.js';

/** How often each named outcome held at one point, over `runs` runs, and what each quantity came to. */
export interface PointCounts {
  readonly runs: number;
  /** Per named outcome of the scenario, in its order. */
  readonly counts: readonly number[];
  /** Per quantity, in the scenario's order: the sum of its final values, and of their squares (for means and their errors). */
  readonly sums?: readonly number[] | undefined;
  readonly squares?: readonly number[] | undefined;
}

/**
 * Runs an experiment's points: at each point (a set of overrides) `runs` runs whose
 * seeds are runSeed(seed, 0 … runs − 1), the same at every point, so that points differ
 * by their overrides and not by their luck (common random numbers). Returns the counts of
 * the points finished, in order; fewer than asked for only when `signal` aborted it.
 *
 * The single-thread implementation is `localEvaluator`; a pool of workers can implement
 * the same interface, since a point's counts depend on nothing but the point and seeds.
 */
export interface PointEvaluator {
  evaluate(points: readonly Overrides[], runs: number, seed: number, signal?: AbortSignal): Promise<PointCounts[]>;
}

/**
 * Runs every point in this thread, yielding to the event loop between points. A point
 * that changes only numbers reuses the scenario's compiled expressions (`scenarioVariant`).
 */
export function localEvaluator(resolved: ResolvedScenario): PointEvaluator {
  const variant = pointScenarios(resolved);
  return {
    async evaluate(points, runs, seed, signal) {
      const out: PointCounts[] = [];
      for (const point of points) {
        if (signal?.aborted) break;
        out.push(countOutcomes(variant(point), runs, seed));
        await new Promise((resolve) => setImmediate(resolve));
      }
      return out;
    },
  };
}

/**
 * The scenario at each point. A point that changes only numbers reuses the scenario's
 * compiled expressions (`scenarioVariant`); any other is compiled afresh.
 */
export function pointScenarios(resolved: ResolvedScenario): (point: Overrides) => Scenario {
  let base: Scenario | undefined;
  return (point) => {
    base ??= resolved.compile(resolved.spec);
    return scenarioVariant(base, resolved.spec, point) ?? resolved.compile(applyOverrides(resolved.spec, point));
  };
}

/** Counts of each named outcome over runs 0 … runs − 1 of the batch with `seed`. */
export function countOutcomes(scenario: Scenario, runs: number, seed: number): PointCounts {
  const counts = scenario.outcomes.map(() => 0);
  const sums = scenario.quantities.map(() => 0);
  const squares = scenario.quantities.map(() => 0);
  const lean = leanRunFor(scenario);
  for (let index = 0; index < runs; index++) {
    const s = runSeed(seed, index);
    const run = placed({ seed: s, turn: 0, batchRun: index }, () => lean.play(s));
    run.held.forEach((h, i) => {
      if (h === 1) counts[i]!++;
    });
    // Summed in run order: the same bytes for any number of workers.
    run.values.forEach((v, q) => {
      sums[q]! += v;
      squares[q]! += v * v;
    });
  }
  return { runs, counts, sums, squares };
}

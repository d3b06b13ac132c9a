import { runSeed } from '../../batch/run-seed.js';
import type { Quantity, Scenario } from '../../engine/scenario.js';
import { runScenario } from '../../records/run.js';
import { quantitySeries, type QuantityPoint } from './run-series.js';

/** Runs the model plays for the typical path: a steady median, well under a second on one thread. */
export const TYPICAL_PATH_RUNS = 200;
export const TYPICAL_PATH_SEED = 1;

/**
 * The model's typical path for a quantity: its median after the trigger and after every
 * turn over `runs` of the model's own runs (batch seed `seed`, run i with `runSeed(seed, i)`,
 * as `wargame batch` plays them), the value holding rank ⌈n/2⌉ as a batch's quantiles. A run
 * that ended early stays where it ended. Deterministic: same scenario, runs and seed, same path.
 */
export function typicalPath(scenario: Scenario, quantity: Quantity, runs = TYPICAL_PATH_RUNS, seed = TYPICAL_PATH_SEED): QuantityPoint[] {
  const series = Array.from({ length: runs }, (_, i) => quantitySeries(runScenario(scenario, { seed: runSeed(seed, i) }), quantity).map((p) => p.value));
  const turns = Math.max(...series.map((s) => s.length));
  return Array.from({ length: turns }, (_, turn) => {
    const sorted = Float64Array.from(series, (s) => s[Math.min(turn, s.length - 1)]!).sort();
    return { turn, value: sorted[Math.ceil(sorted.length / 2) - 1]! };
  });
}

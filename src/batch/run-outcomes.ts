import type { Scenario } from '../engine/scenario.js';
import { leanRunFor } from './lean-run.js';

/**
 * Which named outcomes held in the run with `seed`, without building a record: the batch's
 * fast path (`LeanRun`), which plays the same draws as `runScenario` and remembers decisions
 * across calls in this thread.
 */
export function runOutcomes(scenario: Scenario, seed: number): boolean[] {
  return Array.from(leanRunFor(scenario).play(seed).held, (held) => held === 1);
}

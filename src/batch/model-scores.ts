import { leanRunFor } from './lean-run.js';
import type { Actor, Scenario } from '../engine/scenario.js';
import { runSeed } from './run-seed.js';

/** How an actor fared at the end of the model's own runs of a scenario. */
export interface ModelScores {
  readonly runs: number;
  readonly seed: number;
  /** The actor's score at the end of each run (Σ weight × interest term), sorted ascending. */
  readonly totals: Float64Array;
  /** Each interest's mean contribution (weight × term) at the end, in the actor's order. */
  readonly meanContributions: Float64Array;
}

/** Runs the model plays for a scorecard's comparison: enough for a percentile to the nearest few, quick on one thread. */
export const SCORECARD_RUNS = 500;
export const SCORECARD_SEED = 1;

/**
 * The actor's score at the end of `runs` model runs of the scenario (batch seed `seed`,
 * run i with `runSeed(seed, i)`, as `wargame batch` plays them): what a group's run is
 * placed among. Deterministic: the same scenario, actor, runs and seed give the same figures.
 */
export function modelScores(scenario: Scenario, actor: Actor, runs = SCORECARD_RUNS, seed = SCORECARD_SEED): ModelScores {
  const lean = leanRunFor(scenario);
  const totals = new Float64Array(runs);
  const sums = new Float64Array(actor.interests.length);
  for (let i = 0; i < runs; i++) {
    const { values } = lean.play(runSeed(seed, i));
    let total = 0;
    actor.interests.forEach((interest, k) => {
      const contribution = interest.weight * interest.term.evaluate(values);
      sums[k]! += contribution;
      total += contribution;
    });
    totals[i] = total;
  }
  totals.sort();
  return { runs, seed, totals, meanContributions: sums.map((s) => s / runs) };
}

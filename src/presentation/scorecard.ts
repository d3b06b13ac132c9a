import type { Actor, Scenario } from '../engine/scenario.js';
import type { ModelScores } from '../batch/model-scores.js';
import type { QuantityValues } from '../records/run-record.js';
import { decimal } from './minus-sign.js';

/** How well a run's end served one actor's stated interests, placed among the model's own runs. */
export interface Scorecard {
  readonly actor: Actor;
  /** Σ weight × interest term at the end of the run. */
  readonly score: number;
  /** Share of the model's runs that ended worse for the actor (ties count half), 0–100. */
  readonly percentile: number;
  /** Interests by how much more (or less) they gave than in the model's average run, largest gain first. */
  readonly differences: readonly { readonly label: string; readonly difference: number }[];
  readonly runs: number;
}

/** The actor's scorecard for a run ending in `state`, against the model's runs of the same scenario. */
export function scorecard(scenario: Scenario, actor: Actor, state: QuantityValues, model: ModelScores): Scorecard {
  const values = new Float64Array(scenario.initial);
  for (const q of scenario.quantities) values[q.slot] = state[q.id] ?? 0;
  const contributions = actor.interests.map((i) => i.weight * i.term.evaluate(values));
  const score = contributions.reduce((a, b) => a + b, 0);
  let below = 0;
  let ties = 0;
  // A difference under a millionth is rounding in the saved state, not a better or worse end.
  for (const total of model.totals) {
    if (Math.abs(total - score) < 1e-6) ties++;
    else if (total < score) below++;
  }
  const percentile = (100 * (below + ties / 2)) / model.runs;
  const differences = actor.interests
    .map((interest, k) => ({ label: interest.label, difference: contributions[k]! - model.meanContributions[k]! }))
    .sort((a, b) => b.difference - a.difference);
  return { actor, score, percentile, differences, runs: model.runs };
}

/**
 * The scorecard in plain words, for students: where the end of their run stands among the
 * model's runs for their actor's interests, and which interests it served better or worse
 * than the model usually does.
 */
export function scorecardLines(card: Scorecard): string[] {
  const { actor, percentile, differences, runs } = card;
  const better = Math.round(percentile);
  const lines = [
    `${actor.name}: the end of this run served ${actor.name}'s interests better than ${better}% of the model's own ${runs} runs of this scenario.`,
  ];
  const gained = differences.filter((d) => d.difference > 0.005).slice(0, 2);
  const lost = differences.filter((d) => d.difference < -0.005).slice(-2).reverse();
  if (gained.length > 0) lines.push(`  Better than the model's usual end: ${gained.map(named).join('; ')}.`);
  if (lost.length > 0) lines.push(`  Worse than the model's usual end: ${lost.map(named).join('; ')}.`);
  if (gained.length === 0 && lost.length === 0) lines.push("  Every interest ended about where the model's runs usually leave it.");
  return lines;
}

/** `Oil exports (+1.20 points)`: points are the interest's share of the score, as the model weighs it. */
function named(d: { readonly label: string; readonly difference: number }): string {
  const points = decimal(Math.abs(d.difference), 2);
  return `${d.label} (${d.difference > 0 ? '+' : '−'}${points} points)`;
}

import { finite } from './effect.js';
import { RunError } from './run-error.js';
import type { Action, Formula } from './scenario.js';

const TOLERANCE = 1e-9;

/** A random event's chance this turn at a state: its probability, clamped to [0, 1]. */
export function eventProbability(probability: Formula, state: Float64Array): number {
  return Math.min(1, Math.max(0, finite(probability, state)));
}

/**
 * The probabilities of an action's chance outcomes at a state, written into `out`.
 * Each declared probability is clamped to [0, 1]; a `rest` outcome takes what the others
 * leave. They must then sum to 1, or the scenario is wrong and a RunError says where.
 */
export function chanceProbabilities(action: Action, state: Float64Array, out: Float64Array): void {
  const { outcomes } = action;
  let sum = 0;
  let rest = -1;
  for (let i = 0; i < outcomes.length; i++) {
    const p = outcomes[i]!.probability;
    if (p === 'rest') {
      rest = i;
      out[i] = 0;
      continue;
    }
    const value = Math.min(1, Math.max(0, finite(p, state)));
    out[i] = value;
    sum += value;
  }
  if (rest >= 0) {
    if (sum > 1 + TOLERANCE) throw probabilityError(action, sum, 'at most 1, leaving the rest');
    out[rest] = Math.max(0, 1 - sum);
  } else if (Math.abs(sum - 1) > TOLERANCE) {
    throw probabilityError(action, sum, '1');
  }
}

function probabilityError(action: Action, sum: number, want: string): RunError {
  const origin = action.outcomes.find((o) => o.probability !== 'rest')?.probability;
  return new RunError(
    `the chance outcomes of '${action.id}' have probabilities summing to ${sum}; they must sum to ${want}`,
    origin === undefined || origin === 'rest' ? action.id : origin.origin,
  );
}

/**
 * Logit (quantal response) choice probabilities: P(a) ∝ exp(λ·EU(a)). Computed relative
 * to the best option, so large λ or utilities never overflow.
 */
export function logitProbabilities(utilities: Float64Array, count: number, rationality: number, out: Float64Array): void {
  let best = -Infinity;
  for (let i = 0; i < count; i++) if (utilities[i]! > best) best = utilities[i]!;
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const w = Math.exp(rationality * (utilities[i]! - best));
    out[i] = w;
    sum += w;
  }
  for (let i = 0; i < count; i++) out[i] = out[i]! / sum;
}

/**
 * The index a uniform draw `u` in [0, 1) selects from a discrete distribution: the
 * `count` probabilities from `probabilities[offset]` on.
 */
export function drawIndex(probabilities: Float64Array, count: number, u: number, offset = 0): number {
  let cumulative = 0;
  for (let i = 0; i < count; i++) {
    cumulative += probabilities[offset + i]!;
    if (u < cumulative) return i;
  }
  // Rounding can leave the cumulative sum a hair below 1: the last possible option takes it.
  for (let i = count - 1; i > 0; i--) if (probabilities[offset + i]! > 0) return i;
  return 0;
}

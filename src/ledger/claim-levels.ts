import type { ScenarioSpec } from '../scenarios/spec.js';
import type { Claim } from './claim.js';

/** How many levels of a circumstance a claim is measured at, ends included. */
export const LEVELS = 5;

/**
 * The levels a claim is measured at: five evenly spaced over its range, ends included,
 * rounded to whole numbers for a whole-number quantity (a flag has only its two).
 */
export function claimLevels(claim: Claim, spec: ScenarioSpec): number[] {
  const [low, high] = claim.circumstance.range;
  const quantity = 'quantity' in claim.circumstance ? spec.quantities.find((q) => q.id === (claim.circumstance as { quantity: string }).quantity) : undefined;
  const levels = Array.from({ length: LEVELS }, (_, k) => low + ((high - low) * k) / (LEVELS - 1)).map((x) => (quantity?.integer ? Math.round(x) : Math.round(x * 1e6) / 1e6));
  return [...new Set(levels)];
}

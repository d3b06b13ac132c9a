import type { QuantitySpec } from './spec.js';

/**
 * How far a relation may move past the ±100 its starting values are held to. A relation
 * that could start against its bound would make every move that improves it (or, for an
 * actor that values hostility, worsens it) worth nothing there, and a cause would reverse
 * at the end of its range. From every relation at ±100 the furthest a built-in run has
 * been seen to carry one is about ±145 (2,000 runs a scenario), well inside ±200;
 * test/scenarios/relation-reach.test.ts keeps every run below ±180.
 */
export const RELATION_REACH = 200;

/** The values a quantity's starting value may take: its `start` range, else [min, max]. */
export function startRange(q: Pick<QuantitySpec, 'min' | 'max' | 'start'>): { readonly min: number; readonly max: number } {
  return q.start ?? { min: q.min, max: q.max };
}

import type { QuantitySpec } from './spec.js';

/**
 * How far a relation may move past the ±100 its starting values are held to. A relation
 * that could start against its bound would make every move that improves it (or, for an
 * actor that values hostility, worsens it) worth nothing there, and a cause would reverse
 * at the end of its range; 200 is twice what any built-in run has been seen to need (a
 * test keeps it so).
 */
export const RELATION_REACH = 200;

/** The values a quantity's starting value may take: its `start` range, else [min, max]. */
export function startRange(q: Pick<QuantitySpec, 'min' | 'max' | 'start'>): { readonly min: number; readonly max: number } {
  return q.start ?? { min: q.min, max: q.max };
}

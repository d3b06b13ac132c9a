import type { Quantity } from '../engine/scenario.js';
import { withMinusSign } from './minus-sign.js';
import { unitFormat } from './unit-format.js';

/**
 * A change in a quantity as the world panel shows it, with a leading space: ` +8`,
 * ` −12 pts` for a percent (percentage points, not percent), '' for no change.
 */
export function quantityChange(q: Quantity, d: number): string {
  if (Math.abs(d) < 1e-9) return '';
  const text = unitFormat(q) === 'percent' ? `${Math.round(d * 100)} pts` : `${Math.round(d * 10) / 10}`;
  return d > 0 ? ` +${text}` : ` ${withMinusSign(text)}`;
}

/** The widest change a quantity can show: a fall across its whole range, with a decimal. */
export function widestChange(q: Quantity): number {
  const range = q.max - q.min;
  return Math.max(quantityChange(q, -range).length, quantityChange(q, -(range - 0.05)).length);
}

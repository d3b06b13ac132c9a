import type { Quantity } from '../engine/scenario.js';
import type { QuantityValues } from '../records/run-record.js';
import { escalationRung } from '../world/escalation-ladder.js';
import { decimal, withMinusSign } from './minus-sign.js';
import { unitFormat } from './unit-format.js';

/** A quantity's value as its unit's format reads: 85%, $78, +35, yes, 3 (its rung's name). */
export function formatValue(quantity: Quantity, value: number): string {
  switch (unitFormat(quantity)) {
    case 'percent':
      return `${tenths(Math.round(value * 100))}%`;
    case 'currency':
      return `$${tenths(Math.round(value))}`;
    case 'rung':
      return `${tenths(value)} (${escalationRung(value).name})`;
    case 'flag':
      return value === 0 ? 'no' : 'yes';
    case 'signed':
      return value > 0 ? `+${tenths(value)}` : tenths(value);
    case 'number':
      return tenths(value);
  }
}

/** A short value without the rung name, for tight spaces. */
export function formatShort(quantity: Quantity, value: number): string {
  return unitFormat(quantity) === 'rung' ? tenths(value) : formatValue(quantity, value);
}

/** Whether a quantity is a flag, shown by name when set rather than as a value. */
export function isFlag(quantity: Quantity): boolean {
  return unitFormat(quantity) === 'flag';
}

export interface Change {
  readonly quantity: Quantity;
  readonly from: number;
  readonly to: number;
}

/**
 * The quantities that differ between two states, in the scenario's order. A change too
 * small to show ($72 → $72) is left out: the log would contradict itself.
 */
export function changesBetween(quantities: readonly Quantity[], before: QuantityValues, after: QuantityValues): Change[] {
  return quantities
    .filter((q) => formatValue(q, before[q.id]!) !== formatValue(q, after[q.id]!))
    .map((quantity) => ({ quantity, from: before[quantity.id]!, to: after[quantity.id]! }));
}

export function formatChange({ quantity, from, to }: Change): string {
  return `${quantity.label} ${formatShort(quantity, from)} → ${formatValue(quantity, to)}`;
}

/** Percent with no decimals, but never rounding a non-zero share to 0% or a non-one to 100%. */
export function percent(p: number): string {
  if (p > 0 && p < 0.005) return '<1%';
  if (p < 1 && p > 0.995) return '>99%';
  return `${Math.round(p * 100)}%`;
}

/** A signed number with two decimals: +0.25, −1.10 (and +0.00 for what rounds to zero). */
export function signed(x: number): string {
  const text = decimal(x, 2);
  return text.startsWith('−') ? text : `+${text}`;
}

/** One decimal at most, with a true minus sign (−35) like every other number shown. */
function tenths(x: number): string {
  return withMinusSign(String(Math.round(x * 10) / 10 || 0));
}

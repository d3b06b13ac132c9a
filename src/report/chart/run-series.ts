import type { RunRecord } from '../../records/run-record.js';
import type { Quantity, Scenario } from '../../engine/scenario.js';
import { unitFormat } from '../../presentation/unit-format.js';

/** One point of a quantity over a run: turn 0 is the state the trigger left. */
export interface QuantityPoint {
  readonly turn: number;
  readonly value: number;
}

/** A quantity's values after the trigger and after every turn played. */
export function quantitySeries(record: RunRecord, quantity: Quantity): QuantityPoint[] {
  return [
    { turn: 0, value: record.trigger.state[quantity.id]! },
    ...record.turns.map((t) => ({ turn: t.turn, value: t.state[quantity.id]! })),
  ];
}

/** The escalation quantity (its unit reads as a rung of Kahn's ladder), if the scenario has one. */
export function escalationQuantity(scenario: Scenario): Quantity | undefined {
  return scenario.quantities.find((q) => unitFormat(q) === 'rung');
}

/**
 * The quantities worth a chart in this run: measures of the world (not flags, relations or
 * the rung, which has its own chart) whose value moved at some point.
 */
export function keyQuantities(scenario: Scenario, records: readonly RunRecord[]): Quantity[] {
  return scenario.quantities.filter(
    (q) =>
      unitFormat(q) !== 'flag' &&
      unitFormat(q) !== 'rung' &&
      q.between === undefined &&
      records.some((r) => new Set(quantitySeries(r, q).map((p) => p.value)).size > 1),
  );
}

/** A value in the units a chart axis shows: shares as percentages. */
export function chartValue(quantity: Quantity, value: number): number {
  return unitFormat(quantity) === 'percent' ? Math.round(value * 1000) / 10 : value;
}

/** A quantity's name with the unit its chart uses. */
export function chartTitle(quantity: Quantity): string {
  const unit = unitFormat(quantity) === 'percent' ? '%' : quantity.unit;
  return unit === '' ? quantity.label : `${quantity.label} (${unit})`;
}

import type { Quantity, Scenario } from '../engine/scenario.js';
import { builtInLibrary } from '../scenarios/library-files.js';
import type { UnitFormat } from '../scenarios/schema.js';

export type { UnitFormat };

/**
 * How a quantity's values read, as its unit declares in the world's `units:` table
 * (src/world/world.yaml): percent, currency, rung, flag, signed or number. A unit the
 * table does not list (one a scenario file made up) reads as a plain number.
 */
export function unitFormat(quantity: Quantity): UnitFormat {
  return builtInLibrary().world.value.units[quantity.unit] ?? 'number';
}

/**
 * The quantity a screen shows beside the turn: the one the scenario names, else the
 * world's `headline`; undefined when neither is among the scenario's quantities.
 */
export function headlineQuantity(scenario: Scenario): Quantity | undefined {
  const id = scenario.headline ?? builtInLibrary().world.value.headline;
  return scenario.quantities.find((q) => q.id === id);
}

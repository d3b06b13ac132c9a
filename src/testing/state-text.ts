import type { Scenario } from '../engine/scenario.js';

/**
 * A state as its quantities' ids and values, `{ oil_price: 80, iran_air_defence: 40 }`,
 * in the scenario's order: how a counterexample or a failed check shows a state. With
 * `changedFrom`, only the quantities whose value differs from it, so a state near the
 * scenario's starting values reads in a few names.
 */
export function stateText(scenario: Scenario, values: Float64Array, changedFrom?: Float64Array): string {
  const parts = scenario.quantities
    .filter((q) => changedFrom === undefined || !Object.is(changedFrom[q.slot], values[q.slot]))
    .map((q) => `${q.id}: ${numberText(values[q.slot]!)}`);
  return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`;
}

/** A number as JavaScript would read it back exactly (-0 included). */
function numberText(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

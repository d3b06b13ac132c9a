import fc from 'fast-check';
import type { Scenario } from '../engine/scenario.js';

/**
 * States of the world within a scenario's bounds: every quantity between its min and
 * max, whole where the quantity is an integer. Shrinks towards each quantity's minimum.
 */
export function arbitraryState(scenario: Scenario): fc.Arbitrary<Float64Array> {
  return fc
    .tuple(...scenario.quantities.map((q) => (q.integer ? fc.integer({ min: Math.ceil(q.min), max: Math.floor(q.max) }) : fc.double({ min: q.min, max: q.max, noNaN: true }))))
    .map((values) => Float64Array.from(values));
}

import fc from 'fast-check';
import type { Quantity, Scenario } from '../engine/scenario.js';
import { arbitraryInRange } from './arbitrary-in-range.js';
import { printedAs } from './printed-as.js';
import { stateText } from './state-text.js';

/**
 * States of the world within a scenario's bounds: every quantity between its min and
 * max, whole where the quantity is an integer. Shrinks towards the scenario's starting
 * values (`scenario.initial`, before the trigger), so a counterexample differs from them
 * only where it must, and prints as the call that makes it again, by quantity id:
 * `stateWith(s400, s400.initial, { iran_air_defence: 0 })`.
 */
export function arbitraryState(scenario: Scenario): fc.Arbitrary<Float64Array> {
  const { initial } = scenario;
  const name = /^[A-Za-z_$][\w$]*$/.test(scenario.id) ? scenario.id : 'scenario';
  return fc
    .tuple(...scenario.quantities.map((q) => quantityValue(q, initial[q.slot]!)))
    .map((values) => {
      const state = Float64Array.from(values);
      return printedAs(state, () => `stateWith(${name}, ${name}.initial, ${stateText(scenario, state, initial)})`);
    });
}

/** One quantity's values, as offsets from its starting value, so that they shrink to it. */
function quantityValue(q: Quantity, start: number): fc.Arbitrary<number> {
  if (q.integer) {
    const lo = Math.ceil(q.min);
    const hi = Math.floor(q.max);
    const from = Math.min(hi, Math.max(lo, Math.round(start)));
    return fc.integer({ min: lo - from, max: hi - from }).map((d) => from + d);
  }
  const from = Math.min(q.max, Math.max(q.min, start));
  // Offsets spread evenly across the range (see arbitraryInRange), shrinking to 0: the start.
  // The sum may round past a bound by an ulp: clamp it back.
  return arbitraryInRange(q.min - from, q.max - from).map((d) => Math.min(q.max, Math.max(q.min, from + d)));
}

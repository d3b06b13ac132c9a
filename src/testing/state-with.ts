import type { Scenario } from '../engine/scenario.js';
import { checkState } from '../engine/state-check.js';
import { StateError } from '../engine/state-error.js';
import { UnknownIdError } from './unknown-id-error.js';

/**
 * A copy of `state` with some quantities set by id: `stateWith(s400, s400.initial,
 * { iran_air_defence: 0 })`. The state given is left alone. Throws an UnknownIdError
 * (naming the nearest id) for a quantity the scenario does not have, and a StateError
 * for a state that is not the scenario's or a value out of its quantity's range (or
 * not whole where the quantity is an integer).
 */
export function stateWith(scenario: Scenario, state: Float64Array, values: Readonly<Record<string, number>>): Float64Array {
  checkState(scenario, state, 'stateWith');
  const out = new Float64Array(state);
  for (const [id, value] of Object.entries(values)) {
    const q = scenario.quantities.find((x) => x.id === id);
    if (q === undefined) throw new UnknownIdError('stateWith', `no quantity in '${scenario.id}' is called`, id, scenario.quantities.map((x) => x.id));
    if (typeof value !== 'number') throw new StateError(`stateWith: ${id} must be a number, not ${typeof value}`, id);
    out[q.slot] = value;
  }
  checkState(scenario, out, 'stateWith');
  return out;
}

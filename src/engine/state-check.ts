import type { RunState } from './run-state-data.js';
import type { Scenario } from './scenario.js';
import { checkRunOrigin } from './run-origin-check.js';
import { StateError } from './state-error.js';

/**
 * Throws a StateError, its message starting with `caller`, unless `values` is a state of
 * `scenario`: a Float64Array with one value per quantity, each finite, within its
 * quantity's range and whole where the quantity is an integer.
 */
export function checkState(scenario: Scenario, values: unknown, caller: string): asserts values is Float64Array {
  const { quantities } = scenario;
  if (!(values instanceof Float64Array)) {
    throw new StateError(`${caller}: a state is a Float64Array of ${quantities.length} values, one per quantity of '${scenario.id}', not ${describe(values)}`);
  }
  if (values.length !== quantities.length) {
    throw new StateError(
      `${caller}: the state has ${values.length} values, but '${scenario.id}' has ${quantities.length} quantities (a state of another scenario?)`,
    );
  }
  for (const q of quantities) {
    const value = values[q.slot]!;
    if (!Number.isFinite(value)) throw new StateError(`${caller}: ${q.id} is ${value}, not a finite number`, q.id);
    if (value < q.min || value > q.max) {
      throw new StateError(`${caller}: ${q.id} is ${value}, outside its range ${q.min} to ${q.max} in '${scenario.id}'`, q.id);
    }
    if (q.integer && !Number.isInteger(value)) throw new StateError(`${caller}: ${q.id} is ${value}, but it is a whole number`, q.id);
  }
}

/**
 * checkState for a run's values, and its turn and outcome flags: a run of `scenario`, as
 * `startRun` and `playTurn` make. A run state the engine made remembers its scenario, and
 * must be of this one or a variant of it (see `checkRunOrigin`); a copy or one built by
 * hand is checked by its shape.
 */
export function checkRunState(scenario: Scenario, run: RunState, caller: string): void {
  checkRunOrigin(scenario, run, caller);
  const { horizon } = scenario.settings;
  if (!Number.isSafeInteger(run.turn) || run.turn < 0 || run.turn > horizon) {
    throw new StateError(`${caller}: the run's turn is ${run.turn}, not a whole number from 0 to ${horizon} (the horizon of '${scenario.id}')`);
  }
  if (!(run.reached instanceof Uint8Array) || run.reached.length !== scenario.outcomes.length) {
    throw new StateError(`${caller}: the run has ${run.reached instanceof Uint8Array ? run.reached.length : describe(run.reached)} outcome flags, but '${scenario.id}' has ${scenario.outcomes.length} outcomes (a run of another scenario?)`);
  }
  checkState(scenario, run.values, caller);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (ArrayBuffer.isView(value) || Array.isArray(value)) return `${value.constructor.name}(${(value as ArrayLike<unknown>).length})`;
  return typeof value;
}

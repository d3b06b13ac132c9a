import type { Scenario } from './scenario.js';

/** The scenario a value was made for. */
export interface Origin {
  readonly id: string;
  readonly hash: string;
  readonly scenario: Scenario;
}

/**
 * Which scenario each assessment and run state the engine made was made for, so a
 * function given one can tell it came from another scenario, even one with as many
 * quantities. Kept aside, in a WeakMap: the values stay plain data, their JSON and
 * equality unchanged, and a copy (`{ ...run }`) or one built by hand has no origin.
 */
const origins = new WeakMap<object, Origin>();

/** Remembers that `value` (an assessment, a run state) is one of `scenario`'s; returns it. */
export function markOrigin<T extends object>(value: T, scenario: Scenario): T {
  origins.set(value, { id: scenario.id, hash: scenario.hash, scenario });
  return value;
}

/** The scenario a value was made for; undefined for one built by hand or copied. */
export function originOf(value: object): Origin | undefined {
  return origins.get(value);
}

import type { Scenario } from './scenario.js';

// Which scenarios run the same compiled code: a variant from `withOverrides` runs its
// base's (only numbers differ), so planners share their lookahead windows and a thread's
// memo tells its decisions apart by numbers alone. Any other scenario object, even a
// copy whose formulas were swapped, is its own code.
const codes = new WeakMap<Scenario, Scenario>();

/** Declares that `variant` runs exactly `base`'s compiled expressions, with other numbers. */
export function declareVariant(variant: Scenario, base: Scenario): void {
  codes.set(variant, codeOf(base));
}

/** The scenario whose compiled code this one runs: its base, for a variant; itself otherwise. */
export function codeOf(scenario: Scenario): Scenario {
  return codes.get(scenario) ?? scenario;
}

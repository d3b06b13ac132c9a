import type { Scenario } from '../engine/scenario.js';
import type { ScenarioSpec } from './spec.js';

// The spec each compiled scenario was compiled from (or, for a variant, the spec it stands
// for), kept beside it rather than in it: the engine's Scenario type knows nothing of
// specs, and `withOverrides` needs one to check overrides and to hash the variant.
const specs = new WeakMap<Scenario, ScenarioSpec>();

/** Notes the spec a scenario was compiled from. */
export function rememberSpec(scenario: Scenario, spec: ScenarioSpec): void {
  specs.set(scenario, spec);
}

/** The spec a scenario was compiled from, if it was compiled in this thread by `compileSpec` or made by `withOverrides`. */
export function specOf(scenario: Scenario): ScenarioSpec | undefined {
  return specs.get(scenario);
}

import type { Scenario } from '../engine/scenario.js';
import { compileScenario, type CompileScenarioOptions } from '../scenarios/compile-scenario.js';
import { applyOverrides, type Overrides } from '../scenarios/overrides.js';
import { scenarioVariant } from '../scenarios/scenario-variant.js';
import type { ScenarioSpec } from '../scenarios/spec.js';

/**
 * Cheap reweighting: compiles `spec` once and returns a function that gives the scenario
 * under overrides (`{ 'russia.ties_with_iran': 2 }`) without compiling its expressions
 * again: the same scenario, hash included, as `compileScenario(applyOverrides(spec, …))`.
 * Overrides of the horizon or lookahead, which change the search, compile in full.
 * Throws an OverrideError as `applyOverrides` does.
 *
 * ```ts
 * const s400At = variantsOf(builtInScenarioSpec('s400'));
 * const heavier = s400At({ 'russia.ties_with_iran': 3 });
 * ```
 */
export function variantsOf(spec: ScenarioSpec, options: CompileScenarioOptions = {}): (overrides: Overrides) => Scenario {
  const base = compileScenario(spec, options);
  return (overrides) => scenarioVariant(base, spec, overrides) ?? compileScenario(applyOverrides(spec, overrides), options);
}

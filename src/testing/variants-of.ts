import type { Scenario } from '../engine/scenario.js';
import { compileScenario, type CompileScenarioOptions } from '../scenarios/compile-scenario.js';
import type { Overrides } from '../scenarios/overrides.js';
import type { ScenarioSpec } from '../scenarios/spec.js';
import { withOverrides } from '../scenarios/with-overrides.js';

/**
 * Cheap reweighting: compiles `spec` once and returns a function that gives the scenario
 * under overrides (`{ 'russia.ties_with_iran': 2 }`) without compiling its expressions
 * again (`withOverrides`): the same scenario, hash included, as
 * `compileScenario(applyOverrides(spec, …))`. Throws an OverrideError as `applyOverrides` does.
 *
 * ```ts
 * const s400At = variantsOf(builtInScenarioSpec('s400'));
 * const heavier = s400At({ 'russia.ties_with_iran': 3 });
 * ```
 */
export function variantsOf(spec: ScenarioSpec, options: CompileScenarioOptions = {}): (overrides: Overrides) => Scenario {
  const base = compileScenario(spec, options);
  return (overrides) => withOverrides(base, overrides);
}

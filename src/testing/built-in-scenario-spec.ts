import { loadResolvedScenario } from '../scenarios/load.js';
import type { ScenarioSpec } from '../scenarios/spec.js';

/**
 * A built-in scenario (or scenario file) as a spec: plain data to change in code (with
 * `applyOverrides`, `variantsOf`, or by hand) and compile with `compileScenario`.
 */
export function builtInScenarioSpec(id: string): ScenarioSpec {
  return loadResolvedScenario(id).spec;
}

import type fc from 'fast-check';
import type { Scenario } from '../engine/scenario.js';
import { compileScenario } from '../scenarios/compile-scenario.js';
import { arbitraryScenarioSpec, specText, type ScenarioSpecConstraints } from './arbitrary-scenario-spec.js';
import { printedAs } from './printed-as.js';

/**
 * Random valid scenarios, compiled and ready to run. A counterexample prints as the
 * YAML of its spec (`compileScenario(…)` around it), not as compiled closures.
 */
export function arbitraryScenario(constraints: ScenarioSpecConstraints = {}): fc.Arbitrary<Scenario> {
  return arbitraryScenarioSpec(constraints).map((spec) => printedAs(compileScenario(spec), () => `compileScenario(${specText(spec)})`));
}

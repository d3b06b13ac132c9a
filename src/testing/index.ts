/**
 * Helpers for property tests of scenarios and actor logic, built on fast-check
 * (a peer dependency: install it alongside wargame). ESM only. See docs/TESTING.md.
 *
 * ```ts
 * import fc from 'fast-check';
 * import { compileScenario, runScenario } from 'wargame';
 * import { arbitraryScenarioSpec, arbitrarySeed } from 'wargame/testing';
 *
 * fc.assert(fc.property(arbitraryScenarioSpec(), arbitrarySeed(), (spec, seed) => {
 *   const record = runScenario(compileScenario(spec), { seed });
 *   return record.turns.length === spec.horizon;
 * }));
 * ```
 *
 * @packageDocumentation
 */
import fc from 'fast-check';
import { compileScenario } from '../scenarios/compile-scenario.js';
import { builtInScenarioIds, loadScenario, loadScenarioSpec } from '../scenarios/load.js';
import type { ScenarioSpec } from '../scenarios/spec.js';
import type { Scenario } from '../engine/scenario.js';
import { arbitraryScenarioSpec, specText, type ScenarioSpecConstraints } from './arbitrary-scenario-spec.js';
import { printedAs } from './printed-as.js';

export { arbitraryScenarioSpec, type ScenarioSpecConstraints } from './arbitrary-scenario-spec.js';
export { arbitraryState } from './arbitrary-state.js';
export { assessAt, optionByAction, type OptionView } from './option-by-action.js';
export { stateText } from './state-text.js';
export { optionsOf, type Options } from './options-of.js';
export { stateWith } from './state-with.js';
export { variantsOf } from './variants-of.js';
export { UnknownIdError } from './unknown-id-error.js';
/** Ready `fc.commands` for model-based tests of `playTurn` and of seated runs, with their setups. */
export { turnCommands, turnSetup, type TurnCommand, type TurnModel, type TurnReal } from './turn-commands.js';
export { seatedCommands, seatedSetup, type SeatedCommand, type SeatedModel, type SeatedReal } from './seated-commands.js';
/** A state, run state or assessment that does not fit the scenario it was given with (also exported by `wargame`). */
export { StateError } from '../engine/state-error.js';
/**
 * The conformance suite (OpenSpiel's RandomSimTest and ChanceOutcomesTest, and checks of
 * the planner): `checkScenario(scenario)` plays random runs and reports which invariants
 * held; `assertConformance` throws the report; `conformanceTests(it, scenario)` makes a
 * test of each check. `wargame check <scenario>` runs it from the shell.
 */
export { checkScenario, type CheckScenarioOptions } from './conformance/check-scenario.js';
export { assertConformance, conformanceTests, type RegisterTest } from './conformance/assert-conformance.js';
export { CONFORMANCE_CHECKS, CONFORMANCE_CHECK_NAMES, type ConformanceCheck } from './conformance/conformance-check.js';
export type { ConformanceFailure, ConformanceReport } from './conformance/conformance-report.js';
export { ConformanceError } from './conformance/conformance-error.js';
export { formatConformanceReport } from './conformance/format-report.js';
/** Overrides in code, with the PATH grammar of `--set`: `applyOverrides(spec, { 'iran.security': 2 })`. */
export { applyOverrides, overrideKeys, type Overrides } from '../scenarios/overrides.js';

/**
 * A built-in scenario (or scenario file) as a spec: plain data to change in code (with
 * `applyOverrides`, or by hand) and compile with `compileScenario`.
 */
export function builtInScenarioSpec(id: string): ScenarioSpec {
  return loadScenarioSpec(id).spec;
}

/** Seeds the engine accepts: whole numbers from 0 to Number.MAX_SAFE_INTEGER. */
export function arbitrarySeed(): fc.Arbitrary<number> {
  return fc.maxSafeNat();
}

/**
 * Random valid scenarios, compiled and ready to run. A counterexample prints as the
 * YAML of its spec (`compileScenario(…)` around it), not as compiled closures.
 */
export function arbitraryScenario(constraints: ScenarioSpecConstraints = {}): fc.Arbitrary<Scenario> {
  return arbitraryScenarioSpec(constraints).map((spec) => printedAs(compileScenario(spec), () => `compileScenario(${specText(spec)})`));
}

/**
 * One of the built-in scenarios (by default hormuz, s400 and strike), loaded once per id;
 * printed as `loadScenario('s400')`. Throws a RangeError for an empty list, and an
 * UnknownScenarioError for an id that is not a built-in scenario or a file.
 */
export function arbitraryBuiltInScenario(ids: readonly string[] = ['hormuz', 's400', 'strike']): fc.Arbitrary<Scenario> {
  if (ids.length === 0) throw new RangeError(`arbitraryBuiltInScenario: give at least one scenario id, e.g. ${builtInScenarioIds().join(', ')}`);
  const loaded = new Map(ids.map((id) => [id, printedAs(loadScenario(id), () => `loadScenario(${JSON.stringify(id)})`)]));
  return fc.constantFrom(...ids).map((id) => loaded.get(id)!);
}

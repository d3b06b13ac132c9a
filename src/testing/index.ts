/**
 * The conformance suite every scenario should pass, and helpers for property tests of
 * scenarios and actor logic, built on fast-check (a peer dependency: install it alongside
 * wargame). ESM only. See docs/TESTING.md.
 *
 * ```ts
 * import { it } from 'vitest';
 * import { loadScenario } from 'wargame';
 * import { conformanceTests } from 'wargame/testing';
 *
 * conformanceTests(it, () => loadScenario('my-scenario.yaml'));   // a test per check
 * ```
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
export { arbitraryScenarioSpec, type ScenarioSpecConstraints } from './arbitrary-scenario-spec.js';
export { arbitraryScenario } from './arbitrary-scenario.js';
export { arbitraryBuiltInScenario } from './arbitrary-built-in-scenario.js';
export { arbitrarySeed } from './arbitrary-seed.js';
export { arbitraryInRange } from './arbitrary-in-range.js';
export { builtInScenarioSpec } from './built-in-scenario-spec.js';
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

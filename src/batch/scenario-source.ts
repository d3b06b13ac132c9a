import type { Scenario } from '../engine/scenario.js';
import { loadScenario } from '../scenarios/load.js';
import type { Overrides } from '../scenarios/overrides.js';

/**
 * Where a batch's scenario comes from, in a form a worker thread (or another machine) can
 * load again: a built-in id or a file path, and the overrides applied to it. A compiled
 * Scenario holds functions and cannot be sent; this can.
 */
export interface ScenarioSource {
  /** A built-in scenario id or a path to a scenario file. */
  readonly scenario: string;
  /** `--set PATH=VALUE` overrides, PATH → value (`{}` for none). */
  readonly overrides: Overrides;
}

/** Loads and compiles the scenario a source names. */
export function loadSource(source: ScenarioSource): Scenario {
  return loadScenario(source.scenario, source.overrides);
}

/** The source's scenario, refusing to go on if it is not the one the batch began with. */
export function loadSameScenario(source: ScenarioSource, hash: string): Scenario {
  const scenario = loadSource(source);
  if (scenario.hash !== hash) {
    throw new RangeError(`the scenario '${source.scenario}' changed while the batch ran (hash ${scenario.hash}, expected ${hash})`);
  }
  return scenario;
}

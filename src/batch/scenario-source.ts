import type { Scenario } from '../engine/scenario.js';
import { loadScenario } from '../scenarios/load.js';

/**
 * Where a batch's scenario comes from, in a form a worker thread (or another machine) can
 * load again: a built-in id or a file path, and the overrides applied to it. A compiled
 * Scenario holds functions and cannot be sent; this can.
 */
export interface ScenarioSource {
  /** A built-in scenario id or a path to a scenario file. */
  readonly scenario: string;
  /** `PATH=VALUE` overrides, applied in order. */
  readonly overrides: readonly string[];
}

/** Loads and compiles the scenario a source names. */
export function loadSource(source: ScenarioSource): Scenario {
  if (source.overrides.length > 0) {
    // Carried through workers, shards and partial results already; applying them waits
    // for the overrides module, and a batch must not quietly ignore them meanwhile.
    throw new RangeError('scenario overrides are not supported by batches yet');
  }
  return loadScenario(source.scenario);
}

/** The source's scenario, refusing to go on if it is not the one the batch began with. */
export function loadSameScenario(source: ScenarioSource, hash: string): Scenario {
  const scenario = loadSource(source);
  if (scenario.hash !== hash) {
    throw new RangeError(`the scenario '${source.scenario}' changed while the batch ran (hash ${scenario.hash}, expected ${hash})`);
  }
  return scenario;
}

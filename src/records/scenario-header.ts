import type { Scenario } from '../engine/scenario.js';

/**
 * Which scenario a result was made from, as every record, summary and experiment names it:
 * the id to load it by, its title, and the hash of its content (overrides included), which
 * says whether a scenario loaded later is the same one.
 */
export interface ScenarioHeader {
  readonly id: string;
  readonly title: string;
  readonly hash: string;
}

export function scenarioHeader(scenario: Scenario): ScenarioHeader {
  return { id: scenario.id, title: scenario.title, hash: scenario.hash };
}

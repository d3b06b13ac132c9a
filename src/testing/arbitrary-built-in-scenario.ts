import fc from 'fast-check';
import type { Scenario } from '../engine/scenario.js';
import { builtInScenarioIds, loadScenario } from '../scenarios/load.js';
import { printedAs } from './printed-as.js';

/**
 * One of the built-in scenarios (by default hormuz, s400 and strike), loaded once per id;
 * printed as `loadScenario("s400")`. Throws a RangeError for an empty list, and an
 * UnknownScenarioError for an id that is not a built-in scenario or a file.
 */
export function arbitraryBuiltInScenario(ids: readonly string[] = ['hormuz', 's400', 'strike']): fc.Arbitrary<Scenario> {
  if (ids.length === 0) throw new RangeError(`arbitraryBuiltInScenario: give at least one scenario id, e.g. ${builtInScenarioIds().join(', ')}`);
  const loaded = new Map(ids.map((id) => [id, printedAs(loadScenario(id), () => `loadScenario(${JSON.stringify(id)})`)]));
  return fc.constantFrom(...ids).map((id) => loaded.get(id)!);
}

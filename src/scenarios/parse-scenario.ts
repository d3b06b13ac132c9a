import type { Scenario } from '../engine/scenario.js';
import { checkedScenario, type Placement } from './checked-scenario.js';
import type { Library } from './library.js';
import { applyOverrides, type Overrides } from './overrides.js';
import { resolveScenario } from './resolve.js';
import { ScenarioError } from './scenario-error.js';
import { readDocument } from './read-document.js';
import { scenarioSchemaFor } from './schema.js';
import type { ScenarioSpec } from './spec.js';

/**
 * A scenario file resolved to a spec, not yet compiled. `compile` takes that spec or a
 * changed copy of it (overrides applied, say) and reports any problem at the place in the
 * file the changed part came from.
 */
export interface ResolvedScenario {
  readonly spec: ScenarioSpec;
  compile(spec: ScenarioSpec): Scenario;
}

/** A resolved scenario with what compiling it in another way needs (a batch does, for its workers). */
export interface PlacedScenario extends ResolvedScenario {
  /** The articles its citations are checked against. */
  readonly articles: ReadonlyMap<string, string>;
  /** Where in the file each part of the spec was written: for issues and run-time errors. */
  readonly placement: Placement;
}

/**
 * Scenario YAML text → a resolved spec: parse, validate against the schema, resolve
 * against the library. Throws a ScenarioError listing every problem at
 * `file:line:column`. Reads no files itself.
 */
export function resolveScenarioText(text: string, file: string, library: Library): PlacedScenario {
  const resolved = resolveScenario(readDocument(text, file, scenarioSchemaFor), library);
  if (!resolved.ok) throw new ScenarioError(resolved.issues.map((issue) => resolved.locator.locate(issue)));
  const { spec, locator } = resolved;
  const placement: Placement = { locate: (issue) => locator.locate(issue), origin: (path) => locator.where(path) };
  return { spec, articles: library.articles, placement, compile: (changed) => checkedScenario(changed, library.articles, placement) };
}

/**
 * Scenario YAML text → a runnable Scenario: resolve (above), apply any overrides, check
 * every citation, compile every expression. Throws a ScenarioError listing every problem
 * at `file:line:column`, or an OverrideError for an override the scenario cannot take.
 */
export function parseScenario(text: string, file: string, library: Library, overrides: Overrides = {}): Scenario {
  const resolved = resolveScenarioText(text, file, library);
  return resolved.compile(applyOverrides(resolved.spec, overrides));
}

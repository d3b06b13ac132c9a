import type { Scenario } from '../engine/scenario.js';
import { checkedScenario, type Placement } from './checked-scenario.js';
import type { Library } from './library.js';
import { resolveScenario } from './resolve.js';
import { ScenarioError } from './scenario-error.js';
import { readDocument } from './read-document.js';
import { scenarioKindFor } from './schema.js';
import type { ScenarioSpec } from './spec.js';

/**
 * A scenario resolved to a spec, not yet compiled, with what compiling it needs: the
 * articles its citations must quote, and where each part was written. `compile` takes that
 * spec or a changed copy of it (overrides applied, say) and reports any problem at the
 * place in the file the changed part came from.
 */
export interface ResolvedScenario {
  readonly spec: ScenarioSpec;
  /** The articles its citations are checked against; false skips the check. */
  readonly articles: ReadonlyMap<string, string> | false;
  /** Where in the file each part of the spec was written: for issues and run-time errors. */
  readonly placement: Placement;
  compile(spec: ScenarioSpec): Scenario;
}

/**
 * Scenario YAML text → a resolved spec: parse, validate against the schema, resolve
 * against the library. Throws a ScenarioError listing every problem at
 * `file:line:column`. Reads no files itself.
 */
export function resolveScenarioText(text: string, file: string, library: Library): ResolvedScenario {
  const resolved = resolveScenario(readDocument(text, file, scenarioKindFor), library);
  if (!resolved.ok) throw new ScenarioError(resolved.issues.map((issue) => resolved.locator.locate(issue)));
  const { spec, locator } = resolved;
  const placement: Placement = {
    locate: (issue) => locator.locate(issue),
    origin: (path) => locator.where(path),
    lazyOrigins: true,
    // Made when a batch sends the scenario to its workers, not on every load.
    get documents() {
      return locator.plain();
    },
  };
  return { spec, articles: library.articles, placement, compile: (changed) => checkedScenario(changed, library.articles, placement) };
}

import { checkedScenario, type Placement } from './checked-scenario.js';
import { resolvedOnce } from './compiled-once.js';
import type { Library } from './library.js';
import { resolveScenario } from './resolve.js';
import { ScenarioError } from './scenario-error.js';
import { readDocument } from './read-document.js';
import type { ResolvedScenario } from './resolved-scenario.js';
import { scenarioKindFor } from './schema.js';

/**
 * Scenario YAML text → a resolved spec: parse, validate against the schema, resolve
 * against the library. Throws a ScenarioError listing every problem at
 * `file:line:column`. Reads no files itself.
 */
export function resolveScenarioText(text: string, file: string, library: Library): ResolvedScenario {
  // Once per thread for each file's text; each spec compiled once (see compiled-once.ts).
  return resolvedOnce(file, text, library, () => resolveAfresh(text, file, library));
}

function resolveAfresh(text: string, file: string, library: Library): ResolvedScenario {
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

import type { Scenario } from '../engine/scenario.js';
import { checkCitations } from './citations.js';
import { compileSpec } from './compile.js';
import type { Library } from './library.js';
import { resolveScenario } from './resolve.js';
import { ScenarioError } from './scenario-error.js';
import { readDocument } from './read-document.js';
import { ScenarioDocument } from './schema.js';

/**
 * Scenario YAML text → a runnable Scenario: parse, validate against the schema, resolve
 * against the library, check every citation, compile every expression. Throws a
 * ScenarioError listing every problem at `file:line:column`. Reads no files itself.
 */
export function parseScenario(text: string, file: string, library: Library): Scenario {
  const resolved = resolveScenario(readDocument(text, file, ScenarioDocument), library);
  if (!resolved.ok) throw new ScenarioError(resolved.issues.map((issue) => resolved.locator.locate(issue)));
  const { spec, locator } = resolved;
  const citationIssues = checkCitations(spec, library.articles);
  const compiled = compileSpec(spec, { origin: (path) => locator.where(path) });
  const issues = [...citationIssues, ...(compiled.ok ? [] : compiled.issues)];
  if (issues.length > 0 || !compiled.ok) throw new ScenarioError(issues.map((issue) => locator.locate(issue)));
  return compiled.scenario;
}

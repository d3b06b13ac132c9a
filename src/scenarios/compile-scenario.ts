import type { Scenario } from '../engine/scenario.js';
import { checkCitations } from './citations.js';
import { compileSpec } from './compile.js';
import { formatPath } from './issue.js';
import { builtInLibrary } from './library-files.js';
import { ScenarioError } from './scenario-error.js';
import type { ScenarioSpec } from './spec.js';

export interface CompileScenarioOptions {
  /**
   * Articles that citations must quote, file name → text. Defaults to the articles that
   * ship with wargame; pass `false` to skip the check (for throwaway specs in tests).
   */
  readonly articles?: ReadonlyMap<string, string> | false;
}

/**
 * Compiles a scenario built in code. Throws a ScenarioError listing every problem, each
 * at its path in the spec (`actors[0].interests[2].expression: unknown quantity 'x'`).
 */
export function compileScenario(spec: ScenarioSpec, options: CompileScenarioOptions = {}): Scenario {
  const articles = options.articles ?? builtInLibrary().articles;
  const citationIssues = articles === false ? [] : checkCitations(spec, articles);
  const compiled = compileSpec(spec);
  const issues = [...citationIssues, ...(compiled.ok ? [] : compiled.issues)];
  if (issues.length > 0 || !compiled.ok) {
    throw new ScenarioError(issues.map((issue) => ({ where: formatPath(issue.path), message: issue.message })));
  }
  return compiled.scenario;
}

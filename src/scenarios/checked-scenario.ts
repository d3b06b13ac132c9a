import type { Scenario } from '../engine/scenario.js';
import { checkCitations } from './citations.js';
import { compileSpec } from './compile.js';
import type { Issue, Path } from './issue.js';
import type { PlainLocator } from './locator.js';
import { type LocatedIssue, ScenarioError } from './scenario-error.js';
import type { ScenarioSpec } from './spec.js';

export interface Placement {
  /** Where an issue is, for its message: `file:line:column`, or a path in the spec. */
  readonly locate: (issue: Issue) => LocatedIssue;
  /** Where an expression was written, for run-time errors. */
  readonly origin?: (path: Path) => string;
  /** Ask `origin` only when a run-time error needs it (see CompileOptions.lazyOrigins). */
  readonly lazyOrigins?: boolean;
  /**
   * The files `origin` places expressions in, and where each part of the spec sits in them,
   * as plain data, so that a worker thread can place them the same way
   * (`Locator.fromPlain`); absent for a spec built in code.
   */
  readonly documents?: PlainLocator;
}

/**
 * A resolved spec → a runnable Scenario: every citation checked against `articles`
 * (unless false), every expression compiled. Throws a ScenarioError listing every problem,
 * each placed by `placement`. The one place both a scenario file and a spec built in code
 * come through.
 */
export function checkedScenario(spec: ScenarioSpec, articles: ReadonlyMap<string, string> | false, placement: Placement): Scenario {
  const citationIssues = articles === false ? [] : checkCitations(spec, articles);
  const compiled = compileSpec(spec, { ...(placement.origin === undefined ? {} : { origin: placement.origin }), lazyOrigins: placement.lazyOrigins ?? false });
  const issues = [...citationIssues, ...(compiled.ok ? [] : compiled.issues)];
  if (issues.length > 0 || !compiled.ok) throw new ScenarioError(issues.map(placement.locate));
  return compiled.scenario;
}

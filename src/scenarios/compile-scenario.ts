import type { Scenario } from '../engine/scenario.js';
import { checkedScenario, type Placement } from './checked-scenario.js';
import { formatPath } from './issue.js';
import { builtInLibrary } from './library-files.js';
import type { ResolvedScenario } from './resolved-scenario.js';
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
  return resolvedSpec(spec, options).compile(spec);
}

/** A spec built in code as a ResolvedScenario, as a file's is: for experiments and batches over it. */
export function resolvedSpec(spec: ScenarioSpec, options: CompileScenarioOptions = {}): ResolvedScenario {
  const articles = options.articles ?? builtInLibrary().articles;
  return { spec, articles, placement: SPEC_PLACEMENT, compile: (changed) => checkedScenario(changed, articles, SPEC_PLACEMENT) };
}

/** A spec built in code is placed by paths in it: issues, and expressions for run-time errors. */
export const SPEC_PLACEMENT: Placement = { locate: (issue) => ({ where: formatPath(issue.path), message: issue.message }) };

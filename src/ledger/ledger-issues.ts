import { InputError, UnknownScenarioError } from '../errors/input-error.js';
import type { Path } from '../scenarios/issue.js';
import { builtInLibrary } from '../scenarios/library-files.js';
import { loadResolvedScenario } from '../scenarios/load.js';
import { OverrideError } from '../scenarios/override-error.js';
import { applyOverrides } from '../scenarios/overrides.js';
import type { ResolvedScenario } from '../scenarios/resolved-scenario.js';
import { citationIssue } from '../scenarios/citations.js';
import { didYouMean } from '../text/did-you-mean.js';
import { withActionOutcome } from './action-taken.js';
import { type Claim, circumstancePath, contextOverrides } from './claim.js';

/** A problem with one field of a claim: where it is in the ledger (`claims.<i>.<field>`), and what is wrong. */
export interface LedgerIssue {
  readonly path: Path;
  readonly message: string;
}

/**
 * What a ledger's claims name, checked before any run, as a scenario file's citations and
 * overrides are: each claim's article and verbatim quote, its scenario, the overrides its
 * runs make (the circumstance at both ends of its range, and any context), and its outcome.
 * A scenario that cannot be read as a file is the scenario file's own error, thrown as it is.
 */
export function ledgerIssues(claims: readonly Claim[]): LedgerIssue[] {
  const articles = builtInLibrary().articles;
  const scenarios = new Map<string, ResolvedScenario | string>();
  const issues: LedgerIssue[] = [];
  claims.forEach((claim, i) => {
    const at = (...field: Path): Path => ['claims', i, ...field];
    const cited = citationIssue(claim, articles);
    if (cited !== undefined) issues.push({ path: at(...cited.path), message: cited.message });
    let resolved = scenarios.get(claim.scenario);
    if (resolved === undefined) scenarios.set(claim.scenario, (resolved = resolvedOrProblem(claim.scenario)));
    if (typeof resolved === 'string') {
      issues.push({ path: at('scenario'), message: resolved });
      return;
    }
    const { spec } = resolved;
    const context = contextOverrides(claim);
    const problem = (overrides: Record<string, number>): string | undefined => {
      try {
        applyOverrides(spec, overrides);
        return undefined;
      } catch (error) {
        if (!(error instanceof OverrideError)) throw error;
        return error.message;
      }
    };
    const contextProblem = problem(context);
    if (contextProblem !== undefined) issues.push({ path: at('context'), message: contextProblem });
    else {
      const levelProblem = claim.circumstance.range.map((level) => problem({ ...context, [circumstancePath(claim)]: level })).find((p) => p !== undefined);
      if (levelProblem !== undefined) issues.push({ path: at('circumstance'), message: levelProblem });
    }
    const outcomeProblem = claim.outcome.includes('.') ? actionProblem(resolved, claim.outcome) : outcomeMissing(resolved, claim.outcome);
    if (outcomeProblem !== undefined) issues.push({ path: at('outcome'), message: outcomeProblem });
  });
  return issues;
}

/** The scenario a claim names, or why there is none by that name. */
function resolvedOrProblem(name: string): ResolvedScenario | string {
  try {
    return loadResolvedScenario(name);
  } catch (error) {
    if (error instanceof UnknownScenarioError || error instanceof InputError) return error.message;
    throw error;
  }
}

function actionProblem(resolved: ResolvedScenario, actorAction: string): string | undefined {
  try {
    withActionOutcome(resolved.spec, actorAction, 1);
    return undefined;
  } catch (error) {
    if (error instanceof RangeError) return error.message;
    throw error;
  }
}

function outcomeMissing(resolved: ResolvedScenario, id: string): string | undefined {
  const ids = resolved.spec.outcomes.map((o) => o.id);
  if (ids.includes(id)) return undefined;
  return `'${resolved.spec.id}' has no outcome '${id}'${didYouMean(id, ids)}; its outcomes are ${ids.join(', ')}; or name an action as actor.action`;
}

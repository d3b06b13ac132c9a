import type { Assessment } from './planner.js';
import type { Scenario } from './scenario.js';

/** Which scenario each assessment was made for (id and hash), so a helper given one can tell it came from another. */
const origins = new WeakMap<Assessment, { readonly id: string; readonly hash: string }>();

/** Remembers that `assessment` is one of `scenario`'s. */
export function markOrigin(assessment: Assessment, scenario: Scenario): Assessment {
  origins.set(assessment, { id: scenario.id, hash: scenario.hash });
  return assessment;
}

/** The scenario an assessment was made for; undefined for one built by hand. */
export function originOf(assessment: Assessment): { readonly id: string; readonly hash: string } | undefined {
  return origins.get(assessment);
}

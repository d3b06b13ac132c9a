import { Planner } from './planner.js';
import { codeOf } from './compiled-code.js';
import type { Scenario } from './scenario.js';

// A planner only precomputes lookahead windows from an immutable scenario, so one per
// scenario object is enough; the WeakMap lets scenarios be collected as usual.
const planners = new WeakMap<Scenario, Planner>();
// The last planner made for each compiled code (see compiled-code.ts): a variant's planner
// reuses its windows.
const byCode = new WeakMap<Scenario, Planner>();

export function plannerFor(scenario: Scenario): Planner {
  let planner = planners.get(scenario);
  if (planner === undefined) {
    const code = codeOf(scenario);
    planner = new Planner(scenario, byCode.get(code));
    planners.set(scenario, planner);
    byCode.set(code, planner);
  }
  return planner;
}

import { Planner } from './planner.js';
import type { Quantity, Scenario } from './scenario.js';

// A planner only precomputes lookahead windows from an immutable scenario, so one per
// scenario object is enough; the WeakMap lets scenarios be collected as usual.
const planners = new WeakMap<Scenario, Planner>();
// The last planner made for each compiled code (variants share their quantities' array):
// a variant's planner reuses its windows.
const byCode = new WeakMap<readonly Quantity[], Planner>();

export function plannerFor(scenario: Scenario): Planner {
  let planner = planners.get(scenario);
  if (planner === undefined) {
    planner = new Planner(scenario, byCode.get(scenario.quantities));
    planners.set(scenario, planner);
    byCode.set(scenario.quantities, planner);
  }
  return planner;
}

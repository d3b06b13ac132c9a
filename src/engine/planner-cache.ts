import { Planner } from './planner.js';
import type { Scenario } from './scenario.js';

// A planner only precomputes lookahead windows from an immutable scenario, so one per
// scenario object is enough; the WeakMap lets scenarios be collected as usual.
const planners = new WeakMap<Scenario, Planner>();

export function plannerFor(scenario: Scenario): Planner {
  let planner = planners.get(scenario);
  if (planner === undefined) {
    planner = new Planner(scenario);
    planners.set(scenario, planner);
  }
  return planner;
}

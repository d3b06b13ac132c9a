import { LeanRun } from './lean-run.js';
import { Planner } from './planner.js';
import type { Scenario } from './scenario.js';

// A planner only precomputes lookahead windows from an immutable scenario, so one per
// scenario object is enough; the WeakMap lets scenarios be collected as usual.
const planners = new WeakMap<Scenario, Planner>();
const leanRuns = new WeakMap<Scenario, LeanRun>();

export function plannerFor(scenario: Scenario): Planner {
  let planner = planners.get(scenario);
  if (planner === undefined) {
    planner = new Planner(scenario);
    planners.set(scenario, planner);
  }
  return planner;
}

/** One LeanRun per scenario, like its planner: the engine runs one thing at a time per thread. */
export function leanRunFor(scenario: Scenario): LeanRun {
  let run = leanRuns.get(scenario);
  if (run === undefined) {
    run = new LeanRun(scenario);
    leanRuns.set(scenario, run);
  }
  return run;
}

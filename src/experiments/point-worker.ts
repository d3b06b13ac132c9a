// A worker thread of an experiment (run through tinypool): it loads the scenario once by
// its name and counts the outcomes at each point it is given, exactly as `localEvaluator`
// does in one thread. A RunError is sent back as data, since an Error's class does not
// survive the trip between threads.
import { RunError } from '../engine/run-error.js';
import type { Scenario } from '../engine/scenario.js';
import { loadScenarioSpec } from '../scenarios/load.js';
import type { Overrides } from '../scenarios/overrides.js';
import { countOutcomes, type PointCounts, pointScenarios } from './evaluator.js';

export interface PointTask {
  /** A built-in scenario id or a path to a scenario file. */
  readonly scenario: string;
  readonly point: Overrides;
  readonly runs: number;
  readonly seed: number;
}

export type PointResult =
  | { readonly ok: true; readonly counts: PointCounts }
  | { readonly ok: false; readonly problem: string; readonly origin: string; readonly moment: RunError['moment'] };

let loaded: { readonly name: string; readonly at: (point: Overrides) => Scenario } | undefined;

export default function countPoint(task: PointTask): PointResult {
  if (loaded?.name !== task.scenario) loaded = { name: task.scenario, at: pointScenarios(loadScenarioSpec(task.scenario)) };
  try {
    return { ok: true, counts: countOutcomes(loaded.at(task.point), task.runs, task.seed) };
  } catch (error) {
    if (!(error instanceof RunError)) throw error;
    return { ok: false, problem: error.problem, origin: error.origin, moment: error.moment };
  }
}

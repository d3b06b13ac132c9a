import type { Scenario } from '../engine/scenario.js';
import type { Placement } from './checked-scenario.js';
import type { ScenarioSpec } from './spec.js';

/**
 * A scenario resolved to a spec, not yet compiled, with what compiling it needs: the
 * articles its citations must quote, and where each part was written. `compile` takes that
 * spec or a changed copy of it (overrides applied, say) and reports any problem at the
 * place in the file the changed part came from.
 */
export interface ResolvedScenario {
  readonly spec: ScenarioSpec;
  /** The articles its citations are checked against; false skips the check. */
  readonly articles: ReadonlyMap<string, string> | false;
  /** Where in the file each part of the spec was written: for issues and run-time errors. */
  readonly placement: Placement;
  compile(spec: ScenarioSpec): Scenario;
}

import { CONFORMANCE_CHECK_NAMES, type ConformanceCheck } from './conformance-check.js';
import type { ConformanceFailure } from './conformance-report.js';

/** Where in a run a check is made: the run's seed, and the turn and state when there are. */
export interface Place {
  readonly seed: number;
  readonly turn?: number | undefined;
  readonly state?: (() => string) | undefined;
}

/** What the checks have found so far: a count of checks held, and the first failure of each check. */
export class Findings {
  readonly passed = Object.fromEntries(CONFORMANCE_CHECK_NAMES.map((c) => [c, 0])) as Record<ConformanceCheck, number>;
  readonly failures: ConformanceFailure[] = [];
  skipped = 0;

  /** Counts a check that held when `holds`; otherwise keeps `message()` if it is this check's first failure. */
  expect(check: ConformanceCheck, holds: boolean, place: Place, message: () => string): boolean {
    if (holds) {
      this.passed[check]++;
      return true;
    }
    if (!this.failures.some((f) => f.check === check)) {
      this.failures.push({ check, message: message(), seed: place.seed, turn: place.turn, state: place.state?.() });
    }
    return false;
  }

  failed(check: ConformanceCheck): boolean {
    return this.failures.some((f) => f.check === check);
  }
}

import type { ConformanceCheck } from './conformance-check.js';

/** One invariant that did not hold, where it first failed. */
export interface ConformanceFailure {
  readonly check: ConformanceCheck;
  /** What was wrong, in words and figures. */
  readonly message: string;
  /** The seed of the run that showed it: `wargame run <scenario> --seed <seed>` plays it. */
  readonly seed: number;
  /** The turn, when the failure belongs to one (0: the trigger). */
  readonly turn?: number | undefined;
  /** The state it was seen at, by quantity id (see `stateText`). */
  readonly state?: string | undefined;
}

/** What `checkScenario` found. */
export interface ConformanceReport {
  readonly scenario: string;
  /** The scenario's content hash. */
  readonly hash: string;
  readonly runs: number;
  /** The seed the runs' seeds were derived from (`runSeed(seed, i)`). */
  readonly seed: number;
  /** How many times each check was made and held. */
  readonly passed: Readonly<Record<ConformanceCheck, number>>;
  /** The first failure of each check that failed, in the order they were met. */
  readonly failures: readonly ConformanceFailure[];
  /**
   * Decisions whose search tree was too big for the anticipation check's plain,
   * unoptimised restatement of the planner, and so went unchecked by it.
   */
  readonly skipped: number;
  /** True when no check failed. */
  readonly ok: boolean;
}

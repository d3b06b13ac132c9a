import type { Scenario } from '../engine/scenario.js';
import { ENGINE_VERSION } from '../engine/version.js';
import { overridesField } from '../records/run-record.js';
import type { BatchStatistics, FirstTurns } from './batch-statistics.js';
import { BATCH_FORMAT } from './batch-formats.js';
import { wilsonInterval } from './wilson-interval.js';
import { type ScenarioHeader, scenarioHeader } from '../records/scenario-header.js';
import { round6 } from '../records/round6.js';

export interface OutcomeShare {
  readonly id: string;
  readonly label: string;
  readonly count: number;
  readonly share: number;
  /** 95% Wilson interval for the share. */
  readonly interval: readonly [number, number];
  /** Mean turn at which the outcome first held, over the runs where it held; null if it never did. */
  readonly meanFirstTurn: number | null;
  /**
   * When it first held: runs by turn and the 5/50/95% turns; null if it never held. Absent
   * when the summary was merged from shards written before it was kept, and in version 2.
   */
  readonly firstTurns?: FirstTurns | null | undefined;
}

/** A quantity's final value over the batch's runs. */
export interface QuantitySummary {
  readonly id: string;
  readonly label: string;
  readonly mean: number;
  /** Sample standard deviation; 0 for a batch of one run, which has no spread to measure (kept a number so that every summary reads alike). */
  readonly sd: number;
  readonly p05: number;
  readonly p50: number;
  readonly p95: number;
}

export interface BatchSummary {
  /** Version 3 added `firstTurns` to each outcome; a report still reads version 2. */
  readonly format: 'wargame-batch/3' | 'wargame-batch/2';
  readonly engineVersion: string;
  readonly scenario: ScenarioHeader;
  readonly seed: number;
  /**
   * The first run it counts, from 0; absent for 0. A shard's summary (`batch --shard`) covers
   * runs firstRun … firstRun + runs − 1 of the batch's seed, so a comparison pairs only the
   * runs two summaries have in common.
   */
  readonly firstRun?: number | undefined;
  /** The overrides (`--set PATH=VALUE`) the scenario ran under, PATH → value; absent for none. */
  readonly overrides?: Readonly<Record<string, number>> | undefined;
  /** Runs finished and counted. */
  readonly runs: number;
  /** Runs asked for: more than `runs` when the batch was stopped early. */
  readonly requested: number;
  readonly outcomes: readonly OutcomeShare[];
  readonly quantities: readonly QuantitySummary[];
}

/** The summary of the runs `statistics` counted, out of `requested` asked for, the first of them run `firstRun`. */
export function summarize(scenario: Scenario, statistics: BatchStatistics, seed: number, requested = statistics.runs, firstRun = 0): BatchSummary {
  const { runs } = statistics;
  return {
    format: BATCH_FORMAT,
    engineVersion: ENGINE_VERSION,
    scenario: scenarioHeader(scenario),
    seed,
    ...(firstRun === 0 ? {} : { firstRun }),
    ...overridesField(scenario),
    runs,
    requested,
    outcomes: scenario.outcomes.map((o, i) => {
      const count = statistics.counts[i]!;
      const [low, high] = wilsonInterval(count, runs);
      const firstTurns = statistics.firstTurns(i);
      return {
        id: o.id,
        label: o.label,
        count,
        share: round6(runs === 0 ? 0 : count / runs),
        interval: [round6(low), round6(high)],
        meanFirstTurn: statistics.meanFirstTurn(i),
        ...(firstTurns === undefined ? {} : { firstTurns }),
      };
    }),
    quantities: scenario.quantities.map((q, i) => ({ id: q.id, label: q.label, ...statistics.quantity(i) })),
  };
}

import { placed } from '../engine/run-error.js';
import { runOutcomes } from '../engine/run.js';
import type { Scenario } from '../engine/scenario.js';
import { overridesField } from '../records/run-record.js';
import { ENGINE_VERSION } from '../engine/version.js';
import { runSeed } from './run-seed.js';
import { wilsonInterval } from './wilson-interval.js';

/** One run of a batch: its index, the seed it used, and which named outcomes held. */
export interface BatchRun {
  readonly index: number;
  readonly seed: number;
  readonly outcomes: readonly boolean[];
}

export interface OutcomeShare {
  readonly id: string;
  readonly label: string;
  readonly count: number;
  readonly share: number;
  /** 95% Wilson interval for the share. */
  readonly interval: readonly [number, number];
}

export interface BatchSummary {
  readonly format: 'wargame-batch/1';
  readonly engineVersion: string;
  readonly scenario: { readonly id: string; readonly title: string; readonly hash: string };
  readonly seed: number;
  /** The overrides (`--set PATH=VALUE`) the scenario ran under, PATH → value; absent for none. */
  readonly overrides?: Readonly<Record<string, number>> | undefined;
  /** Runs finished and counted. */
  readonly runs: number;
  /** Runs asked for: more than `runs` when the batch was stopped early. */
  readonly requested: number;
  readonly outcomes: readonly OutcomeShare[];
}

/** Shares are rounded to six decimals, like every number in a run record. */
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** Runs `from` (inclusive) to `to` (exclusive) of a batch, one at a time. */
export function* batchRuns(scenario: Scenario, seed: number, from: number, to: number): Generator<BatchRun> {
  // Checked here, not left to runSeed's bit arithmetic, which would quietly make seed 1.5
  // the same batch as seed 1 and run index 0.5 twice.
  requireWhole('seed', seed, 0);
  requireWhole('from', from, 0);
  requireWhole('to', to, from);
  for (let index = from; index < to; index++) {
    const s = runSeed(seed, index);
    yield { index, seed: s, outcomes: placed({ seed: s, turn: 0, batchRun: index }, () => runOutcomes(scenario, s)) };
  }
}

/**
 * Counts of each named outcome over any set of runs. Counting is order-free, so tallies
 * from separate workers or sessions merge into exactly the same totals.
 */
export class OutcomeTally {
  readonly counts: number[];
  runs = 0;

  constructor(private readonly scenario: Scenario) {
    this.counts = scenario.outcomes.map(() => 0);
  }

  add(run: BatchRun): void {
    this.runs++;
    run.outcomes.forEach((held, i) => {
      if (held) this.counts[i]!++;
    });
  }

  merge(other: OutcomeTally): void {
    this.runs += other.runs;
    other.counts.forEach((c, i) => (this.counts[i]! += c));
  }

  /** The summary of the runs counted so far, out of `requested` asked for. */
  summary(seed: number, requested = this.runs): BatchSummary {
    const { scenario, runs } = this;
    return {
      format: 'wargame-batch/1',
      engineVersion: ENGINE_VERSION,
      scenario: { id: scenario.id, title: scenario.title, hash: scenario.hash },
      seed,
      ...overridesField(scenario),
      runs,
      requested,
      outcomes: scenario.outcomes.map((o, i) => {
        const count = this.counts[i]!;
        const [low, high] = wilsonInterval(count, runs);
        return { id: o.id, label: o.label, count, share: round6(runs === 0 ? 0 : count / runs), interval: [round6(low), round6(high)] };
      }),
    };
  }
}

/** Runs a whole batch in this thread and summarises it. */
export function runBatch(scenario: Scenario, options: { readonly runs: number; readonly seed: number }): BatchSummary {
  requireWhole('runs', options.runs, 1);
  const tally = new OutcomeTally(scenario);
  for (const run of batchRuns(scenario, options.seed, 0, options.runs)) tally.add(run);
  return tally.summary(options.seed);
}

function requireWhole(name: string, value: number, least: number): void {
  if (!Number.isSafeInteger(value) || value < least) {
    throw new RangeError(`${name} must be a whole number of at least ${least}, not ${value}`);
  }
}

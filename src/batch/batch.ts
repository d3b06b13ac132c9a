import { leanRunFor } from './lean-run.js';
import { requireWhole } from './whole-number.js';
import { requireSeed } from '../engine/random.js';
import { placed } from '../engine/run-error.js';
import type { Scenario } from '../engine/scenario.js';
import { BatchStatistics } from './batch-statistics.js';
import { type BatchSummary, summarize } from './batch-summary.js';
import { runParallelBatch } from './parallel-batch.js';
import { runSeed } from './run-seed.js';
import type { ScenarioSource } from './scenario-source.js';

/** One run of a batch: its index, the seed it used, and which named outcomes held. */
export interface BatchRun {
  readonly index: number;
  readonly seed: number;
  readonly outcomes: readonly boolean[];
}

/** Runs `from` (inclusive) to `to` (exclusive) of a batch, one at a time, in this thread. */
export function* batchRuns(scenario: Scenario, seed: number, from: number, to: number): Generator<BatchRun> {
  // Checked here, not left to runSeed's bit arithmetic, which would quietly make seed 1.5
  // the same batch as seed 1 and run index 0.5 twice.
  requireSeed(seed);
  requireWhole('from', from, 0);
  requireWhole('to', to, from);
  const lean = leanRunFor(scenario);
  for (let index = from; index < to; index++) {
    const s = runSeed(seed, index);
    const held = placed({ seed: s, turn: 0, batchRun: index }, () => lean.play(s).held);
    yield { index, seed: s, outcomes: Array.from(held, (h) => h === 1) };
  }
}

/**
 * Runs a whole batch in this thread and summarises it: for a scenario already compiled,
 * whose functions cannot cross to a worker thread. `runBatch` spreads a batch over every core.
 */
export function runBatchInThread(scenario: Scenario, options: { readonly runs: number; readonly seed: number }): BatchSummary {
  requireWhole('runs', options.runs, 1);
  requireSeed(options.seed);
  const statistics = new BatchStatistics(scenario);
  const lean = leanRunFor(scenario);
  for (let index = 0; index < options.runs; index++) {
    const s = runSeed(options.seed, index);
    statistics.add(placed({ seed: s, turn: 0, batchRun: index }, () => lean.play(s)));
  }
  return summarize(scenario, statistics, options.seed);
}

/**
 * Runs a batch on every core (or `workers` threads, this one included unless `playHere`
 * is false) and summarises it: the same summary, to the byte, whatever the number of
 * threads. Throws the RunError of the lowest-index failing run.
 */
export async function runBatch(
  source: ScenarioSource,
  options: { readonly runs: number; readonly seed: number; readonly workers?: number; readonly playHere?: boolean },
): Promise<BatchSummary> {
  const result = await runParallelBatch(source, options);
  if (result.failure) throw result.failure;
  return summarize(result.scenario, result.statistics, options.seed, options.runs);
}


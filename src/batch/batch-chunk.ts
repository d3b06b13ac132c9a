import type { LeanRun } from './lean-run.js';
import { RunError } from '../engine/run-error.js';
import type { Scenario } from '../engine/scenario.js';
import type { Overrides } from '../scenarios/overrides.js';
import { BatchStatistics, type StatisticsJson } from './batch-statistics.js';
import { type RowFormat, rowColumns, writeRow } from './run-rows.js';
import { RowBytes } from './row-bytes.js';
import { runSeed } from './run-seed.js';

/** A range of a batch's runs, as a worker is given it. */
export interface ChunkTask {
  readonly seed: number;
  readonly from: number;
  readonly to: number;
  /** Per-run rows to return, if any. */
  readonly rows?: RowFormat | undefined;
  /**
   * An experiment's point: the runs are played on the scenario with these overrides
   * (`withOverrides`). Absent for a batch's runs, played on the scenario itself.
   */
  readonly point?: Overrides | undefined;
}

/** What a chunk gives back: statistics of its finished runs, their rows, and the first failure. */
export interface ChunkResult {
  readonly statistics: StatisticsJson;
  /**
   * Their rows, as UTF-8 bytes: bytes cross to the main thread outside its heap, where a
   * chunk's rows as one long string would sit until a full collection.
   */
  readonly rows: Uint8Array;
  /** Runs finished before the failure (or all of them). */
  readonly finished: number;
  readonly failure?: { readonly problem: string; readonly origin: string; readonly seed: number; readonly turn: number; readonly batchRun: number };
}

/**
 * Runs `from` (inclusive) to `to` (exclusive) of a batch. Run `i` always uses
 * `runSeed(seed, i)`, so which thread runs a chunk cannot change a figure. A RunError
 * ends the chunk at that run; the runs before it are kept. `lean` plays the runs, with
 * the memo the threads of the batch share.
 */
export function runChunk(scenario: Scenario, task: ChunkTask, lean: LeanRun): ChunkResult {
  const statistics = new BatchStatistics(scenario);
  const columns = rowColumns(scenario);
  const rows = new RowBytes();
  for (let index = task.from; index < task.to; index++) {
    const seed = runSeed(task.seed, index);
    try {
      const run = lean.play(seed);
      statistics.add(run);
      if (task.rows !== undefined) writeRow(rows, task.rows, columns, index, run);
    } catch (error) {
      if (!(error instanceof RunError)) throw error;
      const placed = error.during({ seed, turn: 0, batchRun: index });
      const moment = placed.moment!;
      return {
        statistics: statistics.toJSON(),
        rows: rows.bytes(),
        finished: index - task.from,
        failure: { problem: placed.problem, origin: placed.origin, seed: moment.seed, turn: moment.turn, batchRun: index },
      };
    }
  }
  return { statistics: statistics.toJSON(), rows: rows.bytes(), finished: task.to - task.from };
}

import type { Scenario } from '../engine/scenario.js';
import type { Overrides } from '../scenarios/overrides.js';
import { withOverrides } from '../scenarios/with-overrides.js';
import { type ChunkResult, type ChunkTask, runChunk } from './batch-chunk.js';
import type { DecisionMemoShare } from './decision-memo.js';
import { LeanRun } from './lean-run.js';

/**
 * Plays chunks of one scenario in one thread, this one or a worker: a batch's runs with the
 * memo the batch's threads share (or this thread's), an experiment's point's runs on the
 * scenario's variant at that point (`withOverrides`), whose decisions this thread's memo
 * keeps apart from other points'. The last point's variant is kept, since a point's chunks
 * come in a row.
 */
export function chunkPlayer(scenario: Scenario, memo?: DecisionMemoShare): (task: ChunkTask) => ChunkResult {
  let own: LeanRun | undefined;
  let variant: { readonly key: string; readonly lean: LeanRun } | undefined;
  return (task) => {
    if (task.point === undefined) {
      own ??= new LeanRun(scenario, memo);
      return runChunk(scenario, task, own);
    }
    const key = pointKey(task.point);
    if (variant?.key !== key) variant = { key, lean: new LeanRun(withOverrides(scenario, task.point)) };
    return runChunk(variant.lean.scenario, task, variant.lean);
  };
}

function pointKey(point: Overrides): string {
  return JSON.stringify(point);
}

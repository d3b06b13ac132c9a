// A worker thread of a batch (run through tinypool): it loads the scenario from its source
// once, checks it is the batch's (by hash), opens the decision memo the batch's threads
// share, and runs the chunks it is given.
import type { DecisionMemoShare } from '../engine/decision-memo.js';
import { LeanRun } from '../engine/lean-run.js';
import { type ChunkResult, type ChunkTask, runChunk } from './batch-chunk.js';
import { loadSameScenario, type ScenarioSource } from './scenario-source.js';

export interface WorkerTask extends ChunkTask {
  readonly source: ScenarioSource;
  readonly hash: string;
  readonly memo: DecisionMemoShare;
}

let loaded: { key: string; lean: LeanRun } | undefined;

/** Runs a chunk; `null` only loads this module (the pool sends it as the worker starts). */
export default function runWorkerTask(task: WorkerTask | null): ChunkResult | null {
  if (task === null) return null;
  // A pool serves one batch, so one memo: the key guards against a pool used otherwise.
  // The hash names the scenario's content, overrides included, however it was given.
  const key = `${task.hash} ${task.memo.capacity}`;
  if (loaded?.key !== key) {
    const scenario = loadSameScenario(task.source, task.hash);
    loaded = { key, lean: new LeanRun(scenario, task.memo) };
  }
  return runChunk(loaded.lean.scenario, task, loaded.lean);
}

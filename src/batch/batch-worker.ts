// A worker thread of a batch (run through tinypool): it compiles the scenario it is sent
// once, checks it is the batch's (by hash), opens the decision memo the batch's threads
// share, and runs the chunks it is given. It imports no scenario loading (files, YAML,
// schema, library): the batch's own thread did that.
import type { DecisionMemoShare } from './decision-memo.js';
import { LeanRun } from './lean-run.js';
import { type ChunkResult, type ChunkTask, runChunk } from './batch-chunk.js';
import { compileSentScenario, type SentScenario } from './sent-scenario.js';

export interface WorkerTask extends ChunkTask {
  readonly scenario: SentScenario;
  readonly memo: DecisionMemoShare;
}

let loaded: { key: string; lean: LeanRun } | undefined;

/** Runs a chunk; `null` only loads this module (the pool sends it as the worker starts). */
export default function runWorkerTask(task: WorkerTask | null): ChunkResult | null {
  if (task === null) return null;
  // A pool serves one batch, so one memo: the key guards against a pool used otherwise.
  // The hash names the scenario's content, overrides included, however it was given.
  const key = `${task.scenario.hash} ${task.memo.capacity}`;
  if (loaded?.key !== key) loaded = { key, lean: new LeanRun(compileSentScenario(task.scenario), task.memo) };
  return runChunk(loaded.lean.scenario, task, loaded.lean);
}

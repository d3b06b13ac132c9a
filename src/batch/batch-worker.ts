// A worker thread of a batch or an experiment (run through tinypool): it compiles the
// scenario it is sent once, checks it is the one the work began with (by hash), and plays
// the chunks it is given: a batch's runs with the decision memo the batch's threads share,
// or an experiment's points' runs on variants of the scenario. It imports no scenario
// loading (files, YAML, schema, library): the sending thread did that.
import type { ChunkResult, ChunkTask } from './batch-chunk.js';
import { chunkPlayer } from './chunk-player.js';
import type { DecisionMemoShare } from './decision-memo.js';
import { compileSentScenario, type SentScenario } from './sent-scenario.js';

export interface WorkerTask extends ChunkTask {
  readonly scenario: SentScenario;
  /** A batch's memo, which its threads share; absent for an experiment, whose points use this thread's. */
  readonly memo?: DecisionMemoShare | undefined;
}

let loaded: { key: string; play: (task: ChunkTask) => ChunkResult } | undefined;

/** Runs a chunk; `null` only loads this module (the pool sends it as the worker starts). */
export default function runWorkerTask(task: WorkerTask | null): ChunkResult | null {
  if (task === null) return null;
  // A pool serves one job (a batch, or an experiment), so one memo: the key guards against a
  // pool used otherwise. The hash names the scenario's content, overrides included, however it was given.
  const key = `${task.scenario.hash} ${task.memo?.capacity ?? 'thread'}`;
  if (loaded?.key !== key) loaded = { key, play: chunkPlayer(compileSentScenario(task.scenario), task.memo) };
  return loaded.play(task);
}

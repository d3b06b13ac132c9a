// A worker thread of a batch (run through tinypool): it loads the scenario from its source
// once, checks it is the batch's (by hash), and runs the chunks it is given.
import type { Scenario } from '../engine/scenario.js';
import { type ChunkResult, type ChunkTask, runChunk } from './batch-chunk.js';
import { loadSameScenario, type ScenarioSource } from './scenario-source.js';

export interface WorkerTask extends ChunkTask {
  readonly source: ScenarioSource;
  readonly hash: string;
}

let loaded: { key: string; scenario: Scenario } | undefined;

export default function runWorkerTask(task: WorkerTask): ChunkResult {
  const key = JSON.stringify([task.source, task.hash]);
  if (loaded?.key !== key) loaded = { key, scenario: loadSameScenario(task.source, task.hash) };
  return runChunk(loaded.scenario, task);
}

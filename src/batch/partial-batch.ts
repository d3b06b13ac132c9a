import { WargameError } from '../errors/wargame-error.js';
import type { Scenario } from '../engine/scenario.js';
import { ENGINE_VERSION } from '../engine/version.js';
import { BATCH_PART_FORMAT } from './batch-formats.js';
import { BatchStatistics, type StatisticsJson } from './batch-statistics.js';
import type { ParallelBatchResult } from './parallel-batch.js';
import { loadSameScenario, type NamedScenarioSource } from './scenario-source.js';
import { type ScenarioHeader, scenarioHeader } from '../records/scenario-header.js';
import { ScenarioError } from '../scenarios/scenario-error.js';
import { shown } from '../text/shown-text.js';

/**
 * A shard's result (`wargame batch --shard K/N --out part.json`): everything needed to
 * merge it with the other shards into exactly the summary of the whole batch.
 */
export interface PartialBatch {
  readonly format: 'wargame-batch-part/1';
  readonly engineVersion: string;
  readonly scenario: ScenarioHeader;
  /** By id or path: the machines that merge load it again. */
  readonly source: NamedScenarioSource;
  readonly seed: number;
  /** Runs in the whole batch. */
  readonly requested: number;
  /** The runs counted: `from` inclusive to `to` exclusive. */
  readonly from: number;
  readonly to: number;
  readonly statistics: StatisticsJson;
}

/** A shard's result as a partial result; its scenario must be named by id or path, not given as a spec. */
export function toPartialBatch(result: ParallelBatchResult): PartialBatch {
  const { scenario, source } = result;
  if ('spec' in source) throw new RangeError('a partial result names its scenario by built-in id or file path; this batch was given a spec');
  return {
    format: BATCH_PART_FORMAT,
    engineVersion: ENGINE_VERSION,
    scenario: scenarioHeader(scenario),
    source,
    seed: result.seed,
    requested: result.requested,
    from: result.from,
    to: result.to,
    statistics: result.statistics.toJSON(),
  };
}

/** Parts that do not make one whole batch: each message names the files concerned. */
export class MergeError extends WargameError {
  override readonly name = 'MergeError';
  readonly code = 'invalid-data' as const;
}

/**
 * Merges the parts of one batch: they must share the engine version, scenario, overrides,
 * seed and size, and their ranges must cover every run exactly once. The result is the
 * statistics of the whole batch, exactly as one process would have counted them.
 */
export function mergePartialBatches(
  parts: readonly { readonly name: string; readonly part: PartialBatch }[],
  load: (source: NamedScenarioSource, hash: string) => Scenario = loadSameScenario,
): { scenario: Scenario; statistics: BatchStatistics; seed: number; requested: number } {
  if (parts.length === 0) throw new MergeError('no parts to merge');
  const [first] = parts;
  const same = (what: string, get: (p: PartialBatch) => unknown): void => {
    for (const p of parts) {
      if (JSON.stringify(get(p.part)) !== JSON.stringify(get(first!.part))) {
        throw new MergeError(
          `${p.name}: ${what} ${JSON.stringify(get(p.part))} differs from ${first!.name}'s ${JSON.stringify(get(first!.part))}; parts of one batch must share it`,
        );
      }
    }
  };
  same('engine version', (p) => p.engineVersion);
  same('scenario', (p) => p.scenario.hash);
  same('overrides', (p) => p.source.overrides);
  same('batch seed', (p) => p.seed);
  same('batch size', (p) => p.requested);
  if (first!.part.engineVersion !== ENGINE_VERSION) {
    throw new MergeError(`${first!.name}: made by engine ${first!.part.engineVersion}; this is engine ${ENGINE_VERSION}`);
  }
  const sorted = [...parts].sort((a, b) => a.part.from - b.part.from || a.part.to - b.part.to);
  let covered = 0;
  let previous = '';
  for (const { name, part } of sorted) {
    if (part.from > covered) throw new MergeError(`runs ${covered}–${part.from} are missing: no part covers them (before ${name})`);
    if (part.from < covered) throw new MergeError(`${name} overlaps ${previous}: runs ${part.from}–${Math.min(covered, part.to)} are in both`);
    covered = part.to;
    previous = name;
  }
  const { requested } = first!.part;
  if (covered < requested) throw new MergeError(`runs ${covered}–${requested} are missing: no part covers them`);
  let scenario: Scenario;
  try {
    scenario = load(first!.part.source, first!.part.scenario.hash);
  } catch (error) {
    if (error instanceof RangeError) throw new MergeError(`${first!.name}: ${error.message}`);
    // A part names the file it was made from, which is not necessarily a scenario (a part
    // naming /etc/passwd): say where the problem is, never what the file holds.
    if (error instanceof ScenarioError) {
      const where = error.issues[0]?.where ?? first!.part.source.scenario;
      throw new MergeError(`${first!.name}: its scenario ${shown(first!.part.source.scenario)} is not a valid scenario (${shown(where)}); \`wargame validate\` it to see why`);
    }
    throw error;
  }
  const statistics = new BatchStatistics(scenario);
  for (const { name, part } of sorted) {
    try {
      statistics.merge(BatchStatistics.fromJSON(scenario, part.statistics));
    } catch (error) {
      if (error instanceof RangeError) throw new MergeError(`${name}: ${error.message}`);
      throw error;
    }
  }
  return { scenario, statistics, seed: first!.part.seed, requested };
}

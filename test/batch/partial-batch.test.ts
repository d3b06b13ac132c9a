import { beforeAll, describe, expect, it } from 'vitest';
import { summarize } from '../../src/batch/batch-summary.js';
import { BatchStatistics } from '../../src/batch/batch-statistics.js';
import type { ParallelBatchResult } from '../../src/batch/parallel-batch.js';
import { runSeed } from '../../src/batch/run-seed.js';
import { loadSource } from '../../src/batch/scenario-source.js';
import { LeanRun } from '../../src/batch/lean-run.js';
import { parsePartialBatch } from '../../src/batch/parse-partial-batch.js';
import { MergeError, mergePartialBatches, type PartialBatch, toPartialBatch } from '../../src/batch/partial-batch.js';

const source = { scenario: 'strike', overrides: {} };
let parts: PartialBatch[];
let whole: ReturnType<typeof summarize>;

// Shards counted in this thread (parallel-batch.test.ts shows workers count the same).
function shard(from: number, to: number): ParallelBatchResult {
  const scenario = loadSource(source);
  const statistics = new BatchStatistics(scenario);
  const lean = new LeanRun(scenario);
  for (let i = from; i < to; i++) statistics.add(lean.play(runSeed(8, i)));
  return { scenario, source, seed: 8, requested: 40, from, to, statistics, interrupted: false };
}

beforeAll(() => {
  parts = [shard(0, 13), shard(13, 27), shard(27, 40)].map(toPartialBatch);
  const all = shard(0, 40);
  whole = summarize(all.scenario, all.statistics, 8, 40);
});

const named = (list: readonly PartialBatch[]) => list.map((part, i) => ({ name: `part${i}.json`, part }));
const merged = (list: readonly PartialBatch[]) => {
  const { scenario, statistics, seed, requested } = mergePartialBatches(named(list));
  return summarize(scenario, statistics, seed, requested);
};
const refusal = (list: readonly PartialBatch[]): string => {
  try {
    merged(list);
  } catch (error) {
    expect(error).toBeInstanceOf(MergeError);
    return (error as Error).message;
  }
  throw new Error('the parts were merged');
};

describe('merging the parts of a sharded batch', () => {
  it('gives exactly the whole batch, in any order, through JSON files', () => {
    const read = parts.map((p, i) => parsePartialBatch(`part${i}.json`, JSON.stringify(p)));
    expect(merged(read)).toEqual(whole);
    expect(merged([read[2]!, read[0]!, read[1]!])).toEqual(whole);
  });

  it('reads a part saved with a byte-order mark, as some editors save it', () => {
    const read = parts.map((p, i) => parsePartialBatch(`part${i}.json`, `\uFEFF${JSON.stringify(p)}`));
    expect(merged(read)).toEqual(whole);
  });

  it('refuses a gap, naming the missing runs', () => {
    expect(refusal([parts[0]!, parts[2]!])).toBe('runs 13–27 are missing: no part covers them (before part1.json)');
    expect(refusal([parts[0]!, parts[1]!])).toBe('runs 27–40 are missing: no part covers them');
  });

  it('refuses an overlap', () => {
    expect(refusal([parts[0]!, parts[1]!, parts[1]!, parts[2]!])).toMatch(/^part2\.json overlaps part1\.json: runs 13–27 are in both$/);
  });

  it.each([
    ['batch seed', { seed: 9 }],
    ['scenario', { scenario: { id: 'strike', title: 'x', hash: 'sha256:0' } }],
    ['engine version', { engineVersion: '0.0.1' }],
    ['overrides', { source: { scenario: 'strike', overrides: { horizon: 3 } } }],
    ['batch size', { requested: 41 }],
  ])('refuses parts with a different %s', (what, change) => {
    expect(refusal([parts[0]!, { ...parts[1]!, ...change } as PartialBatch, parts[2]!])).toMatch(new RegExp(`^part1\\.json: ${what} .* differs from part0\\.json's`));
  });

  it('refuses a file that is not a partial result, saying which and why', () => {
    expect(() => parsePartialBatch('x.json', '{')).toThrow(/^x\.json: not JSON/);
    expect(() => parsePartialBatch('x.json', JSON.stringify({ ...parts[0], format: 'wargame-batch/2' }))).toThrow(
      "x.json: not a shard's partial result (a wargame-batch/2 file); merge reads what `wargame batch --shard K/N --out part.json` writes",
    );
    expect(() => parsePartialBatch('x.json', '[1, 2]')).toThrow("x.json: not a shard's partial result (not one of wargame's files)");
    expect(() => parsePartialBatch('x.json', JSON.stringify({ ...parts[0], engineVersion: 3 }))).toThrow(/^x\.json: not a partial batch result: engineVersion/);
    expect(() => parsePartialBatch('x.json', JSON.stringify({ ...parts[0], to: 14 }))).toThrow(/^x\.json: its range 0–14 does not match its 13 runs/);
  });
});

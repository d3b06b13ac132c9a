import { describe, expect, it } from 'vitest';
import { BatchStatistics } from '../../../src/batch/batch-statistics.js';
import { summarize } from '../../../src/batch/batch-summary.js';
import { runSeed } from '../../../src/batch/run-seed.js';
import { formatBatchSummary } from '../../../src/cli/format/batch-summary.js';
import { LeanRun } from '../../../src/batch/lean-run.js';
import { loadScenario } from '../../../src/scenarios/load.js';

const s400 = loadScenario('s400');
const statistics = new BatchStatistics(s400);
const lean = new LeanRun(s400);
for (let i = 0; i < 20; i++) statistics.add(lean.play(runSeed(1, i)));

describe('the batch summary table', () => {
  it('counts the runs it covers', () => {
    expect(formatBatchSummary(summarize(s400, statistics, 1))).toContain('s400 · 20 runs · batch seed 1');
  });

  it('says when a batch was stopped early, and how far it got', () => {
    expect(formatBatchSummary(summarize(s400, statistics, 1, 1000))).toContain('s400 · 20 of 1000 runs (stopped early) · batch seed 1');
  });

  it('gives every outcome a row with its count, share and interval', () => {
    const lines = formatBatchSummary(summarize(s400, statistics, 1)).split('\n');
    for (const o of s400.outcomes) expect(lines.some((line) => line.startsWith(o.id) && /\d+\.\d+%–\d+\.\d+%/.test(line))).toBe(true);
  });

  it('gives every quantity a row with its mean, spread and quantiles', () => {
    const summary = summarize(s400, statistics, 1);
    const lines = formatBatchSummary(summary).split('\n');
    lines.splice(0, lines.findIndex((line) => line.startsWith('quantity ')));
    for (const q of summary.quantities) {
      const row = lines.find((line) => line.startsWith(`${q.id} `));
      expect(row?.trim().split(/\s+/).slice(1).map(Number)).toEqual(
        [q.mean, q.sd, q.p05, q.p50, q.p95].map((x) => Number(x.toPrecision(6))),
      );
    }
  });
});

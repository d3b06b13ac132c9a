import { describe, expect, it } from 'vitest';
import { batchRuns, OutcomeTally } from '../../../src/batch/batch.js';
import { formatBatchSummary } from '../../../src/cli/format/batch-summary.js';
import { loadScenario } from '../../../src/scenarios/load.js';

const s400 = loadScenario('s400');
const tally = new OutcomeTally(s400);
for (const run of batchRuns(s400, 1, 0, 20)) tally.add(run);

describe('the batch summary table', () => {
  it('counts the runs it covers', () => {
    expect(formatBatchSummary(tally.summary(1))).toContain('s400 · 20 runs · batch seed 1');
  });

  it('says when a batch was stopped early, and how far it got', () => {
    expect(formatBatchSummary(tally.summary(1, 1000))).toContain('s400 · 20 of 1000 runs (stopped early) · batch seed 1');
  });

  it('gives every outcome a row with its count, share and interval', () => {
    const lines = formatBatchSummary(tally.summary(1)).split('\n');
    for (const o of s400.outcomes) expect(lines.some((line) => line.startsWith(o.id) && /\d+\.\d%–\d+\.\d+%/.test(line))).toBe(true);
  });
});

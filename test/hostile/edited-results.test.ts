import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliIn } from '../helpers/cli.js';
import { copyHormuzParts, hostileFolder, write } from './fixtures.js';

// Partial results and batch summaries edited by hand: each must be refused with the field
// that cannot be right, never merged or reported as the model's figures.
let dir: string;
type Json = Record<string, any>;

function edited(from: string, name: string, edit: (data: Json) => void): string {
  const data = JSON.parse(readFileSync(join(dir, from), 'utf8')) as Json;
  edit(data);
  return write(dir, name, JSON.stringify(data));
}

beforeAll(async () => {
  dir = hostileFolder();
  await copyHormuzParts(dir);
  const summary = await cliIn(dir, 'batch', 'hormuz', '--runs', '100', '--workers', '1', '--json');
  expect(summary.code, summary.err).toBe(0);
  write(dir, 'summary.json', summary.out);
}, 60_000);

describe('merge', () => {
  it('merges the parts as written', async () => {
    expect((await cliIn(dir, 'merge', 'part-0.json', 'part-1.json')).code).toBe(0);
  });

  it.each([
    ['count.json', (p: Json) => (p.statistics.counts[1] = 10_000), /^count\.json: statistics\.counts\[1\]: 10000 runs where threat_withdrawn held, which no batch of 50 runs of 'hormuz' counts; was the file edited\?$/],
    ['turns.json', (p: Json) => (p.statistics.firstTurnSums[1] = 1e9), /^turns\.json: statistics\.firstTurnSums\[1\]: 1000000000, more than \d+ runs × \d+ turns/],
    ['sum.json', (p: Json) => (p.statistics.sums[0] = '9'.repeat(100_000)), /^sum\.json: statistics\.sums\[0\]: a sum of 999999999999… \(100000 digits\) for \w+, outside 50 values from/],
    ['negative-sum.json', (p: Json) => (p.statistics.sums[0] = '-1'), /^negative-sum\.json: statistics\.(sums|squares)\[0\]/],
    ['squares.json', (p: Json) => (p.statistics.squares[0] = '0'), /^squares\.json: statistics\.squares\[0\]: a sum of squares of 0 for \w+, which does not fit its sum/],
    ['bin-count.json', (p: Json) => (p.statistics.bins[0][0][1] += 1000), /^bin-count\.json: statistics\.bins\[0\]: the bins of \w+ hold 1050 runs, not 50/],
    ['bin-range.json', (p: Json) => (p.statistics.bins[0][0][2] = -1e9), /^bin-range\.json: statistics\.bins\[0\]: bin \d+ of \w+ spans -1000000000 to/],
  ])('refuses %s, a part edited by hand, with exit 65 and the field named', async (name, edit, message) => {
    edited('part-0.json', name, edit);
    const run = await cliIn(dir, 'merge', name, 'part-1.json');
    expect(run.code, run.err).toBe(65);
    expect(run.err.trimEnd()).toMatch(message);
    expect(run.out).toBe('');
  });

});

describe('report', () => {
  it.each([
    ['share.json', (s: Json) => (s.outcomes[1].share = 0.5), /outcomes\.1\.share: 0\.5, but \d+ of 100 runs is [\d.]+; was the file edited\?$/],
    ['count.json', (s: Json) => (s.outcomes[1].count = 10_000), /outcomes\.1\.count: 10000 runs of 100/],
    ['interval.json', (s: Json) => (s.outcomes[0].interval = [0, 0.01]), /outcomes\.0\.interval: 0–0\.01, but the 95% interval of \d+ in 100 is /],
    ['quantiles.json', (s: Json) => (s.quantities[0].p95 = -1e9), /quantities\.0: quantiles .* out of order/],
  ])('refuses %s, a batch summary edited by hand, with exit 65 and the field named', async (name, edit, message) => {
    edited('summary.json', `summary-${name}`, edit);
    const run = await cliIn(dir, 'report', `summary-${name}`, '-o', 'report.html');
    expect(run.code, run.err).toBe(65);
    expect(run.err).toMatch(new RegExp(`^summary-${name.replace('.', '\\.')}: not a batch summary as wargame writes one at `));
    expect(run.err.trimEnd()).toMatch(message);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatchInThread } from '../../../src/batch/batch.js';
import { loadScenario } from '../../../src/scenarios/load.js';
import { ENGINE_VERSION } from '../../../src/engine/version.js';
import { cli } from '../../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'wargame-compare-'));
const write = (name: string, data: unknown): string => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(data));
  return file;
};
const a = write('a.json', runBatchInThread(loadScenario('hormuz'), { runs: 300, seed: 1 }));
const b = write('b.json', runBatchInThread(loadScenario('hormuz', { 'iran.rationality': 6 }), { runs: 300, seed: 2 }));

describe('wargame compare', () => {
  it("prints each outcome's shares, B − A with its interval and a verdict, and the notes", async () => {
    const { code, out } = await cli('compare', a, b);
    expect(code).toBe(0);
    expect(out).toContain(`A: ${a} · hormuz · 300 runs · batch seed 1`);
    expect(out).toContain(`B: ${b} · hormuz · 300 runs · batch seed 2 · engine ${ENGINE_VERSION} · iran.rationality=6`);
    expect(out).toMatch(/\nstrait_closed +\d+\.\d+% +\d+\.\d+% +−\d+\.\d+ +−\d+\.\d+ to −\d+\.\d+ +lower in B\n/);
    expect(out).toContain('note: different batch seeds (1 and 2): independent batches, as the interval assumes');
  });

  it('prints JSON that wargame report draws', async () => {
    const { out } = await cli('compare', a, b, '--json');
    const file = write('c.json', JSON.parse(out));
    const report = await cli('report', file);
    expect(report.code).toBe(0);
    expect(report.out).toContain('B against A');
    expect(report.out.match(/<svg/g)).toHaveLength(1);
  });

  it('refuses a file that is not a batch summary', async () => {
    const run = write('run.json', { format: 'wargame-sweep/1' });
    const { code, err } = await cli('compare', a, run);
    expect(code).not.toBe(0);
    expect(err).toMatch(/run\.json/);
    const turns = join(dir, 'turns.csv');
    writeFileSync(turns, 'run,seed,turn,actor,action,chance,x\n0,1,0,,,,1\n');
    expect(await cli('compare', a, turns)).toMatchObject({ code: 2, err: `error: ${turns}: not a batch summary (wargame batch --json); compare takes two\n` });
  });
});

describe('wargame report of two batch summaries', () => {
  it('shows each, then B against A', async () => {
    const { code, out } = await cli('report', a, b);
    expect(code).toBe(0);
    expect(out).toContain('B against A');
    expect(out).toContain('lower in B');
    // two batches (shares and first turns each) and the comparison
    expect(out.match(/<svg/g)).toHaveLength(5);
  });
});

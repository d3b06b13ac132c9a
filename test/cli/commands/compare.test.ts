import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatchInThread } from '../../../src/batch/batch.js';
import { ENGINE_VERSION } from '../../../src/engine/version.js';
import { loadScenario } from '../../../src/scenarios/load.js';
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

  describe('two points of a sweep, FILE#N', () => {
    const MINI = 'test/scenarios/fixtures/mini.yaml';
    const sweepFile = join(dir, 'sweep.json');

    it('compares point N against point M as two batches of their runs, with the common random numbers noted', async () => {
      const swept = await cli('sweep', MINI, '--vary', 'initial.hormuz_flow=0.2,0.9', '--runs', '60', '--workers', '1', '--json', '--quiet');
      expect(swept.code).toBe(0);
      writeFileSync(sweepFile, swept.out);
      const sweep = JSON.parse(swept.out) as { rows: { point: Record<string, number>; outcome: string; count: number }[]; seed: number };
      const { code, out } = await cli('compare', `${sweepFile}#1`, `${sweepFile}#2`, '--json');
      expect(code).toBe(0);
      const comparison = JSON.parse(out) as { a: { runs: number; overrides: object; seed: number }; b: { overrides: object }; outcomes: { id: string; a: { count: number }; b: { count: number } }[]; notes: string[] };
      expect(comparison.a).toMatchObject({ runs: 60, overrides: { 'initial.hormuz_flow': 0.2 }, seed: sweep.seed });
      expect(comparison.b.overrides).toEqual({ 'initial.hormuz_flow': 0.9 });
      for (const o of comparison.outcomes) {
        expect(o.a.count).toBe(sweep.rows.find((r) => r.outcome === o.id && r.point['initial.hormuz_flow'] === 0.2)!.count);
        expect(o.b.count).toBe(sweep.rows.find((r) => r.outcome === o.id && r.point['initial.hormuz_flow'] === 0.9)!.count);
      }
      expect(comparison.outcomes.length).toBeGreaterThan(0);
      expect(comparison.notes.some((n) => n.includes('common random numbers'))).toBe(true);
      expect(comparison.notes.some((n) => n.includes('chance alone'))).toBe(false);
      const same = JSON.parse((await cli('compare', `${sweepFile}#2`, `${sweepFile}#2`, '--json')).out) as { notes: string[] };
      expect(same.notes.some((n) => n.includes('chance alone'))).toBe(true);
    });

    it('refuses a point the sweep does not have, a point of a batch summary, and a sweep without a point', async () => {
      for (const [x, y, message] of [
        [`${sweepFile}#3`, `${sweepFile}#1`, /has points 1 to 2/],
        [`${sweepFile}#0`, `${sweepFile}#1`, /has points 1 to 2/],
        [`${a}#1`, `${sweepFile}#1`, /not one/],
        [sweepFile, `${sweepFile}#1`, /but a sweep: name a point of it/],
      ] as const) {
        const { code, err } = await cli('compare', x, y);
        expect(code).toBe(2);
        expect(err).toMatch(message);
      }
    });
  });
});

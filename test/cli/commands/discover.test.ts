import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli.js';
import { corner, syntheticRuns } from '../../discovery/synthetic-runs.js';

const dir = mkdtempSync(join(tmpdir(), 'wargame-discover-'));

/** Synthetic runs as explore writes them: inputs, then run and seed, then the outcome. */
function rowsFile(name: string): string {
  const rows = syntheticRuns(1500, 3, corner, { seed: 31 });
  const file = join(dir, name);
  writeFileSync(file, ['x1,x2,x3,run,seed,y', ...rows.map((r, i) => `${r.x1},${r.x2},${r.x3},${i},${i},${r.y}`)].join('\n') + '\n');
  return file;
}

describe('wargame discover', () => {
  const file = rowsFile('corner.csv');

  it('reads the inputs before run, and prints the ranking, the PRIM box with its trajectory and the CART rules', async () => {
    const { code, out } = await cli('discover', file, '--outcome', 'y');
    expect(code).toBe(0);
    expect(out).toMatch(/y > 0\.5 in \d+ of 1500 runs/);
    expect(out).toMatch(/PRIM box 1: step \d+ of \d+/);
    expect(out).toMatch(/\n {2}x1 +0\.(69|70|71)\d* +0\.99\d* /);
    expect(out).toMatch(/\n {2}x2 +0\.00\d* +0\.(27|28|29|30|31|32)\d* /);
    expect(out).toContain('unrestricted: x3');
    expect(out).toContain('◀ chosen');
    expect(out).toMatch(/CART .*\n {2}x2 ≤ 0\.(29|30)\d* and x1 > 0\.(69|70)\d*: \d+ runs, density 100\.0%/);
  });

  it('prints the whole result as JSON, and takes a step and a threshold', async () => {
    const { code, out } = await cli('discover', file, '--outcome', 'x3', '--threshold', '0.8', '--inputs', 'x1,x2,x3', '--step', '0', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as { format: string; prim: { boxes: { chosen: number }[] }; scores: { input: string }[] };
    expect(json.format).toBe('wargame-discovery/1');
    expect(json.prim.boxes[0]!.chosen).toBe(0);
    expect(json.scores[0]!.input).toBe('x3');
  });

  it('refuses an unknown column, a bad option and a broken file with a one-line error', async () => {
    expect(await cli('discover', file, '--outcome', 'z')).toMatchObject({ code: 2, err: expect.stringMatching(/^error: --outcome z: .* has no such column/) });
    expect(await cli('discover', file, '--outcome', 'y', '--peel-alpha', '1.5')).toMatchObject({ code: 2, err: expect.stringMatching(/--peel-alpha must be above 0/) });
    expect(await cli('discover', file, '--outcome', 'y', '--step', '9999')).toMatchObject({ code: 2, err: expect.stringMatching(/--step 9999 is not on the trajectory/) });
    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, 'a,run,y\n1,0,1\n2,1\n');
    expect(await cli('discover', broken, '--outcome', 'y')).toMatchObject({ code: 65, err: `${broken}:3: 2 cells; the header names 3\n` });
    const noInputs = join(dir, 'no-inputs.csv');
    writeFileSync(noInputs, 'run,y\n0,1\n');
    expect(await cli('discover', noInputs, '--outcome', 'y')).toMatchObject({ code: 2, err: expect.stringMatching(/--inputs a,b/) });
    expect(await cli('discover', join(dir, 'missing.csv'), '--outcome', 'y')).toMatchObject({ code: 66 });
  });
});

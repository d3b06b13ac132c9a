import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discovery/discover.js';
import { cli } from '../helpers/cli.js';
import { corner, inputsOf, syntheticRuns } from '../discovery/synthetic-runs.js';
import { visibleText } from './class-runs.js';

const dir = mkdtempSync(join(tmpdir(), 'wargame-discovery-report-'));

function discoveryFile(name: string, boxes = 1): string {
  const result = discover(syntheticRuns(1200, 3, corner, { seed: 41 }), { inputs: inputsOf(3), outcome: 'y', boxes });
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ ...result, file: 'runs.csv' }));
  return file;
}

describe('wargame report of a discovery', () => {
  it('draws the input scores, the trade-off curve and the box against the ranges, and tables the limits and the rules', async () => {
    const file = discoveryFile('d.json');
    const { code, out } = await cli('report', file);
    expect(code).toBe(0);
    expect(out.match(/<svg/g)).toHaveLength(3);
    const text = visibleText(out);
    expect(text).toContain('When does “y” happen?');
    expect(text).toMatch(/PRIM box 1: coverage \d+\.\d%, density \d+\.\d%, mass \d+\.\d%/);
    expect(text).toMatch(/x1 0\.(69|70)\d* 0\.99\d*/);
    expect(text).toMatch(/x2 ≤ 0\.(29|30)\d* and x1 > 0\.(69|70)\d*/);
    expect(text).toContain('Unrestricted: x3.');
    expect(out).toContain('x3 (unrestricted)'); // the label in the chart of the box's limits
  });

  it('draws each box of a covering', async () => {
    const { out } = await cli('report', discoveryFile('two.json', 2));
    const boxes = (out.match(/PRIM box \d/g) ?? []).length;
    expect(out.match(/<svg/g)).toHaveLength(1 + 2 * boxes);
  });

  it('refuses a discovery whose chosen step is off its trajectory, naming the file', async () => {
    const file = join(dir, 'bad.json');
    const result = discover(syntheticRuns(300, 2, corner, { seed: 42 }), { inputs: inputsOf(2), outcome: 'y' });
    const box = { ...result.prim.boxes[0]!, chosen: 10_000 };
    writeFileSync(file, JSON.stringify({ ...result, file: 'runs.csv', prim: { ...result.prim, boxes: [box] } }));
    const { code, err } = await cli('report', file);
    expect(code).toBe(66);
    expect(err).toBe(`error: ${file}: not a discovery result: box 1's chosen step is not on its trajectory\n`);
  });
});

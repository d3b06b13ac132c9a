import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { turnRowsHeader, writeTurnRows } from '../../src/batch/turn-rows.js';
import { parseTurnRows } from '../../src/report/parse-turn-rows.js';
import { recogniseReportInput } from '../../src/report/report-input.js';
import { trajectories } from '../../src/report/trajectories.js';
import { loadScenario } from '../../src/scenarios/load.js';
import { cli } from '../helpers/cli.js';
import { visibleText } from './class-runs.js';

const hormuz = loadScenario('hormuz');

async function turns(format: 'csv' | 'jsonl', runs = 40): Promise<string> {
  const parts: Uint8Array[] = [];
  await writeTurnRows(hormuz, { seed: 5, from: 0, to: runs, format, onRows: (b) => void parts.push(b) });
  return turnRowsHeader(hormuz, format) + Buffer.concat(parts).toString('utf8');
}

describe('trajectories', () => {
  it('read per-turn rows in CSV and JSON Lines alike', async () => {
    const csv = parseTurnRows(await turns('csv'), 't.csv');
    expect(parseTurnRows(await turns('jsonl'), 't.jsonl')).toEqual(csv);
    expect(csv.runs).toBe(40);
    expect(csv.quantities).toEqual(hormuz.quantities.map((q) => q.id));
    expect(csv.values[0]!).toHaveLength(hormuz.settings.horizon + 1);
  });

  it('give each moving quantity its 5/50/95% over the runs at every turn, and leave still ones out', async () => {
    const data = parseTurnRows(await turns('csv'), 't.csv');
    const points = trajectories(data);
    const q = data.quantities.indexOf('oil_price');
    for (const point of points.filter((p) => p.quantity === 'oil_price')) {
      const sorted = [...data.values[q]![point.turn]!].sort((a, b) => a - b);
      expect(point.p50).toBe(sorted[Math.ceil(0.5 * sorted.length) - 1]);
      expect(point.p05).toBeLessThanOrEqual(point.p50);
      expect(point.p95).toBeGreaterThanOrEqual(point.p50);
    }
    for (const quantity of new Set(points.map((p) => p.quantity))) {
      const mine = points.filter((p) => p.quantity === quantity);
      expect(mine.some((p) => p.p05 !== mine[0]!.p50 || p.p50 !== mine[0]!.p50 || p.p95 !== mine[0]!.p50)).toBe(true);
    }
    expect(points.some((p) => p.quantity === 'israel_struck_iran')).toBe(false);
  });

  it('are drawn by wargame report from a turns file, and a broken one is refused naming its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wargame-trajectories-'));
    const file = join(dir, 'turns.csv');
    const text = await turns('csv', 20);
    writeFileSync(file, text);
    const { code, out } = await cli('report', file);
    expect(code).toBe(0);
    expect(out.match(/<svg/g)).toHaveLength(1);
    expect(visibleText(out)).toContain('Trajectories over 20 runs');
    const lines = text.split('\n');
    lines[3] = lines[3]!.replace(/,[^,]*$/, ',x');
    expect(() => recogniseReportInput(lines.join('\n'), 'bad.csv')).toThrow(/^bad\.csv:4: '\w+' is not a number$/);
  });
});

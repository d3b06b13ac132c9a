import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli.js';

const MINI = 'test/scenarios/fixtures/mini.yaml';
const dir = mkdtempSync(join(tmpdir(), 'wargame-explore-'));

describe('wargame explore', () => {
  it('writes one row per run and prints each outcome’s share, the same file at one worker or two', async () => {
    const one = join(dir, 'run one.csv');
    const two = join(dir, 'two.csv');
    const args = [MINI, '--vary', 'china.rationality=0:8', '--vary', 'initial.hormuz_flow=0.2:1', '--samples', '5', '--runs', '4', '--quiet'];
    const a = await cli('explore', ...args, '--out', one, '--workers', '1');
    const b = await cli('explore', ...args, '--out', two, '--workers', '2');
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(a.out).toMatch(/^20 runs at 5 of 5 points over china\.rationality, initial\.hormuz_flow → /);
    // The next command's path quoted, as a shell needs it.
    expect(a.out).toContain(`next: wargame discover '${one}' --outcome`);
    const text = readFileSync(one, 'utf8');
    expect(text).toBe(readFileSync(two, 'utf8'));
    expect(text.trimEnd().split('\n')).toHaveLength(21);
    expect(text.split('\n')[0]!.startsWith('china.rationality,initial.hormuz_flow,run,seed,')).toBe(true);
  });

  it('prints its totals as JSON with --json', async () => {
    const out = join(dir, 'j.jsonl');
    const { code, out: printed } = await cli('explore', MINI, '--vary', 'horizon=1:4', '--samples', '3', '--out', out, '--json', '--quiet', '--workers', '1');
    expect(code).toBe(0);
    const json = JSON.parse(printed) as { format: string; runs: number; factors: string[] };
    expect(json).toMatchObject({ format: 'wargame-explore/1', runs: 3, factors: ['horizon'] });
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(3);
  });

  it('refuses, before any run and writing nothing: no --vary, no --samples, a grid, a bad file name', async () => {
    const out = join(dir, 'never.csv');
    const cases = [
      [MINI, '--samples', '3', '--out', out],
      [MINI, '--vary', 'horizon=1:4', '--out', out],
      [MINI, '--vary', 'horizon=1,2', '--samples', '3', '--out', out],
      [MINI, '--vary', 'horizon=1:4', '--samples', '3', '--out', join(dir, 'rows.txt')],
      [MINI, '--vary', 'horizon=1:4', '--samples', '1000000', '--out', out],
      [MINI, '--vary', 'horizon=1:4000', '--samples', '3', '--out', out],
    ];
    for (const args of cases) {
      const { code, err } = await cli('explore', ...args);
      expect(code).toBe(2);
      expect(err).toMatch(/^error: /);
    }
    expect(existsSync(out)).toBe(false);
  });
});

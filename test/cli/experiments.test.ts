import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SensitivityResult } from '../../src/experiments/sensitivity.js';
import type { SweepResult } from '../../src/experiments/sweep.js';
import { cli } from '../helpers/cli.js';

const MINI = 'test/scenarios/fixtures/mini.yaml';
const dir = mkdtempSync(join(tmpdir(), 'wargame-experiments-'));

describe('wargame sweep', () => {
  it('writes tidy CSV: a column per varied path, then outcome, count, runs, share, low, high', async () => {
    const file = join(dir, 'sweep.csv');
    const { code, out } = await cli('sweep', MINI, '--vary', 'initial.hormuz_flow=0.2,1', '--vary', 'horizon=2:4:2', '--runs', '20', '--out', file);
    expect(code).toBe(0);
    expect(out).toContain('grid · 4 points × 20 runs, the same seeds at every point');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('initial.hormuz_flow,horizon,outcome,count,runs,share,low,high');
    expect(lines).toHaveLength(1 + 4);
    expect(lines[1]).toMatch(/^0\.2,2,closed,20,20,1,0\.\d+,1$/);
  });

  it('writes JSON Lines and prints JSON recording the overrides under every point', async () => {
    const file = join(dir, 'sweep.jsonl');
    const { out } = await cli('sweep', MINI, '--vary', 'iran.security=1:9', '--design', 'lhs', '--samples', '3', '--runs', '5', '--out', file, '--json', '--set', 'horizon=2');
    const result = JSON.parse(out) as SweepResult;
    expect(result.overrides).toEqual({ horizon: 2 });
    expect(result.rows).toHaveLength(3);
    const rows = readFileSync(file, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(Object.keys(rows[0]!)).toEqual(['iran.security', 'outcome', 'count', 'runs', 'share', 'low', 'high']);
  });

  it('needs a --vary, a known path and a file it can write, with exit status 2', async () => {
    expect((await cli('sweep', MINI)).err).toBe('error: sweep needs at least one --vary PATH=…\n');
    const wrong = await cli('sweep', MINI, '--vary', 'iran.securty=1,2');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("(did you mean 'iran.security'?)");
    expect((await cli('sweep', MINI, '--vary', 'horizon=1,2', '--runs', '2', '--out', join(dir, 'x.txt'))).code).toBe(2);
  });

  it('plays a point whose horizon passes the scenario\'s to its own end, its outcomes holding first on the later turns too, on one thread or two', async () => {
    const args = ['sweep', 'hormuz', '--vary', 'horizon=14,20', '--runs', '200', '--json'];
    const one = await cli(...args, '--workers', '1');
    expect(one.err).toBe('');
    expect(one.code).toBe(0);
    expect((await cli(...args, '--workers', '2')).out).toBe(one.out);
    const result = JSON.parse(one.out) as SweepResult;
    expect(result.finished).toBe(2);
    expect([...new Set(result.rows.map((row) => row.point['horizon']))]).toEqual([14, 20]);
  });

  it('names a value out of range as the --vary that gave it, not as a --set', async () => {
    const { code, err } = await cli('sweep', MINI, '--vary', 'iran.rationality=0,4,2000', '--runs', '2');
    expect(code).toBe(2);
    expect(err).toBe("error: --vary iran.rationality=2000: iran.rationality (Iran's logit λ) must be from 0 to 1000\n");
  });
});

describe('wargame sensitivity', () => {
  it('ranks the inputs and writes them to CSV, each index with its error', async () => {
    const file = join(dir, 'morris.csv');
    const { code, out } = await cli('sensitivity', MINI, '--outcome', 'closed', '--method', 'morris', '--vary', 'initial.hormuz_flow=0:1', '--vary', 'iran.security=2:8', '--runs', '10', '--trajectories', '4', '--out', file);
    expect(code).toBe(0);
    expect(out).toContain("morris on the share of 'closed' · 12 points × 10 runs");
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('rank,input,low,high,muStar,muStarError,mu,sigma');
    expect(lines[1]).toMatch(/^1,initial\.hormuz_flow,0,1,/);
  });

  it('prints JSON, and refuses an unknown outcome with exit status 2', async () => {
    const { out } = await cli('sensitivity', MINI, '--outcome', 'closed', '--vary', 'initial.hormuz_flow=0:1', '--runs', '10', '--json');
    const row = (JSON.parse(out) as SensitivityResult).rows[0]!;
    expect(row).toMatchObject({ input: 'initial.hormuz_flow', shareLow: 1 });
    // A strait that starts open is closed in few runs (Iran's λ is 2: it sometimes does).
    expect(row.shareHigh).toBeLessThan(0.5);
    expect(row.swing).toBeCloseTo(row.shareHigh! - row.shareLow!, 10);
    expect(await cli('sensitivity', MINI, '--outcome', 'open')).toMatchObject({ code: 2 });
  });
});

describe('every outcome and quantity in one pass', () => {
  it('sensitivity --outcome takes a quantity (its final mean), repeats, or all; several print as a set that report reads', async () => {
    const one = await cli('sensitivity', MINI, '--outcome', 'oil_price', '--vary', 'initial.hormuz_flow=0:1', '--runs', '10', '--workers', '1');
    expect(one.code).toBe(0);
    expect(one.out).toContain('oat on the mean of oil_price');
    const file = join(dir, 'set.json');
    const set = await cli('sensitivity', MINI, '--outcome', 'all', '--vary', 'initial.hormuz_flow=0:1', '--runs', '10', '--workers', '1', '--json', '--out', join(dir, 'set.csv'));
    const parsed = JSON.parse(set.out) as { format: string; analyses: SensitivityResult[] };
    expect(parsed.format).toBe('wargame-sensitivity-set/1');
    expect(parsed.analyses.map((a) => a.outcome)).toContain('oil_price');
    // An outcome's shares and a quantity's means each under their own names, the other pair empty.
    const [header, ...rows] = readFileSync(join(dir, 'set.csv'), 'utf8').trimEnd().split('\n');
    expect(header).toBe('output,rank,input,low,high,shareLow,shareHigh,swing,swingError,meanLow,meanHigh');
    const oil = rows.find((row) => row.startsWith('oil_price,'))!.split(',');
    expect(oil.slice(5, 7)).toEqual(['', '']);
    expect(oil.slice(9).every((cell) => Number.isFinite(Number(cell)) && cell !== '')).toBe(true);
    const closed = rows.find((row) => row.startsWith('closed,'))!.split(',');
    expect(closed.slice(9)).toEqual(['', '']);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, set.out);
    const report = await cli('report', file);
    expect(report.code, report.err).toBe(0);
  });

  it('sweep reports every quantity\'s final mean at each point: in JSON, in a tidy file, and in the text with --mean', async () => {
    const means = join(dir, 'means.csv');
    const { code, out } = await cli('sweep', MINI, '--vary', 'iran.security=1,9', '--runs', '10', '--workers', '1', '--mean', 'oil_price', '--out-means', means);
    expect(code).toBe(0);
    expect(out).toMatch(/final means \(mean ± 1\.96 s\.e\.\)\niran\.security +oil_price\n +1 +[\d.]+ ± [\d.]+\n/);
    const lines = readFileSync(means, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('iran.security,quantity,runs,mean,sd,low,high');
    const json = JSON.parse((await cli('sweep', MINI, '--vary', 'iran.security=1,9', '--runs', '10', '--workers', '1', '--json')).out) as SweepResult;
    expect(json.means.length).toBe(lines.length - 1);
    expect(json.means.length % 2).toBe(0);
    expect((await cli('sweep', MINI, '--vary', 'iran.security=1,9', '--mean', 'oil_prise')).err).toContain("(did you mean 'oil_price'?)");
  });

  it('names what a count option counts when it is refused: points, samples, trajectories', async () => {
    const cases: [string[], string][] = [
      [['sweep', MINI, '--vary', 'horizon=1:4', '--design', 'lhs', '--samples', '0'], "option '--samples <n>' argument '0' is invalid. the number of points must be"],
      [['explore', MINI, '--vary', 'horizon=1:4', '--samples', '0', '--out', join(dir, 'x.csv')], "option '--samples <n>' argument '0' is invalid. the number of points must be"],
      [['sensitivity', MINI, '--outcome', 'closed', '--method', 'sobol', '--samples', '0'], "option '--samples <n>' argument '0' is invalid. the number of samples must be"],
      [['sensitivity', MINI, '--outcome', 'closed', '--method', 'morris', '--trajectories', '0'], "option '--trajectories <n>' argument '0' is invalid. the number of trajectories must be"],
    ];
    for (const [args, message] of cases) {
      const { code, err } = await cli(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(err, args.join(' ')).toContain(message);
    }
  });

  it('refuses --out-means naming the same file as --out, before any run, even before the file exists', async () => {
    const same = join(dir, 'same.csv');
    const { code, err } = await cli('sweep', MINI, '--vary', 'iran.security=1,9', '--runs', '10', '--workers', '1', '--out', same, '--out-means', `${dir}/./same.csv`);
    expect(code).toBe(2);
    expect(err).toBe(`error: --out-means ${dir}/./same.csv: the same file as --out\n`);
    expect(existsSync(same)).toBe(false);
  });
});


import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, cli, cliIn } from '../helpers/cli.js';

// The commands in this process (binary.test runs the built binary as a shell would), but
// for Ctrl-C, which needs a process of its own to signal.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wargame-batch-'));
});

describe('wargame batch and merge', () => {
  it('print, from shards merged in any order, exactly the bytes of the whole batch', async () => {
    const whole = await cli('batch', 's400', '--runs', '60', '--seed', '4', '--json', '--workers', '2');
    expect(whole.code).toBe(0);
    for (const k of [0, 1, 2]) {
      const shard = await cliIn(dir, 'batch', 's400', '--runs', '60', '--seed', '4', '--shard', `${k}/3`, '--out', `part${k}.json`, '--workers', '1');
      expect(shard.code).toBe(0);
    }
    const merged = await cliIn(dir, 'merge', 'part2.json', 'part0.json', 'part1.json', '--json');
    expect(merged.err).toBe('');
    expect(merged.out).toBe(whole.out);
    const text = await cli('batch', 's400', '--runs', '60', '--seed', '4', '--workers', '1');
    expect((await cliIn(dir, 'merge', 'part0.json', 'part1.json', 'part2.json')).out).toBe(text.out);
  }, 240_000);

  it('refuse a merge with a gap, exit 65, in one line', async () => {
    const { code, out, err } = await cliIn(dir, 'merge', 'part0.json', 'part2.json');
    expect(code).toBe(65);
    expect(out).toBe('');
    expect(err).toBe('runs 20–40 are missing: no part covers them (before part2.json)\n');
  });

  it('write one CSV row per run, in run order, with a header, and no progress when stderr is not a terminal', async () => {
    const { code, err } = await cliIn(dir, 'batch', 'hormuz', '--runs', '25', '--out', 'runs.csv', '--workers', '2');
    expect(code).toBe(0);
    expect(err).toBe('');
    const lines = readFileSync(join(dir, 'runs.csv'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(26);
    const header = lines[0]!.split(',');
    expect(header.slice(0, 4)).toEqual(['run', 'seed', 'strait_closed', 'threat_withdrawn']);
    expect(header).toContain('threat_withdrawn_turn');
    expect(header).toContain('oil_price');
    for (const line of lines.slice(1)) expect(line.split(',')).toHaveLength(header.length);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual([...Array(25).keys()].map(String));
    // A row's seed replays that run on its own, to the same final values.
    const row = Object.fromEntries(lines[3]!.split(',').map((cell, i) => [header[i]!, cell]));
    const record = JSON.parse((await cli('run', 'hormuz', '--seed', row['seed']!, '--json')).out);
    expect(String(record.turns.at(-1).state.oil_price)).toBe(row['oil_price']);
    expect(String(record.outcomes.threat_withdrawn ? 1 : 0)).toBe(row['threat_withdrawn']);
  });

  it('write a whole batch\'s --out FILE.json as the summary --json prints, which report reads; a shard\'s part is refused there with a pointer to merge', async () => {
    const printed = await cliIn(dir, 'batch', 's400', '--runs', '30', '--seed', '2', '--workers', '1', '--json', '--out', 'whole.json');
    expect(printed.code).toBe(0);
    expect(readFileSync(join(dir, 'whole.json'), 'utf8')).toBe(printed.out);
    expect((await cliIn(dir, 'report', 'whole.json', '-o', 'whole.html')).code).toBe(0);
    expect((await cliIn(dir, 'batch', 's400', '--runs', '30', '--seed', '2', '--workers', '1', '--shard', '0/2', '--out', 'half.json')).code).toBe(0);
    const part = await cliIn(dir, 'report', 'half.json', '-o', 'half.html');
    expect(part.code).toBe(65);
    expect(part.err).toMatch(/^half\.json: a partial result, one shard of a batch \(wargame-batch-part\/1\).*merge the shards first, `wargame merge part-\*\.json --json > summary\.json`/);
  });

  it('refuse an --out file of an unknown kind before running anything', async () => {
    const { code, err } = await cli('batch', 'hormuz', '--runs', '5', '--out', 'runs.txt');
    expect(code).toBe(2);
    expect(err).toMatch(/^error: --out runs\.txt: the file name must end in \.csv or \.jsonl/);
  });

  // The one interrupted batch of the suite's child processes (SIGTERM and SIGHUP, in
  // test/hostile/stop-signals.test.ts, use one thread): --workers 2, so worker threads are
  // stopped mid-chunk on any machine.
  it('on Ctrl-C keep every finished run, print their summary and exit 130; the finished runs are the first ones', async () => {
    const child = spawn(process.execPath, [BIN, 'batch', 's400', '--runs', '1000000', '--json', '--out', 'stopped.jsonl', '--workers', '2'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    // Interrupt once some rows are on disk (in the temporary file the rows take their
    // name from when whole), so workers are surely running.
    const path = join(dir, 'stopped.jsonl');
    for (let i = 0; i < 600; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const temporary = readdirSync(dir).find((name) => name.startsWith('.stopped.jsonl.'));
      let rows = 0;
      try {
        rows = temporary === undefined ? 0 : readFileSync(join(dir, temporary), 'utf8').split('\n').length - 1;
      } catch {}
      if (rows > 0) break;
    }
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    const summary = JSON.parse(out) as { runs: number; requested: number; outcomes: unknown };
    expect(summary.requested).toBe(1_000_000); // a pipeline that ignores the exit status can still tell
    expect(summary.runs).toBeGreaterThan(0);
    expect(summary.runs).toBeLessThan(1_000_000);
    expect(err).toBe(`interrupted after ${summary.runs} of 1000000 runs; the summary covers the finished runs\n`);
    const rows = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(rows).toHaveLength(summary.runs);
    expect(JSON.parse(rows.at(-1)!).run).toBe(summary.runs - 1);
    // The finished runs are exactly the first ones of the batch: a batch of that size agrees.
    // One thread gives the bytes two do (the first test), at less cost.
    const whole = await cli('batch', 's400', '--runs', String(summary.runs), '--json', '--workers', '1');
    expect(whole.code).toBe(0);
    expect(JSON.parse(whole.out).outcomes).toEqual(summary.outcomes);
  }, 240_000);
});

describe('wargame batch --out-turns', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wargame-turns-'));

  it('writes a row per run and turn, the same bytes on one thread and two, and a shard writes its part', async () => {
    const one = join(dir, 'one.csv');
    const two = join(dir, 'two.csv');
    expect((await cli('batch', 'hormuz', '--runs', '30', '--workers', '1', '--out-turns', one)).code).toBe(0);
    expect((await cli('batch', 'hormuz', '--runs', '30', '--workers', '2', '--out-turns', two, '--out', join(dir, 'runs.csv'))).code).toBe(0);
    const text = readFileSync(one, 'utf8');
    expect(readFileSync(two, 'utf8')).toBe(text);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]!.startsWith('run,seed,turn,actor,action,chance,hormuz_flow,')).toBe(true);
    expect(lines).toHaveLength(1 + 30 * 15); // turn 0 and 14 turns per run
    const shard = join(dir, 'shard.csv');
    expect((await cli('batch', 'hormuz', '--runs', '30', '--shard', '1/2', '--workers', '1', '--out-turns', shard)).code).toBe(0);
    const shardLines = readFileSync(shard, 'utf8').trimEnd().split('\n');
    expect(shardLines.slice(1)).toEqual(lines.slice(1 + 15 * 15));
  });

  it('refuses a name that is neither .csv nor .jsonl, or the same file as --out, before any run', async () => {
    const bad = await cli('batch', 'hormuz', '--runs', '5', '--out-turns', join(dir, 'turns.txt'));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--out-turns .*turns\.txt: the file name must end in \.csv or \.jsonl/);
    const same = join(dir, 'same.csv');
    expect((await cli('batch', 'hormuz', '--runs', '5', '--out', same, '--out-turns', same)).code).toBe(2);
    expect(readdirSync(dir)).not.toContain('same.csv');
  });
});

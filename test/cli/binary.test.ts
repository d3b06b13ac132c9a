import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, wargame } from '../helpers/cli.js';

// These drive the built binary in child processes, as a user's shell does: what matters
// here is exit status, stderr and bytes across separate processes.
let dir: string;
const mini = readFileSync(new URL('../scenarios/fixtures/mini.yaml', import.meta.url), 'utf8');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wargame-cli-'));
  writeFileSync(join(dir, 'hostile.yaml'), mini.replace('hormuz_threat: 1', `hormuz_threat: 'import({x: 1}, {override: true})'`));
  writeFileSync(join(dir, 'broken.yaml'), mini.replace('horizon: 4', 'horizon: [4'));
  writeFileSync(join(dir, 'typo.yaml'), mini.replace('hormuz_flow < 0.5', 'hormuz_flw < 0.5'));
});

describe('the wargame binary', () => {
  it('gives byte-identical JSON for the same seed in separate processes', () => {
    const a = wargame(['run', 'hormuz', '--seed', '7', '--json']);
    const b = wargame(['run', 'hormuz', '--seed', '7', '--json']);
    expect(a.code).toBe(0);
    expect(a.out.length).toBeGreaterThan(1000);
    expect(a.out).toBe(b.out);
  });

  it.each([
    ['hostile.yaml', /^hostile\.yaml:16:20: the function 'import' is not allowed/],
    ['broken.yaml', /^broken\.yaml:\d+:\d+: YAML: /],
    ['typo.yaml', /^typo\.yaml:20:11: unknown quantity 'hormuz_flw' \(did you mean 'hormuz_flow'\?\)$/],
  ])('reports %s at file:line:column, exits 65, prints no stack trace', (file, message) => {
    for (const command of [['validate', file], ['run', file]]) {
      const { code, out, err } = wargame(command, { cwd: dir });
      expect(code).toBe(65);
      expect(out).toBe('');
      expect(err.trim()).toMatch(message);
      expect(err).not.toMatch(/\n\s+at /);
    }
  });

  it('exits 66 for a missing file and 2 for a usage error, without a stack trace', () => {
    const missing = wargame(['run', 'no-such.yaml']);
    expect(missing.code).toBe(66);
    expect(missing.err).not.toMatch(/\n\s+at /);
    const usage = wargame(['run']);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain("missing required argument 'scenario'");
  });
});

describe('a reader that closes the pipe early', () => {
  it.each([['run', 'hormuz', '--json'], ['actors']])('gets no stack trace from `wargame %s …`', (...args) => {
    // `true` exits without reading, so every write after the first finds the pipe closed.
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" ${args.join(' ')} | true; echo "status $\{PIPESTATUS[0]}" >&2`], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('status 0\n');
  });
});

describe('an interrupted batch', () => {
  it('prints the summary of every finished run and exits 130', async () => {
    const { spawn } = await import('node:child_process'); // async: the test kills it mid-batch
    const child = spawn(process.execPath, [BIN, 'batch', 's400', '--runs', '1000000', '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    await untilBusyInBatch(child.pid!);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    const summary = JSON.parse(out) as { runs: number; requested: number; outcomes: unknown };
    expect(summary.requested).toBe(1_000_000); // a pipeline that ignores the exit status can still tell
    expect(summary.runs).toBeGreaterThan(0);
    expect(summary.runs).toBeLessThan(1_000_000);
    expect(err).toBe(`interrupted after ${summary.runs} of 1000000 runs; the summary covers the finished runs\n`);
    // The finished runs are exactly the first ones of the batch: a batch of that size agrees.
    const whole = wargame(['batch', 's400', '--runs', String(summary.runs), '--json']);
    expect(JSON.parse(whole.out).outcomes).toEqual(summary.outcomes);
  });
});

/**
 * Waits until process `pid` has used 2 s of CPU time: well past loading the scenario, after
 * which the batch has its SIGINT handler and is counting runs. CPU time, unlike a fixed
 * pause, does not run short on a loaded machine. Read from /proc on Linux; elsewhere a
 * generous fixed pause.
 */
async function untilBusyInBatch(pid: number): Promise<void> {
  const { readFileSync } = await import('node:fs');
  const TICKS_PER_SECOND = 100; // USER_HZ, 100 on Linux
  for (let waited = 0; waited < 60_000; waited += 20) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 2500));
      return;
    }
    // Fields after the command name (which is in parentheses): utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND >= 2) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`process ${pid} never got busy`);
}

import { loadScenario } from '../../src/scenarios/load.js';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, wargame } from '../helpers/cli.js';
import { hostileFolder } from './fixtures.js';
import { startWargame, untilBusy, untilWriting } from './signalled-run.js';

// Real signals to the built binary. Slurm and Kubernetes end a job with SIGTERM, a closed
// terminal sends SIGHUP: each must keep what Ctrl-C keeps, and exit 128 + its number.
let dir: string;
const hasTerminalTools = ['script', 'pgrep'].every((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0);
beforeAll(() => {
  dir = hostileFolder();
});

// Every command stops through the one handler (src/cli/stop-signals.ts), whichever stop
// signal arrives; test/cli/stop-signals.test.ts holds that for each signal. So each command
// is stopped here by one of them, the two taking turns, rather than by both: the same
// assurance for half the runs. Ctrl-C (SIGINT) is test/cli/batch-command.test.ts's, and
// that test stops worker threads (--workers 2); threads are not the subject here, so the
// batch and the shard run on one thread, at half the processor time.
const TERM = ['SIGTERM', 143] as const;
const HUP = ['SIGHUP', 129] as const;

describe('a stop signal', () => {
  it.each([TERM])(`%s stops a batch with exit %i, its summary printed and every finished run's row written whole`, async (signal, status) => {
    const rows = `rows-${signal}.csv`;
    const run = startWargame(['batch', 'hormuz', '--runs', '1000000', '--workers', '1', '--json', '--out', rows], dir);
    await untilWriting(dir, rows);
    const { code, out, err } = await run.stop(signal);
    expect(code, err).toBe(status);
    const summary = JSON.parse(out) as { runs: number };
    expect(summary.runs).toBeGreaterThan(0);
    expect(summary.runs).toBeLessThan(1_000_000);
    expect(err).toBe(`stopped by ${signal} after ${summary.runs} of 1000000 runs; the summary covers the finished runs\n`);
    const lines = readFileSync(join(dir, rows), 'utf8').split('\n');
    expect(lines.pop()).toBe(''); // ends with a whole row
    expect(lines).toHaveLength(summary.runs + 1);
    expect(lines.at(-1)!.split(',')[0]).toBe(String(summary.runs - 1));
  }, 120_000);

  it.each([HUP])('%s stops a shard with exit %i, leaving a valid partial result of the finished runs', async (signal, status) => {
    const part = `part-${signal}.json`;
    const run = startWargame(['batch', 'hormuz', '--runs', '2000000', '--shard', '1/2', '--workers', '1', '--json', '--out', part], dir);
    await untilBusy(run.child.pid!, 1);
    const { code, out, err } = await run.stop(signal);
    expect(code, err).toBe(status);
    const summary = JSON.parse(out) as { runs: number };
    const saved = JSON.parse(readFileSync(join(dir, part), 'utf8')) as { from: number; to: number; statistics: { runs: number } };
    expect(saved.statistics.runs).toBe(summary.runs);
    expect([saved.from, saved.to]).toEqual([1_000_000, 1_000_000 + summary.runs]);
    // A part of the finished runs is what it says it is: merge names the runs it lacks.
    const merged = wargame(['merge', part], { cwd: dir });
    expect(merged.code).toBe(65);
    expect(merged.err).toBe(`runs 0–1000000 are missing: no part covers them (before ${part})\n`);
  }, 120_000);

  it.each([HUP])('%s stops a sweep with exit %i, the finished points printed and written', async (signal, status) => {
    const rows = `sweep-${signal}.csv`;
    const run = startWargame(['sweep', 'hormuz', '--vary', 'horizon=2:40:39', '--runs', '5000', '--workers', '1', '--out', rows], dir);
    // Loading takes about 0.3 s of CPU and the first point (a horizon of 2) a tenth of a
    // second: by 1 s of CPU, several are done (5 or 6 when measured), so points > 0 holds.
    await untilBusy(run.child.pid!, 1);
    const { code, out, err } = await run.stop(signal);
    expect(code, err).toBe(status);
    const finished = /^stopped by SIG\w+ after (\d+) of 39 points; the output covers the finished points\n$/.exec(err);
    expect(finished, err).not.toBeNull();
    const points = Number(finished![1]);
    expect(points).toBeGreaterThan(0);
    expect(out).not.toBe('');
    const lines = readFileSync(join(dir, rows), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(1 + points * loadScenario('hormuz').outcomes.length); // a header, then a row per point and outcome
  }, 120_000);

  it.each([TERM])('%s stops a sensitivity analysis with exit %i, saying its indices need every point', async (signal, status) => {
    const run = startWargame(['sensitivity', 'hormuz', '--outcome', 'strait_closed', '--runs', '5000', '--workers', '1'], dir);
    // 1 s of CPU is well past loading (about 0.3 s), so the handler is in place; no point
    // need have finished, as the message may count 0 of them.
    await untilBusy(run.child.pid!, 1);
    const { code, out, err } = await run.stop(signal);
    expect(code, err).toBe(status);
    expect(out).toBe('');
    expect(err).toMatch(/^interrupted after \d+ of \d+ points; the indices need every point, so none are reported\n$/);
  }, 120_000);

  // Needs util-linux's `script` for a terminal and procps's `pgrep`, as Debian has them.
  it.skipIf(!hasTerminalTools).each([TERM, HUP])('%s closes the terminal UI with exit %i and the screen restored', async (signal, status) => {
    // `script` gives play the terminal it needs; -e passes on the exit status of what it ran.
    const child = spawn('script', ['-qefc', `exec "${process.execPath}" "${BIN}" play hormuz`, '/dev/null'], {
      cwd: dir,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', COLUMNS: '100', LINES: '30', TERM: 'xterm-256color' },
    });
    let screen = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (screen += text));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    // The UI sets its stop handlers before it enters the alternate screen (held exactly by
    // test/cli/ui/render-app.test.tsx), so once that is seen a signal must close it.
    for (let waited = 0; !screen.includes('\u001b[?1049h') && waited < 60_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    const node = execFileSync('pgrep', ['-P', String(child.pid)], { encoding: 'utf8' }).trim();
    process.kill(Number(node), signal);
    expect(await closed).toBe(status);
    expect(screen).toContain('\u001b[?1049l');
    expect(screen).toContain(`interrupted by ${signal}`);
  }, 120_000);
});

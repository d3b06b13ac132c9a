import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { expect } from 'vitest';
import { BIN } from '../helpers/cli.js';

/** What a child `wargame` process did with a hostile input, and what it cost. */
export interface MeasuredRun {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
  readonly seconds: number;
  /** The child's peak resident memory, in MiB, as the kernel counted it. */
  readonly peakMiB: number;
}

const TIME = '/usr/bin/time';
const scratch = mkdtempSync(join(tmpdir(), 'wargame-rss-'));
// Where /usr/bin/time is missing, the child reports its own peak (the same getrusage figure).
const selfReport = join(scratch, 'self-report');
let runs = 0;

/**
 * Runs the built binary with `args` in a child process, measuring its peak memory with
 * `/usr/bin/time` and its wall time. After `hangAfter` seconds the child's whole process
 * group is killed and the run reports no exit status: the time bound is a ceiling against
 * hangs, not a speed target (those are in `npm run bench`).
 */
export async function measuredRun(args: readonly string[], options: { cwd?: string; hangAfter?: number } = {}): Promise<MeasuredRun> {
  const rssFile = join(scratch, `rss-${runs++}`);
  const [command, prefix] = existsSync(TIME)
    ? [TIME, ['-f', '%M', '-o', rssFile, process.execPath]]
    : [process.execPath, ['--import', selfReportHook(rssFile)]];
  const started = performance.now();
  const child = spawn(command, [...prefix, BIN, ...args], {
    cwd: options.cwd,
    detached: true, // its own process group, so a hang is ended with everything it started
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (out += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (err += text));
  const hang = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), (options.hangAfter ?? 60) * 1000);
  const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
  clearTimeout(hang);
  const seconds = (performance.now() - started) / 1000;
  const kib = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : Number.NaN;
  return { code, out, err, seconds, peakMiB: kib / 1024 };
}

function selfReportHook(rssFile: string): string {
  const hook = `${selfReport}.${runs}.mjs`;
  writeFileSync(hook, `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
  return hook;
}

/**
 * A refusal as the project promises one: the exit status, a one-line message that says
 * where (matching `message`), no stack trace, nothing on stdout, and bounded cost.
 */
export function expectRefusal(run: MeasuredRun, code: number, message: RegExp, bounds: { peakMiB?: number; seconds?: number } = {}): void {
  expect(run.code, `exit status; stderr: ${run.err.slice(0, 400)}`).toBe(code);
  expect(run.err.trimEnd()).toMatch(message);
  expect(run.err).not.toMatch(/\n\s+at |internal error/);
  expect(run.out).toBe('');
  expectBounded(run, bounds);
}

/** The run's peak memory and time under their ceilings (defaults: 200 MiB, 60 s). */
export function expectBounded(run: MeasuredRun, { peakMiB = 200, seconds = 60 }: { peakMiB?: number; seconds?: number } = {}): void {
  expect(run.peakMiB).toBeGreaterThan(0);
  expect(run.peakMiB).toBeLessThan(peakMiB);
  expect(run.seconds).toBeLessThan(seconds);
}

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';

const MINI = 'test/scenarios/fixtures/mini.yaml';
const dir = mkdtempSync(join(tmpdir(), 'wargame-progress-'));

/** Runs the CLI with a stderr that says it is a terminal, as a user's shell gives it. */
async function atTerminal(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    stdout: { write: (text: string) => (out += text) },
    stderr: { isTTY: true, columns: 120, write: (text: string) => (err += text) },
  });
  return { code, out, err };
}

describe('an experiment\'s progress at a terminal', () => {
  it.each([
    ['sweep', ['sweep', MINI, '--vary', 'iran.security=1:9:6', '--runs', '40', '--workers', '1'], 6, 240],
    ['sensitivity', ['sensitivity', MINI, '--outcome', 'closed', '--vary', 'iran.security=1:9', '--vary', 'initial.hormuz_flow=0:1', '--runs', '40', '--workers', '1'], 5, 200],
  ])('%s shows points and runs done of how many, the rate and the ETA on stderr', async (_, args, points, runs) => {
    const { code, out, err } = await atTerminal(...(args as string[]));
    expect(code).toBe(0);
    expect(err).toContain(`/${points} points · `);
    expect(err).toContain(`/${runs} runs · `);
    expect(err).toMatch(/runs\/s · ETA /);
    // The whole of it: the last line drawn counts every point and run.
    expect(err).toContain(`${points}/${points} points · ${runs}/${runs} runs`);
    expect(out).not.toContain('ETA');
  });

  it('explore shows points and runs done of how many, the rate and the ETA on stderr, and writes only rows to its file', async () => {
    const out = join(dir, 'rows.csv');
    const { code, out: printed, err } = await atTerminal('explore', MINI, '--vary', 'china.rationality=0:8', '--samples', '7', '--runs', '30', '--workers', '1', '--out', out);
    expect(code).toBe(0);
    expect(err).toContain('/7 points · ');
    expect(err).toContain('/210 runs · ');
    expect(err).toMatch(/runs\/s · ETA /);
    expect(err).toContain('7/7 points · 210/210 runs');
    expect(printed).not.toContain('ETA');
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(211);
  });

  it('is hidden by --quiet on explore too', async () => {
    const quiet = await atTerminal('explore', MINI, '--vary', 'china.rationality=0:8', '--samples', '3', '--workers', '1', '--out', join(dir, 'quiet.csv'), '--quiet');
    expect(quiet.code).toBe(0);
    expect(quiet.err).toBe('');
  });

  it('is hidden by --quiet, and never drawn when stderr is not a terminal', async () => {
    const quiet = await atTerminal('sweep', MINI, '--vary', 'iran.security=1,9', '--runs', '10', '--workers', '1', '--quiet');
    expect(quiet.code).toBe(0);
    expect(quiet.err).toBe('');
    let err = '';
    await runCli(['sweep', MINI, '--vary', 'iran.security=1,9', '--runs', '10', '--workers', '1'], { stdout: { write: () => true }, stderr: { write: (t: string) => (err += t) } });
    expect(err).toBe('');
  });
});

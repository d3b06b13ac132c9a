import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openOutputFile, writeOutputFile } from '../../src/output/atomic-output.js';
import { OutputError } from '../../src/output/output-error.js';
import { BIN, cliIn, type CliResult } from '../helpers/cli.js';
import { hostileFolder, mini } from './fixtures.js';

// Outputs against full disks, missing folders and outputs that are inputs. A full disk is
// simulated without root in two ways: /dev/full (every write fails with ENOSPC, reached
// through a link so its name ends in .csv) and a file-size limit (`ulimit -f`: a write
// past it fails with EFBIG, which Node takes as an error rather than a signal), which cuts
// a regular file as a small file system would. Only a file-size limit needs a child
// process; the other cases run the command in this process, in the same folder.
let dir: string;
const KEEP = 'an analyst’s earlier results\n';

/** The built binary with stdout and stderr as pipes, under a file-size limit of `blocks` × 512 bytes. */
function limited(blocks: number, args: readonly string[]): { code: number | null; out: string; err: string } {
  const result = spawnSync('sh', ['-c', `ulimit -f ${blocks}; exec "$0" "$@"`, process.execPath, BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** `wargame args` in this process, from the test folder, with no limit on file size. */
function unlimited(args: readonly string[]): Promise<CliResult> {
  return cliIn(dir, ...args);
}

/** A small batch's summary, made once: the input of the report and refused-output cases. */
let madeSummary: string | undefined;
async function batchSummary(): Promise<string> {
  if (madeSummary === undefined) {
    const made = await unlimited(['batch', 'hormuz', '--runs', '20', '--workers', '1', '--json']);
    expect(made.code, made.err).toBe(0);
    madeSummary = made.out;
  }
  return madeSummary;
}

function kept(name: string): string {
  const path = join(dir, name);
  writeFileSync(path, KEEP);
  return name;
}

/** Files the command left behind that are neither the inputs nor the outputs: its temporary files. */
function leftovers(): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.tmp'));
}

beforeAll(() => {
  dir = hostileFolder();
  symlinkSync('/dev/full', join(dir, 'full.csv'));
  symlinkSync('/dev/full', join(dir, 'full.json'));
  mkdirSync(join(dir, 'folder.json'));
  writeFileSync(join(dir, 'mini.yaml'), mini);
});

describe('a full disk', () => {
  it('reports a write error that arrives after the last row, where it used to be dropped', async () => {
    const rows = await openOutputFile(join(dir, 'full.csv'));
    await rows.write('run,seed\n0,1\n');
    await new Promise((resolve) => setTimeout(resolve, 50)); // the error arrives before commit
    await expect(rows.commit()).rejects.toThrow(new OutputError(`cannot write ${join(dir, 'full.csv')}: the disk is full`));
  });

  it('cuts no rows file: the finished runs summarised, exit 73, the earlier file as it was, no temporary file left', () => {
    const run = limited(64, ['batch', 'hormuz', '--runs', '5000', '--workers', '1', '--out', kept('rows.csv')]);
    expect(run.code).toBe(73);
    expect(run.out).toMatch(/^Iran threatens to close the Strait of Hormuz\nhormuz · \d+ of 5000 runs \(stopped early\)/);
    expect(run.err).toBe('error: cannot write rows.csv: the file would be larger than this process may write (see ulimit -f)\n');
    expect(readFileSync(join(dir, 'rows.csv'), 'utf8')).toBe(KEEP);
    expect(leftovers()).toEqual([]);
  });

  it('says so with exit 73 for /dev/full, the code for an output, not 66 (a missing input)', async () => {
    const run = await unlimited(['batch', 'hormuz', '--runs', '10', '--workers', '1', '--out', 'full.csv']);
    expect(run.code).toBe(73);
    expect(run.err).toBe('error: cannot write full.csv: the disk is full\n');
  });

  it.each([
    ['a report', ['report', 'summary.json', '-o', 'report.html'], 'report.html'],
    ['a role card', ['brief', 'hormuz', '--as', 'all', '-o', 'card.md'], 'card.md'],
    ['a sweep', ['sweep', 'hormuz', '--vary', 'horizon=2,3,4,5', '--runs', '20', '--workers', '1', '--out', 'sweep.csv'], 'sweep.csv'],
    ['a sensitivity analysis', ['sensitivity', 'hormuz', '--outcome', 'strait_closed', '--runs', '10', '--workers', '1', '--out', 'oat.csv'], 'oat.csv'],
  ])('leaves %s that does not fit as it was, with exit 73', async (_, args, output) => {
    writeFileSync(join(dir, 'summary.json'), await batchSummary());
    kept(output);
    const run = limited(1, args);
    expect(run.code, run.err).toBe(73);
    expect(run.err).toBe(`error: cannot write ${output}: the file would be larger than this process may write (see ulimit -f)\n`);
    expect(readFileSync(join(dir, output), 'utf8')).toBe(KEEP);
    expect(leftovers()).toEqual([]);
  });

  it('writes small outputs whole and replaces a file only when the new one is complete', () => {
    const path = join(dir, 'small.txt');
    writeOutputFile(path, 'first\n');
    writeOutputFile(path, 'second\n');
    expect(readFileSync(path, 'utf8')).toBe('second\n');
    expect(() => writeOutputFile(path, 'third\n', { replace: false })).toThrow(OutputError);
    expect(readFileSync(path, 'utf8')).toBe('second\n');
    expect(leftovers()).toEqual([]);
  });

  it('tells a missing folder from one that takes no new files (/proc), which the system reports alike', () => {
    expect(() => writeOutputFile(join(dir, 'missing', 'x.csv'), 'x\n')).toThrow(new OutputError(`cannot write ${join(dir, 'missing', 'x.csv')}: no such folder`));
    expect(() => writeOutputFile('/proc/x.csv', 'x\n')).toThrow(new OutputError('cannot write /proc/x.csv: its folder takes no new files'));
  });

  it('says a folder takes no new files only when creating the file failed, not when a finished file vanished before its rename', async () => {
    const folder = join(dir, 'swapped');
    mkdirSync(folder);
    const rows = await openOutputFile(join(folder, 'rows.csv'));
    await rows.write('a,b\n');
    rmSync(folder, { recursive: true });
    mkdirSync(folder);
    const failed = await rows.commit().then(() => undefined, (error: unknown) => error);
    expect(failed).toBeInstanceOf(OutputError);
    expect((failed as OutputError).message).not.toContain('takes no new files');
  });
});

describe('an output replaced whole', () => {
  it('keeps a link a link, and the file it points to keeps its permissions', () => {
    const real = join(dir, 'real.csv');
    writeFileSync(real, KEEP, { mode: 0o640 });
    chmodSync(real, 0o640);
    symlinkSync('real.csv', join(dir, 'link.csv'));
    writeOutputFile(join(dir, 'link.csv'), 'new\n');
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('new\n');
    expect(statSync(real).mode & 0o777).toBe(0o640);
    expect(leftovers()).toEqual([]);
  });

  it('writes a device or pipe in place, as it cannot be renamed over', () => {
    writeOutputFile('/dev/null', 'nothing\n');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});

describe("a shard's partial result", () => {
  it('refuses a folder at once, before any run, with exit 73 and no stack trace', async () => {
    const run = await unlimited(['batch', 'hormuz', '--runs', '10', '--shard', '0/2', '--workers', '1', '--out', 'folder.json']);
    expect(run.code).toBe(73);
    expect(run.err).toBe('error: cannot write folder.json: it is a folder, not a file\n');
    expect(run.out).toBe('');
  });

  it('on a full disk still prints the summary, then exits 73, leaving no empty file', () => {
    const run = limited(4, ['batch', 'hormuz', '--runs', '100', '--shard', '0/2', '--workers', '1', '--out', 'part.json']);
    expect(run.code).toBe(73);
    expect(run.out).toMatch(/^Iran threatens to close the Strait of Hormuz\nhormuz · 50 runs/);
    expect(run.err).toBe('error: cannot write part.json: the file would be larger than this process may write (see ulimit -f)\n');
    expect(readdirSync(dir)).not.toContain('part.json');
    expect(leftovers()).toEqual([]);
  });

  it('on a full disk for the per-turn rows still prints the summary, then exits 73, leaving neither file', () => {
    // 2,000 KiB hold the 5,000 runs' rows (~0.9 MB) but not their turns (~13 MB, more than
    // the writer queues, so the failure meets a write, not only the commit).
    const run = limited(2000, ['batch', 'hormuz', '--runs', '5000', '--workers', '1', '--out', 'runs.csv', '--out-turns', 'turns.csv']);
    expect(run.code).toBe(73);
    expect(run.out).toMatch(/^Iran threatens to close the Strait of Hormuz\nhormuz · 5000 runs/);
    expect(run.err).toBe('error: cannot write turns.csv: the file would be larger than this process may write (see ulimit -f)\n');
    expect(readdirSync(dir)).not.toContain('turns.csv');
    expect(readdirSync(dir)).not.toContain('runs.csv');
    expect(leftovers()).toEqual([]);
  });

  it('on /dev/full likewise', async () => {
    const run = await unlimited(['batch', 'hormuz', '--runs', '100', '--shard', '1/2', '--workers', '1', '--out', 'full.json']);
    expect(run.code).toBe(73);
    expect(run.out).toMatch(/hormuz · 50 runs/);
    expect(run.err).toBe('error: cannot write full.json: the disk is full\n');
  });
});

describe('an existing file', () => {
  it.each([
    ['a missing scenario', ['batch', 'nope.yaml', '--out', 'keep.csv'], 66],
    ['an unknown --set path', ['batch', 'hormuz', '--set', 'nope=1', '--out', 'keep.csv'], 2],
    ['an unknown --set path, for a partial result', ['batch', 'hormuz', '--set', 'nope=1', '--shard', '0/2', '--out', 'keep.json'], 2],
  ])('is untouched when the command fails on %s', async (_, args, code) => {
    const output = args.at(-1)!;
    kept(output);
    const run = await unlimited(args);
    expect(run.code).toBe(code);
    expect(readFileSync(join(dir, output), 'utf8')).toBe(KEEP);
    expect(leftovers()).toEqual([]);
  });

  it('that is also an input is refused, however it is spelt: report in.json -o ./in.json', async () => {
    const summary = await batchSummary();
    writeFileSync(join(dir, 'in.json'), summary);
    const run = await unlimited(['report', 'in.json', '-o', './in.json']);
    expect(run.code).toBe(2);
    expect(run.err).toBe('error: -o ./in.json: that is also an input (in.json), which writing there would destroy; name another file\n');
    expect(readFileSync(join(dir, 'in.json'), 'utf8')).toBe(summary);
  });
});

describe('a saved run record', () => {
  it('is never left half-written: a save that does not fit says so and leaves no file', () => {
    // saveRecord as the terminal UI calls it, in a child process under a 512-byte limit.
    const saver = join(dir, 'save.mjs');
    const module = new URL('../../dist/records/save-record.js', import.meta.url).href;
    const run = new URL('../../dist/records/run.js', import.meta.url).href;
    const load = new URL('../../dist/scenarios/load.js', import.meta.url).href;
    writeFileSync(
      saver,
      `import { mkdirSync } from 'node:fs';\nimport { saveRecord } from '${module}';\nimport { runScenario } from '${run}';\nimport { loadScenario } from '${load}';\n` +
        `mkdirSync('records', { recursive: true });\n` +
        `process.stdout.write(JSON.stringify(saveRecord(runScenario(loadScenario('s400'), { seed: 3 }), 'records')));\n`,
    );
    const result = spawnSync('sh', ['-c', 'ulimit -f 1; exec "$0" "$@"', process.execPath, saver], { cwd: dir, encoding: 'utf8' });
    const outcome = JSON.parse(result.stdout) as { saved: boolean; message: string };
    expect(outcome.saved).toBe(false);
    expect(outcome.message).toBe('could not save records/wargame-s400-seed3.json: the file would be larger than this process may write (see ulimit -f); press s to try again');
    expect(readdirSync(join(dir, 'records'))).toEqual([]);
  });
});

import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectBounded, expectRefusal, measuredRun } from './measured-run.js';
import { heavySearchScenario, hostileFolder, makeFifo, mini, overflowScenario, scenarioWithActors, sparseFile, write } from './fixtures.js';

// Hostile scenario files against the built binary: each is refused (or, for the odd file
// name, accepted) with the promised exit status and a located message, no stack trace,
// in bounded memory, and long before the ceiling that would mean a hang.
let dir: string;
beforeAll(() => {
  dir = hostileFolder();
  write(dir, 'heavy.yaml', heavySearchScenario());
  write(dir, 'overflow-start.yaml', overflowScenario('at-start'));
  write(dir, 'overflow-run.yaml', overflowScenario('after-trigger'));
  write(dir, 'sound.yaml', scenarioWithActors({ actions: 3, outcomes: 2, interests: 2, term: '-escalation / 12' }, { lookahead: 1, horizon: 6 }));
  write(dir, 'bomb.yaml', `${mini}a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 12 }, (_, i) => `b${i + 1}: &b${i + 1} [${Array(10).fill(i === 0 ? '*a' : `*b${i}`).join(', ')}]`).join('\n')}\n`);
  write(dir, 'deep.yaml', `${mini}extra: ${'['.repeat(100_000)}\n`);
  write(dir, 'long.yaml', `# ${'x'.repeat(600_000)}\n${mini}`);
  write(dir, 'nul.yaml', mini.replace('title: A small test scenario', 'title: "A small \\0 scenario"'));
  write(dir, '\x1b[2Jcleared\x07.yaml', mini);
  makeFifo(join(dir, 'fifo.yaml'));
  sparseFile(join(dir, 'sparse.yaml'), 1024 * 1024 * 1024);
});

describe('hostile scenario files', () => {
  it('refuses, at load, a search whose leaves are heavy though its paths are few enough (exit 65, located)', async () => {
    for (const command of ['validate', 'run']) {
      const run = await measuredRun([command, 'heavy.yaml'], { cwd: dir });
      expectRefusal(run, 65, /^heavy\.yaml:\d+:\d+: with lookahead 2 one decision can take [\d,]+ evaluation steps/, { seconds: 30 });
    }
  });

  it('refuses an interest term that overflows at the initial state, at its line', async () => {
    const run = await measuredRun(['validate', 'overflow-start.yaml'], { cwd: dir });
    expectRefusal(run, 65, /^overflow-start\.yaml:\d+:\d+: this term is 1e\+300 at the initial state; an interest term must stay within ±1e\+12/);
  });

  it('refuses, in validate\'s trial runs and in run, a term that overflows only once the trigger has fired', async () => {
    const validate = await measuredRun(['validate', 'overflow-run.yaml'], { cwd: dir });
    expectRefusal(validate, 65, /^overflow-run\.yaml:\d+:\d+: 'hoard' evaluated to 1e\+300; an interest term must stay within ±1e\+12.* \(turn 1 of the run with seed 1\)$/m);
    const run = await measuredRun(['run', 'overflow-run.yaml', '--json'], { cwd: dir });
    expect(run.code).toBe(65);
    expect(run.err).toMatch(/^overflow-run\.yaml:\d+:\d+: 'hoard' evaluated to 1e\+300/);
    expect(run.out).not.toMatch(/NaN|null/);
  });

  it('accepts a sound scenario of defined actors (the fixtures refuse only their hostile part)', async () => {
    const run = await measuredRun(['validate', 'sound.yaml'], { cwd: dir });
    expect(run.err).toBe('');
    expect(run.out).toMatch(/^sound\.yaml: valid — 'mini', 2 actors, 6 actions/);
    expectBounded(run);
  });

  it.each([
    ['bomb.yaml', /^bomb\.yaml:\d+:\d+: YAML: /],
    ['deep.yaml', /^deep\.yaml:\d+:\d+: YAML: /],
    ['long.yaml', /^long\.yaml:1:1: file is 600\d+ bytes; the limit is 524288$/m],
    ['nul.yaml', /^nul\.yaml:2:8: /],
    ['sparse.yaml', /^sparse\.yaml:1:1: file is 1073741824 bytes; the limit is 524288$/m],
  ])('refuses %s with its place, exit 65', async (file, message) => {
    const run = await measuredRun(['validate', file], { cwd: dir });
    expectRefusal(run, 65, message);
  });

  // validate, run and replay all read their file through readInput (src/scenarios/read-input.ts:
  // validate and run by loadScenario, replay by readRecord), and test/scenarios/read-input.test.ts
  // refuses each of these kinds of file there. So each command meets one kind, in turn: every
  // command and every kind once, three child processes rather than nine. They stay child
  // processes, since a regression could hang the one reading.
  it.each([
    ['validate', 'fifo.yaml', 'a named pipe (FIFO)'],
    ['run', '/dev/zero', 'a device'],
    ['replay', '/dev/urandom', 'a device'],
  ])('%s refuses to read %s (%s) rather than hang or read without end, exit 66', async (command, file, kind) => {
    const run = await measuredRun([command, file], { cwd: dir, hangAfter: 30 });
    expectRefusal(run, 66, new RegExp(`^error: cannot read ${file.replace(/[./]/g, '\\$&')}: it is ${kind.replace(/[()]/g, '\\$&')}, not a regular file$`, 'm'), { seconds: 30 });
  });

  it('escapes a file name full of terminal controls in the success line, as errors do', async () => {
    const run = await measuredRun(['validate', '\x1b[2Jcleared\x07.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^\\x1b\[2Jcleared\\x07\.yaml: valid — 'mini'/);
    expect(run.out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f]/);
    expectBounded(run);
  });
});

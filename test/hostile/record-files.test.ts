import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliIn, type CliResult } from '../helpers/cli.js';
import { expectRefusal, measuredRun } from './measured-run.js';
import { bigRecordText, hostileFolder, realRecord, sparseFile, write } from './fixtures.js';

// Forged and oversized run records against `wargame replay`. A record is the largest input
// wargame reads; every refusal must cost memory in proportion to the bytes actually read,
// never to what the record claims or repeats: the oversized ones run in child processes,
// whose peak memory is measured. The small forged ones only check the message, in this
// process.
let dir: string;
const json = (value: unknown): string => JSON.stringify(value);

/** `wargame replay file`, in this process, from the folder of records. */
const replay = (file: string): Promise<CliResult> => cliIn(dir, 'replay', file);

/** A refusal as `expectRefusal` checks one, without the memory a child process is measured for. */
function expectRefused(run: CliResult, code: number, message: RegExp): void {
  expect(run.code, `exit status; stderr: ${run.err.slice(0, 400)}`).toBe(code);
  expect(run.err.trimEnd()).toMatch(message);
  expect(run.err).not.toMatch(/\n\s+at |internal error/);
  expect(run.out).toBe('');
}

/** A real record with one change made by `alter` to its parsed JSON. */
function altered(alter: (record: Record<string, any>) => void): string {
  const record = realRecord();
  alter(record);
  return json(record);
}

beforeAll(() => {
  dir = hostileFolder();
  write(dir, 'real.json', json(realRecord()));
  write(dir, 'wide-events.json', altered((r) => (r.turns[0].events = Array(100_000).fill(1))));
  write(dir, 'many-bad-turns.json', altered((r) => (r.turns = Array(200_000).fill(1))));
  write(dir, 'empty-lists.json', altered((r) => (r.turns = 0)).replace('"turns":0', `"turns":[${Array(2_500_000).fill('[]').join(',')}]`));
  write(dir, 'wide-map.json', altered((r) => (r.initial = Object.fromEntries(Array.from({ length: 1_000_000 }, (_, i) => [`q${i}`, 1])))));
  write(dir, 'deep.json', altered((r) => (r.initial = 0)).replace('"initial":0', `"initial":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`));
  write(dir, 'proto.json', altered((r) => (r.turns[0].state.x = 0)).replace('"x":0', '"__proto__":0'));
  for (const key of ['constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
    write(dir, `${key}-state.json`, altered((r) => (r.turns[0].state[key] = 1)));
    write(dir, `${key}-outcomes.json`, altered((r) => (r.outcomes[key] = true)));
  }
  write(dir, 'override-key.json', altered((r) => (r.overrides = { constructor: 1 })));
  write(dir, 'override-value.json', altered((r) => (r.overrides = { horizon: 1e9 })));
  write(dir, 'path-id.json', altered((r) => (r.scenario.id = '../../etc/passwd')));
  write(dir, 'absolute-id.json', altered((r) => (r.scenario.id = '/etc/passwd')));
  write(dir, 'escape-id.json', altered((r) => (r.scenario.id = '\u001b]0;owned\u0007\u202e')));
  write(dir, 'infinite-seed.json', json(realRecord()).replace(/"seed":\d+/, '"seed":1e400'));
  write(dir, 'truncated.json', json(realRecord()).slice(0, 5000));
  write(dir, 'biggest.json', bigRecordText(780));
  sparseFile(join(dir, 'sparse.json'), 65 * 1024 * 1024);
}, 120_000);

describe('hostile run records', () => {
  it('replays the real record the others are forged from', async () => {
    const run = await replay('real.json');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
  });

  it.each([
    ['proto.json', /^proto\.json: not a valid run record: turns\[0\]\.state\.__proto__: the key '__proto__' is not allowed$/],
    ['infinite-seed.json', /^infinite-seed\.json: not a valid run record: seed: /],
    ['truncated.json', /^truncated\.json:1:5001: not valid JSON \(/],
    ['override-key.json', /^override-key\.json: the record's overrides do not fit the scenario: constructor: 'constructor' is not an actor in 's400'/],
    ['override-value.json', /^override-value\.json: the record's overrides do not fit the scenario: horizon=1000000000: horizon \(number of turns\) must be from 1 to 500$/],
  ])('refuses %s in one located line, exit 65', async (file, message) => {
    expectRefused(await replay(file), 65, message);
  });

  it.each([
    ['wide-events.json', /^wide-events\.json: not a valid run record: turns\[0\]\.events: 100000 entries; a run record lists at most 1000 here$/],
    ['many-bad-turns.json', /^many-bad-turns\.json: not a valid run record: turns\[0\]: expected a map of fields, found 1$/],
    ['empty-lists.json', /^empty-lists\.json: not a run record: it holds about \d+ values, more than a run record can \(4000000\)$/],
    ['wide-map.json', /^wide-map\.json: not a valid run record: initial: 1000000 fields; a run record has at most 10000 in one place$/],
    ['deep.json', /^deep\.json: not a valid run record: initial: expected a record, found a list$/],
    ['sparse.json', /^sparse\.json: 68157440 bytes is more than a run record can be \(67108864 bytes\)$/],
  ])('refuses %s in one located line, exit 65, in bounded memory', async (file, message) => {
    const run = await measuredRun(['replay', file], { cwd: dir });
    expectRefusal(run, 65, message, { peakMiB: 300 });
  });

  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty'])('finds a key named %s added to a record, and never replays it as valid', async (key) => {
    expectRefused(await replay(`${key}-state.json`), 65, new RegExp(`^${key}-state\\.json: turn 1 does not replay as recorded: its state\\.${key} is 1 in the record but missing on replay`));
    expectRefused(await replay(`${key}-outcomes.json`), 65, new RegExp(`^${key}-outcomes\\.json: outcomes\\.${key} is true in the record but missing on replay`));
  });

  it.each([
    ['path-id.json', '../../etc/passwd'],
    ['absolute-id.json', '/etc/passwd'],
  ])('treats a record whose scenario id is a path (%s) as invalid input, not a usage error', async (file, id) => {
    const run = await replay(file);
    expectRefused(run, 65, new RegExp(`^${file.replace('.', '\\.')}: the record names scenario '${id.replace(/[./]/g, '\\$&')}', which is not a scenario id`));
  });

  it('shows a scenario id of terminal controls escaped', async () => {
    const run = await replay('escape-id.json');
    expectRefused(run, 65, /^escape-id\.json: the record names scenario '\\x1b\]0;owned\\x07\\u202e', which is not a scenario id/);
    expect(run.err).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f\u202e]/);
  });

  it('reads the biggest record it accepts (about 3.8 million values) in reasonable memory', async () => {
    // The fake turns then fail to replay: what is measured is reading and checking it.
    const run = await measuredRun(['replay', 'biggest.json'], { cwd: dir });
    expectRefusal(run, 65, /^biggest\.json: the record holds 780 turns, not turns 1 to 14 in order$/, { peakMiB: 450 });
  });
});

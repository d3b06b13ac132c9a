import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliIn } from '../helpers/cli.js';
import { copyHormuzParts, hostileFolder, write } from './fixtures.js';

// What a command echoes back of its arguments and its parts: the value as given, never
// dropped, altered or repeated at length, and nothing of a file a part merely names.
let dir: string;
const long = 'a'.repeat(100_000);

beforeAll(async () => {
  dir = hostileFolder();
  await copyHormuzParts(dir);
}, 60_000);

function editedPart(name: string, edit: (part: Record<string, any>) => void): string {
  const part = JSON.parse(readFileSync(join(dir, 'part-0.json'), 'utf8')) as Record<string, any>;
  edit(part);
  return write(dir, name, JSON.stringify(part));
}

describe('--set', () => {
  it('refuses __proto__, which used to be dropped without a word (exit 0, no override recorded)', async () => {
    const run = await cliIn(dir, 'batch', 'hormuz', '--runs', '10', '--set', '__proto__=1');
    expect(run.code).toBe(2);
    expect(run.err).toBe("error: --set __proto__=1: '__proto__' is not a path; `wargame paths <scenario>` lists every path with its value and range\n");
  });

  it.each([
    ['horizon=-0', 'error: --set horizon=-0: horizon (number of turns) must be from 1 to 500\n'],
    ['horizon=1e-400', "error: --set horizon=1e-400: '1e-400' is not a number a scenario can hold as written\n"],
    ['iran.rationality=1e-400', "error: --set iran.rationality=1e-400: '1e-400' is not a number a scenario can hold as written\n"],
    ['horizon=9007199254740993', "error: --set horizon=9007199254740993: '9007199254740993' is not a number a scenario can hold as written\n"],
  ])('echoes %s as given, or refuses a value it would alter', async (set, message) => {
    const run = await cliIn(dir, 'batch', 'hormuz', '--runs', '10', '--set', set);
    expect(run.code).toBe(2);
    expect(run.err).toBe(message);
  });
});

describe('merge', () => {
  it('refuses a part whose overrides hold __proto__, which used to merge as if it had none', async () => {
    const part = editedPart('proto.json', (p) => (p.source.overrides = { x: 1 }));
    write(dir, part, readFileSync(join(dir, part), 'utf8').replace('"x":1', '"__proto__":1'));
    const run = await cliIn(dir, 'merge', part, 'part-1.json');
    expect(run.code).toBe(65);
    expect(run.err).toBe("proto.json: not a partial batch result: the key '__proto__' is not allowed\n");
  });

  it('says that a part names a file that is not a scenario, without printing what that file holds', async () => {
    editedPart('passwd-0.json', (p) => (p.source.scenario = '/etc/passwd'));
    const other = JSON.parse(readFileSync(join(dir, 'part-1.json'), 'utf8')) as Record<string, any>;
    other.source.scenario = '/etc/passwd';
    write(dir, 'passwd-1.json', JSON.stringify(other));
    const run = await cliIn(dir, 'merge', 'passwd-0.json', 'passwd-1.json');
    expect(run.code).toBe(65);
    expect(run.err).toBe('passwd-0.json: its scenario /etc/passwd is not a valid scenario (/etc/passwd:1:1); `wargame validate` it to see why\n');
  });
});

describe('a 100,000-character path', () => {
  it.each([
    [['batch', `${long}.yaml`], 66],
    [['report', `${long}.json`], 66],
    [['merge', `${long}.json`], 66],
    [['replay', `${long}.json`], 66],
    [['batch', 'hormuz', '--runs', '10', '--out', `${long}.csv`], 73],
    [['brief', 'hormuz', '--as', 'iran', '-o', `${long}.md`], 73],
    [['batch', 'hormuz', '--workers', long], 2],
  ])('is echoed cut to a few hundred characters, once: %#', async (args, code) => {
    const run = await cliIn(dir, ...(args as string[]));
    expect(run.code).toBe(code);
    expect(run.err.length).toBeLessThan(1000);
    expect(run.err).toMatch(/a{199}… \(10000\d characters\)/);
  });
});

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { withGroup } from '../../src/records/run-record.js';
import { saveRecord } from '../../src/records/save-record.js';
import { runScenario } from '../../src/records/run.js';
import { loadScenario } from '../../src/scenarios/load.js';
import { cli, wargame } from '../helpers/cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wargame-replay-'));
});

describe('wargame play without a terminal', () => {
  it('says so in one line, suggests wargame run, and exits 2', async () => {
    const { code, out, err } = await cli('play', 'hormuz');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(
      'error: the terminal UI needs an interactive terminal and stdout is not one; for a printed log use: wargame run hormuz --seed 1\n',
    );
  });

  it("quotes a scenario file's path in the command it suggests, with the overrides given", async () => {
    const folder = join(dir, 'class runs');
    mkdirSync(folder);
    const file = join(folder, 'my hormuz.yaml');
    writeFileSync(file, readFileSync(new URL('../../src/scenarios/hormuz.yaml', import.meta.url)));
    const { code, err } = await cli('play', file, '--seed', '4', '--set', 'horizon=10');
    expect(code).toBe(2);
    expect(err).toContain(`for a printed log use: wargame run '${file}' --seed 4 --set horizon=10\n`);
  });

  it('does so from a real shell redirect too, without touching raw mode', () => {
    const { code, out, err } = wargame(['play', 'hormuz']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a seat for an actor that does not take part', async () => {
    const { code, err } = await cli('play', 'hormuz', '--as', 'iran,france');
    expect(code).toBe(2);
    expect(err).toContain("--as: no actor 'france' in 'hormuz'; its actors are china, usa, gulf, russia, israel, north_korea, iran");
  });

  it('suggests the actor a misspelt seat was meant for', async () => {
    const { code, err } = await cli('play', 'hormuz', '--as', 'iarn');
    expect(code).toBe(2);
    expect(err).toContain("--as: no actor 'iarn' in 'hormuz' (did you mean 'iran'?); its actors are");
  });
});

describe('wargame play --group', () => {
  it.each([
    ['', 'a group name cannot be empty'],
    ['Table\n4', 'a group name cannot hold control characters'],
    ['x'.repeat(61), 'a group name has at most 60 characters'],
  ])('refuses %j in one line, before asking for a terminal', async (name, reason) => {
    const { code, out, err } = await cli('play', 'hormuz', '--group', name);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(reason);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('accepts a name, going on to need a terminal', async () => {
    const { code, err } = await cli('play', 'hormuz', '--group', 'Table 4');
    expect(code).toBe(2);
    expect(err).toContain('needs an interactive terminal');
  });

  it("names the group in a replay's log, which is otherwise the run's", async () => {
    const record = runScenario(loadScenario('hormuz'), { seed: 9 });
    const file = join(dir, 'table-4.json');
    writeFileSync(file, JSON.stringify(withGroup(record, 'Table 4')));
    const replayed = await cli('replay', file);
    expect(replayed.code).toBe(0);
    const plain = (await cli('run', 'hormuz', '--seed', '9')).out;
    expect(replayed.out).toBe(plain.replace('hormuz · seed 9 ·', 'hormuz · group Table 4 · seed 9 ·'));
    expect(replayed.out).not.toBe(plain);
  });
});

describe('wargame play --save-dir', () => {
  it('checks the folder before opening the UI: missing, or a file, is one line and exit 66', async () => {
    const missing = join(dir, 'no-such-folder');
    const a = await cli('play', 'hormuz', '--save-dir', missing);
    expect(a.code).toBe(66);
    expect(a.out).toBe('');
    expect(a.err).toBe(`error: --save-dir ${missing}: no such folder\n`);

    const file = join(dir, 'not-a-folder.txt');
    writeFileSync(file, 'notes');
    const b = await cli('play', 'hormuz', '--save-dir', file);
    expect(b.code).toBe(66);
    expect(b.err).toBe(`error: --save-dir ${file}: is a file, not a folder\n`);
  });

  it('accepts an existing folder, going on to need a terminal', async () => {
    const { code, err } = await cli('play', 'hormuz', '--save-dir', dir);
    expect(code).toBe(2);
    expect(err).toContain('needs an interactive terminal');
  });
});

describe('saving and replaying a run', () => {
  it('saves without overwriting an earlier save', () => {
    const record = runScenario(loadScenario('s400'), { seed: 3 });
    expect(saveRecord(record, dir).message).toContain('wargame-s400-seed3.json');
    expect(saveRecord(record, dir).message).toContain('wargame-s400-seed3-2.json');
    expect(JSON.parse(readFileSync(join(dir, 'wargame-s400-seed3.json'), 'utf8'))).toEqual(record);
  });

  it('replays a saved record as the same log that run prints', async () => {
    const file = join(dir, 'hormuz.json');
    writeFileSync(file, (await cli('run', 'hormuz', '--seed', '9', '--json')).out);
    const replayed = await cli('replay', file);
    expect(replayed.code).toBe(0);
    expect(replayed.out).toBe((await cli('run', 'hormuz', '--seed', '9')).out);
  });

  it('refuses a record that was altered, a file that is not a record, and a missing file', async () => {
    const record = runScenario(loadScenario('hormuz'), { seed: 9 });
    const altered = join(dir, 'altered.json');
    writeFileSync(altered, JSON.stringify({ ...record, turns: record.turns.map((t, i) => (i === 2 ? { ...t, choice: 'wait' } : t)) }));
    const a = await cli('replay', altered);
    expect(a.code).toBe(65);
    expect(a.err).toBe(`${altered}: turn 3 does not replay as recorded: its choice is "wait" in the record but "${record.turns[2]!.choice}" on replay; the record was altered or is corrupt\n`);

    const notJson = join(dir, 'notes.json');
    writeFileSync(notJson, 'turn 1: China pressed Iran');
    const b = await cli('replay', notJson);
    expect(b.code).toBe(65);
    expect(b.err).toMatch(/notes\.json: not valid JSON/);

    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ hello: 'world' }));
    expect((await cli('replay', other)).err).toContain('not a wargame run record');

    expect((await cli('replay', join(dir, 'missing.json'))).code).toBe(66);
  });
});

describe('replaying records of other scenarios', () => {
  const mini = new URL('../scenarios/fixtures/mini.yaml', import.meta.url).pathname;

  it('takes only a built-in id from a record, and asks for the scenario file otherwise', async () => {
    const file = join(dir, 'mini-run.json');
    writeFileSync(file, (await cli('run', mini, '--seed', '4', '--json')).out);
    const refused = await cli('replay', file);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("the record is of scenario 'mini', which is not built in; pass the scenario file it used with --scenario <file>");
    const replayed = await cli('replay', file, '--scenario', mini);
    expect(replayed.code).toBe(0);
    expect(replayed.out).toBe((await cli('run', mini, '--seed', '4')).out);
  });

  it('takes a built-in id for --scenario too', async () => {
    const file = join(dir, 'hormuz-run.json');
    writeFileSync(file, (await cli('run', 'hormuz', '--seed', '4', '--json')).out);
    const replayed = await cli('replay', file, '--scenario', 'hormuz');
    expect(replayed.code).toBe(0);
    expect(replayed.out).toBe((await cli('run', 'hormuz', '--seed', '4')).out);
  });

  it('points to --scenario when a record of a scenario file shares a built-in id', async () => {
    const file = join(dir, 'own-hormuz.yaml');
    writeFileSync(file, readFileSync(mini, 'utf8').replace('id: mini', 'id: hormuz'));
    const record = join(dir, 'own-hormuz-run.json');
    writeFileSync(record, (await cli('run', file, '--seed', '4', '--json')).out);
    const refused = await cli('replay', record);
    expect(refused.code).toBe(65);
    expect(refused.err).toMatch(
      new RegExp(`^${record}: the record was made with scenario 'hormuz' sha256:\\w+; this is 'hormuz' sha256:\\w+; if the run used a scenario file of that id, pass it with --scenario <file>\n$`),
    );
    expect((await cli('replay', record, '--scenario', file)).code).toBe(0);
  });

  it('replays a record far larger than any scenario file', async () => {
    const long = join(dir, 'long.yaml');
    writeFileSync(long, readFileSync(new URL('../../src/scenarios/hormuz.yaml', import.meta.url), 'utf8').replace('horizon: 14', 'horizon: 120'));
    const file = join(dir, 'long.json');
    writeFileSync(file, (await cli('run', long, '--json')).out);
    expect(readFileSync(file).length).toBeGreaterThan(512 * 1024);
    const { code, out } = await cli('replay', file, '--scenario', long);
    expect(code).toBe(0);
    expect(out).toContain('Turn 120');
  });
});

import { fc, test } from '@fast-check/vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReplayError } from '../../src/records/replay-error.js';
import { replayRun } from '../../src/records/replay.js';
import { runScenario } from '../../src/records/run.js';
import { groupFilePart } from '../../src/records/group-file-part.js';
import { GroupName, MAX_GROUP_NAME } from '../../src/records/group-name.js';
import { parseRunRecord } from '../../src/records/parse-run-record.js';
import { withGroup } from '../../src/records/run-record.js';
import { saveRecord } from '../../src/records/save-record.js';
import { loadScenario } from '../../src/scenarios/load.js';

const s400 = loadScenario('s400');
const record = runScenario(s400, { seed: 3 });

/** Names a record can hold: printable, not padded, 1 to MAX_GROUP_NAME characters. */
const groupNames = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: MAX_GROUP_NAME })
  .filter((name) => GroupName.safeParse(name).success);

describe("a group's name in a run record", () => {
  it('is written only when given: a record without one is what the engine wrote', () => {
    expect(record).not.toHaveProperty('group');
    expect(JSON.stringify(record)).not.toContain('"group"');
  });

  it('sits after the settings and overrides, before the trigger, and leaves the rest as it was', () => {
    const named = withGroup(record, 'Table 4');
    expect(Object.keys(named)).toEqual(['format', 'engineVersion', 'scenario', 'seed', 'settings', 'group', 'initial', 'trigger', 'turns', 'outcomes']);
    const { group, ...rest } = named;
    expect(group).toBe('Table 4');
    expect(JSON.stringify(rest)).toBe(JSON.stringify(record));
  });

  test.prop([groupNames])('reads back as written, and the run still replays', (name) => {
    const parsed = parseRunRecord(JSON.stringify(withGroup(record, name)), 'run.json');
    expect(parsed.group).toBe(name);
    expect(() => replayRun(s400, parsed)).not.toThrow();
  });

  it.each([
    ['an empty name', '', 'group: a group name cannot be empty'],
    ['a line break', 'Table\n4', 'group: a group name cannot hold control characters'],
    ['an escape sequence', 'Table \u001b[31m4', 'group: a group name cannot hold control characters'],
    ['a bidirectional override', 'Table \u202e4', 'group: a group name cannot hold control characters'],
    ['a padded name', ' Table 4', 'group: a group name cannot start or end with a space'],
    ['a long name', 'x'.repeat(MAX_GROUP_NAME + 1), `group: a group name has at most ${MAX_GROUP_NAME} characters`],
  ])('is refused, naming the field, when it holds %s', (_, name, reason) => {
    const text = JSON.stringify({ ...record, group: name });
    expect(() => parseRunRecord(text, 'run.json')).toThrow(ReplayError);
    expect(() => parseRunRecord(text, 'run.json')).toThrow(`run.json: not a valid run record: ${reason}`);
  });

  it('is refused when it is not text', () => {
    expect(() => parseRunRecord(JSON.stringify({ ...record, group: 4 }), 'run.json')).toThrow(/run\.json: not a valid run record: group: /);
  });
});

describe("a group's save", () => {
  it('is named after the group, and holds its name', () => {
    const folder = mkdtempSync(join(tmpdir(), 'wargame-group-'));
    const first = saveRecord(withGroup(record, 'Table 4 — Moscow'), folder);
    const again = saveRecord(withGroup(record, 'Table 4 — Moscow'), folder);
    expect(first.saved && first.path).toBe(join(folder, 'wargame-s400-table-4-moscow-seed3.json'));
    expect(again.saved && again.path).toBe(join(folder, 'wargame-s400-table-4-moscow-seed3-2.json'));
    expect(JSON.parse(readFileSync(join(folder, 'wargame-s400-table-4-moscow-seed3.json'), 'utf8')).group).toBe('Table 4 — Moscow');
  });

  it('keeps letters of any script, and falls back to the plain name when none are left', () => {
    expect(groupFilePart('Группа 2')).toBe('группа-2');
    expect(groupFilePart('!!!')).toBe('');
    const folder = mkdtempSync(join(tmpdir(), 'wargame-group-'));
    const saved = saveRecord(withGroup(record, '!!!'), folder);
    expect(saved.saved && saved.path).toBe(join(folder, 'wargame-s400-seed3.json'));
  });

  test.prop([groupNames])('puts in a file name only letters, digits and single inner hyphens', (name) => {
    const part = groupFilePart(name);
    expect(part).toMatch(/^(?:[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)?$/u);
  });
});

import { chmodSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSaveFolder, saveRecord } from '../../src/records/save-record.js';
import { runScenario } from '../../src/records/run.js';
import { loadScenario } from '../../src/scenarios/load.js';
import { InputError } from '../../src/errors/input-error.js';

let dir: string;
const record = runScenario(loadScenario('s400'), { seed: 3 });
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wargame-save-'));
});

/** A folder this process cannot write to: a read-only one, or (as root, who may write anywhere else) /sys. */
function unwritableFolder(): string | undefined {
  if (process.getuid?.() === 0) return process.platform === 'linux' ? '/sys' : undefined;
  const folder = join(dir, 'read-only');
  mkdirSync(folder);
  chmodSync(folder, 0o500);
  return folder;
}

describe('saveRecord', () => {
  it('says it saved, and where', () => {
    const folder = join(dir, 'ok');
    mkdirSync(folder);
    expect(saveRecord(record, folder)).toEqual({
      saved: true,
      path: join(folder, 'wargame-s400-seed3.json'),
      message: `saved wargame-s400-seed3.json · reopen it with: wargame replay ${join(folder, 'wargame-s400-seed3.json')}`,
    });
  });

  it('quotes a folder with a space or a quote in its name, so the command pastes as it is', () => {
    const folder = join(dir, "Mr O'Neil's class");
    mkdirSync(folder);
    const outcome = saveRecord(record, folder);
    const path = join(folder, 'wargame-s400-seed3.json');
    expect(outcome.message).toBe(`saved wargame-s400-seed3.json · reopen it with: wargame replay '${path.replaceAll("'", "'\\''")}'`);
    // The shell reads the command's argument back as the path the record was saved to.
    const command = outcome.message.split('reopen it with: ')[1]!;
    expect(execFileSync('sh', ['-c', `wargame() { printf %s "$2"; }; ${command}`], { encoding: 'utf8' })).toBe(path);
  });

  it('says in words why a save failed, not with an errno code', () => {
    const outcome = saveRecord(record, join(dir, 'gone'));
    expect(outcome.saved).toBe(false);
    expect(outcome.message).toContain(': no such folder;');
    expect(outcome.message).not.toMatch(/ENOENT/);
  });

  const folder = unwritableFolder();
  it.skipIf(folder === undefined)('says permission denied for a folder it may not write to', () => {
    const outcome = saveRecord(record, folder!);
    expect(outcome.saved).toBe(false);
    expect(outcome.message).toMatch(/: permission denied; press s to try again$/);
  });
});

describe('checkSaveFolder', () => {
  it('accepts a folder that can be written to, writing nothing', () => {
    const folder = join(dir, 'empty');
    mkdirSync(folder);
    expect(() => checkSaveFolder(folder)).not.toThrow();
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses a missing folder and a file with an InputError (exit 66) that says which', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    expect(() => checkSaveFolder(join(dir, 'missing'))).toThrow(new InputError(`--save-dir ${join(dir, 'missing')}: no such folder`));
    expect(() => checkSaveFolder(file)).toThrow(new InputError(`--save-dir ${file}: is a file, not a folder`));
  });
});

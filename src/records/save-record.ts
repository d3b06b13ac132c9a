import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { groupFilePart } from './group-file-part.js';
import type { RunRecord } from './run-record.js';
import { describeFileError } from '../text/file-error.js';
import { shellWord } from '../text/shell-word.js';
import { InputError } from '../errors/input-error.js';
import { writeOutputFile } from '../output/atomic-output.js';

/** How a save went, as a line for the status bar, and where the record went if it did. */
export type SaveOutcome =
  | { readonly saved: true; readonly path: string; readonly message: string }
  | { readonly saved: false; readonly message: string };

/**
 * Writes a run record as `wargame-<scenario>-seed<seed>.json` in `folder`, or, for a
 * group's run, `wargame-<scenario>-<group>-seed<seed>.json`, adding -2, -3… rather than
 * overwriting an earlier save.
 */
export function saveRecord(record: RunRecord, folder: string): SaveOutcome {
  const group = record.group === undefined ? '' : groupFilePart(record.group);
  const base = `wargame-${record.scenario.id}${group === '' ? '' : `-${group}`}-seed${record.seed}`;
  let path = join(folder, `${base}.json`);
  for (let n = 2; existsSync(path); n++) path = join(folder, `${base}-${n}.json`);
  try {
    // Written whole and flushed before it takes its name, which it never takes from another save.
    writeOutputFile(path, `${JSON.stringify(record, null, 2)}\n`, { replace: false });
    // The path once, in the command: said twice, a long one pushed the command off a small screen.
    // Quoted for the shell, so a folder with a space in its name can be pasted as it is.
    return { saved: true, path, message: `saved ${basename(path)} · reopen it with: wargame replay ${shellWord(path)}` };
  } catch (error) {
    const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
    return { saved: false, message: `could not save ${path}: ${describeFileError(cause, 'folder')}; press s to try again` };
  }
}

/**
 * Checks, before the UI opens, that `folder` is a folder that can be written to, so a
 * class does not learn at the end of a session that its run cannot be saved. Throws an
 * InputError (exit 66) naming the option and what is wrong.
 */
export function checkSaveFolder(folder: string, option = '--save-dir'): void {
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch (error) {
    throw new InputError(`${option} ${folder}: ${describeFileError(error, 'folder')}`);
  }
  if (!isFolder) throw new InputError(`${option} ${folder}: is a file, not a folder`);
  try {
    accessSync(folder, constants.W_OK);
  } catch (error) {
    throw new InputError(`${option} ${folder}: ${describeFileError(error, 'folder')}; records could not be saved there`);
  }
}

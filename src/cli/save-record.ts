import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunRecord } from '../engine/run-record.js';

/**
 * Writes a run record as `wargame-<scenario>-seed<seed>.json` in `folder`, adding -2, -3…
 * rather than overwriting an earlier save. Returns a line for the status bar.
 */
export function saveRecord(record: RunRecord, folder: string): string {
  const base = `wargame-${record.scenario.id}-seed${record.seed}`;
  let path = join(folder, `${base}.json`);
  for (let n = 2; existsSync(path); n++) path = join(folder, `${base}-${n}.json`);
  try {
    writeFileSync(path, `${JSON.stringify(record, null, 2)}\n`, { flag: 'wx' });
    return `saved ${path} · reopen it with: wargame replay ${path}`;
  } catch (error) {
    return `could not save ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
  }
}

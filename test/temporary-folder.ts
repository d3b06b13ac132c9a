import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Vitest's global setup: the whole run's temporary files in one folder of its own, removed
// when the run ends. Test files make their folders with os.tmpdir(), and the wargame
// processes, browsers and servers they start inherit TMPDIR, so everything they write goes
// there: a run left about 250 folders and over 100 MB behind before.
export function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'wargame-tests-'));
  const before = process.env['TMPDIR'];
  process.env['TMPDIR'] = folder;
  return () => {
    if (before === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = before;
    rmSync(folder, { recursive: true, force: true });
  };
}

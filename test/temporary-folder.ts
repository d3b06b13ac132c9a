import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Vitest's global setup: the whole run's temporary files in one folder of its own, removed
// when the run ends. Test files make their folders with os.tmpdir(), and the wargame
// processes, browsers and servers they start inherit TMPDIR, so everything they write goes
// there: a run left about 250 folders and over 100 MB behind before.
//
// Vitest runs a global setup for each project as well as the root: only the first makes
// the folder (nested ones would make paths too long for Chromium's socket), and only it
// removes it.
const MADE = 'WARGAME_TESTS_TMPDIR';

export function setup(): (() => void) | undefined {
  if (process.env[MADE] !== undefined) return undefined;
  const folder = mkdtempSync(join(tmpdir(), 'wargame-tests-'));
  const before = process.env['TMPDIR'];
  process.env[MADE] = folder;
  process.env['TMPDIR'] = folder;
  return () => {
    delete process.env[MADE];
    if (before === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = before;
    try {
      // A browser or child process may still be closing a file in it: retry a few times.
      rmSync(folder, { recursive: true, force: true, maxRetries: 5 });
    } catch (error) {
      process.stderr.write(`could not remove the tests' temporary folder ${folder}: ${(error as Error).message}\n`);
    }
  };
}

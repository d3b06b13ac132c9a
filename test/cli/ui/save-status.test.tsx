import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveRecord } from '../../../src/records/save-record.js';
import { App } from '../../../src/cli/ui/App.js';
import type { RunRecord } from '../../../src/records/run-record.js';
import { openSeatedRun } from '../../../src/records/seated-run.js';
import { loadScenario } from '../../../src/scenarios/load.js';
import { KEYS, mount } from '../../helpers/ink.js';

const s400 = loadScenario('s400');
let ui: Awaited<ReturnType<typeof mount>> | undefined;
afterEach(() => ui?.unmount());

/** A save folder a few levels deep, as `--save-dir .scratch/saves` gives, with a real saveRecord behind s. */
function saveFolder() {
  const folder = join(mkdtempSync(join(tmpdir(), 'wargame-ui-')), '.scratch', 'saves');
  mkdirSync(folder, { recursive: true });
  return { folder, onSave: vi.fn((record: RunRecord) => saveRecord(record, folder)) };
}

/** `play s400 --as iran,russia`, played to the end: people choose at turns 1, 7, 8 and 14. */
async function finishedRun(seed: number) {
  for (let seat = 0; seat < 4; seat++) {
    await ui!.shows(`your move · seed ${seed}`);
    await ui!.press(KEYS.enter, KEYS.end); // End: past the news, to the next seat or the last turn
  }
  await ui!.shows(`turn 14 of 14 · seed ${seed}`);
  await ui!.shows(/Turn 14 · Iran \((by a |)person\)/);
}

describe('the message after s', () => {
  it.each([
    [100, 30],
    [80, 24],
  ])('shows the whole command to reopen the record at %i×%i, and keeps the screen in shape', async (columns, rows) => {
    const { folder, onSave } = saveFolder();
    ui = await mount(<App seated={openSeatedRun(s400, 1, ['iran', 'russia'])} onSave={onSave} />);
    await ui.resize(columns, rows);
    await finishedRun(1);
    await ui.press('s');
    const command = `wargame replay ${join(folder, 'wargame-s400-seed1.json')}`;
    await ui.shows('reopen it with:');
    const lines = ui.frame().split('\n');
    // It was `… wargame replay .scratch/saves/wargam…`: cut at the screen's edge.
    if (command.length <= columns) expect(lines, ui.frame()).toContain(command);
    else expect(lines.join(''), ui.frame()).toContain(command);
    expect(lines.length).toBeLessThanOrEqual(rows - 1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(columns);
    expect(lines.at(-1)).toMatch(/\? help {2}q quit$/);
  });
});

describe('s on a run already saved', () => {
  it('says where it is and writes nothing; a new seed is a new run, saved again', async () => {
    const { folder, onSave } = saveFolder();
    ui = await mount(<App seated={openSeatedRun(s400, 1, ['iran', 'russia'])} onSave={onSave} />);
    await ui.resize(100, 30);
    await finishedRun(1);
    await ui.press('s');
    await ui.shows('reopen it with:');
    await ui.press('s', 's');
    await ui.shows(`already saved as ${join(folder, 'wargame-s400-seed1.json')}`);
    expect(onSave).toHaveBeenCalledOnce();
    expect(readdirSync(folder)).toEqual(['wargame-s400-seed1.json']);

    await ui.press('n'); // saved, so n asks nothing
    await ui.shows('new run with seed 2');
    await finishedRun(2);
    await ui.press('s');
    await ui.shows(`wargame replay ${join(folder, 'wargame-s400-seed2.json')}`);
    expect(onSave).toHaveBeenCalledTimes(2);
    expect(readdirSync(folder).sort()).toEqual(['wargame-s400-seed1.json', 'wargame-s400-seed2.json']);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/cli/ui/App.js';
import { openSeatedRun } from '../../../src/records/seated-run.js';
import { loadScenario } from '../../../src/scenarios/load.js';
import { KEYS, mount } from '../../helpers/ink.js';
import { pretendSave } from '../../helpers/pretend-save.js';

const hormuz = loadScenario('hormuz');
let ui: Awaited<ReturnType<typeof mount>> | undefined;
afterEach(() => ui?.unmount());

describe('the news between moves', () => {
  it.each([
    [100, 30],
    [80, 24],
  ])("tells the model's turns after a seat's move one → at a time, then leaves the seat with no stale status (%i×%i)", async (columns, rows) => {
    // Seed 62, playing Iran: Iran moves on turn 7, and next on turn 14.
    ui = await mount(<App seated={openSeatedRun(hormuz, 62, ['iran'])} onSave={pretendSave} />);
    await ui.resize(columns, rows);
    await ui.shows('turn 7 of 14 · your move');
    await ui.press(KEYS.enter);
    await ui.shows('News since your move');
    await ui.shows('Turn 7 · Iran → Hold course');
    expect(ui.frame()).toContain('6 turns followed');
    await ui.press(KEYS.right);
    await ui.shows('Turn 8 · China →');
    // The status about the move went with the first step: it never speaks of an older turn.
    expect(ui.frame()).not.toContain('Iran chose');
    for (let turn = 9; turn <= 13; turn++) {
      await ui.press(KEYS.right);
      await ui.shows(`turn ${turn} of 14`);
      expect(ui.frame()).toMatch(new RegExp(`Turn ${turn} · [A-Z]`));
    }
    await ui.shows("→ to Iran's move");
    await ui.press(KEYS.right);
    await ui.shows('turn 14 of 14 · your move');
    await ui.hides('News since your move');
    expect(ui.frame()).not.toContain('Iran chose');
  });

  it("gives way to the model's reasons on Tab", async () => {
    ui = await mount(<App seated={openSeatedRun(hormuz, 62, ['iran'])} onSave={pretendSave} />);
    await ui.press(KEYS.enter, KEYS.right);
    await ui.shows('News since your move');
    await ui.press(KEYS.tab);
    await ui.shows('Turn 8 · China (by the model)');
    await ui.hides('News since your move');
  });
});

describe('→ at a seat', () => {
  it('says what the seat is waiting for instead of doing nothing', async () => {
    ui = await mount(<App seated={openSeatedRun(hormuz, 62, ['iran'])} onSave={pretendSave} />);
    await ui.shows('turn 7 of 14 · your move');
    await ui.press(KEYS.right);
    await ui.shows('nothing comes next until you move: ↑↓ pick, Enter plays, ← looks back');
    expect(ui.frame()).toContain('turn 7 of 14 · your move');
  });
});

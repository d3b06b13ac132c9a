import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/cli/ui/App.js';
import { openSeatedRun } from '../../../src/records/seated-run.js';
import { loadScenario } from '../../../src/scenarios/load.js';
import { KEYS, mount } from '../../helpers/ink.js';
import { pretendSave } from '../../helpers/pretend-save.js';

const hormuz = loadScenario('hormuz');
let ui: Awaited<ReturnType<typeof mount>> | undefined;
afterEach(() => ui?.unmount());

describe('the end screen of a seated run', () => {
  it.each([
    [100, 30],
    [80, 24],
  ])("leads with the seat's scorecard, whole, at %i×%i", async (columns, rows) => {
    ui = await mount(<App seated={openSeatedRun(hormuz, 62, ['iran'])} onSave={pretendSave} />);
    await ui.resize(columns, rows);
    await ui.press(KEYS.enter, KEYS.end); // turn 7, past the news
    await ui.shows('turn 14 of 14 · your move');
    await ui.press(KEYS.enter, KEYS.right); // turn 14, then the end of the run
    await ui.shows('End of the run');
    await ui.shows('How well you served your side');
    const text = ui.frame().replace(/[│╭╮╰╯─]/g, ' ').replace(/\s+/g, ' ');
    expect(text).toMatch(/Iran: the end of this run served Iran's interests better than \d+% of the model's own 500 runs of this scenario\./);
    expect(text).toMatch(/(Better|Worse) than the model's usual end: [A-Z]/);
  });

  it('has no scorecard when nobody held a seat', async () => {
    ui = await mount(<App seated={openSeatedRun(hormuz, 62, [])} onSave={pretendSave} />);
    await ui.press(KEYS.end, KEYS.right);
    await ui.shows('End of the run');
    expect(ui.frame()).not.toContain('How well you served');
  });
});

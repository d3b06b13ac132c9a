import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/cli/ui/App.js';
import { openSeatedRun } from '../../../src/records/seated-run.js';
import { loadScenario } from '../../../src/scenarios/load.js';
import { KEYS, mount } from '../../helpers/ink.js';
import { pretendSave } from '../../helpers/pretend-save.js';

const hormuz = loadScenario('hormuz');
const iran = hormuz.actors.find((a) => a.id === 'iran')!;
let ui: Awaited<ReturnType<typeof mount>> | undefined;
afterEach(() => ui?.unmount());

describe('a seat', () => {
  it.each([
    [100, 30],
    [80, 24],
  ])('at %i×%i shows every open option at once, and what the selected one would do', async (columns, rows) => {
    ui = await mount(<App seated={openSeatedRun(hormuz, 62, ['iran'])} onSave={pretendSave} />);
    await ui.resize(columns, rows);
    await ui.shows('turn 7 of 14 · your move');
    const open = openSeatedRun(hormuz, 62, ['iran']).pending!.options.map((o) => iran.actions.find((a) => a.id === o.action)!.label);
    for (const label of open) expect(ui.frame()).toContain(label);
    await ui.press(KEYS.down); // Close the Strait of Hormuz
    await ui.shows('If played: Escalation 3 → 5 (Show of force)');
    expect(ui.frame().replace(/\s+/g, ' ')).toContain('then either shipping stops');
  });
});

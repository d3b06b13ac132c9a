import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/cli/ui/App.js';
import { openSeatedRun } from '../../../src/records/seated-run.js';
import { loadScenario } from '../../../src/scenarios/load.js';
import { mount } from '../../helpers/ink.js';
import { pretendSave } from '../../helpers/pretend-save.js';

const hormuz = loadScenario('hormuz');
let ui: Awaited<ReturnType<typeof mount>> | undefined;
afterEach(() => ui?.unmount());

describe('the help screen', () => {
  it.each([
    [100, 30],
    [80, 24],
  ])('at %i×%i cuts nothing and speaks plainly', async (columns, rows) => {
    ui = await mount(<App seated={openSeatedRun(hormuz, 62, ['iran'])} onSave={pretendSave} />);
    await ui.resize(columns, rows);
    await ui.press('?');
    await ui.shows('Keys');
    const lines = ui.frame().split('\n');
    const help = lines.slice(lines.findIndex((l) => l.startsWith('╭')), lines.findIndex((l) => l.startsWith('╰')) + 1).join('\n');
    expect(help).not.toContain('…');
    expect(help).toContain('docs/MODEL.md');
    expect(help).not.toMatch(/expected utility|logit/);
  });
});

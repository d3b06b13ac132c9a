import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/cli/ui/App.js';
import { openSeatedRun } from '../../../src/records/seated-run.js';
import { loadScenario } from '../../../src/scenarios/load.js';
import { mount } from '../../helpers/ink.js';
import { pretendSave } from '../../helpers/pretend-save.js';

const hormuz = loadScenario('hormuz');
let ui: Awaited<ReturnType<typeof mount>> | undefined;
afterEach(() => ui?.unmount());

describe('the header with a group named in wide characters', () => {
  it.each([
    ['学生', 100, 30],
    ['☕☕', 100, 30],
    ['学生', 80, 24],
  ])('%s at %i×%i: the title line is whole and has no stray …', async (group, columns, rows) => {
    ui = await mount(<App seated={openSeatedRun(hormuz, 7, [])} onSave={pretendSave} group={group} />);
    await ui.resize(columns, rows);
    await ui.shows(`${group} · Iran threatens to close the Strait of Hormuz`);
    const title = ui.frame().split('\n')[0]!;
    // Ink drops the padding's trailing spaces from the frame; what is left is the whole title.
    expect(title).not.toContain('…');
    expect(title.trimEnd()).toBe(` ${group} · ${hormuz.title}`);
    expect(stringWidth(title)).toBeLessThanOrEqual(columns);
  });
});

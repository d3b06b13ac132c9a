import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/cli/ui/App.js';
import { quoted } from '../../../src/presentation/quoted.js';
import { openSeatedRun } from '../../../src/records/seated-run.js';
import { loadScenario } from '../../../src/scenarios/load.js';
import { KEYS, mount } from '../../helpers/ink.js';
import { pretendSave } from '../../helpers/pretend-save.js';

const hormuz = loadScenario('hormuz');
// Seed 1, turn 7: Iran's first term, Regime security, whose quote the panel cuts at both sizes.
const security = hormuz.actors.find((a) => a.id === 'iran')!.interests.find((i) => i.id === 'security')!;
const quote = quoted(security.citation.quote);

let ui: Awaited<ReturnType<typeof mount>> | undefined;
afterEach(() => ui?.unmount());

/** The screen as one line of words: borders and line breaks gone, so wrapped text matches whole. */
const words = (screen: string): string => screen.replace(/[│╭╮╰╯─]/g, ' ').replace(/\s+/g, ' ');

/** `play hormuz --seed 6` on a terminal of the given size, at Iran's turn 7 with the terms panel focused. */
async function atIransTerms(columns: number, rows: number, seats: string[] = []) {
  ui = await mount(<App seated={openSeatedRun(hormuz, 6, seats)} onSave={pretendSave} />);
  await ui.resize(columns, rows);
  await ui.press(...Array<string>(6).fill(KEYS.right), KEYS.tab);
  await ui.shows('▸ Why Stand down');
  await ui.shows(/▶ *5 × Regime security/);
  return ui;
}

describe.each([
  [80, 24],
  [100, 30],
])('the passage screen at %i×%i', (columns, rows) => {
  it('shows the whole quote the terms panel cuts, with the figures, expression and rationale', async () => {
    const { press, shows, frame } = await atIransTerms(columns, rows);
    expect(words(frame())).not.toContain(words(quote)); // cut in the panel: the reason for the screen
    await press(KEYS.enter);
    await vi.waitFor(() => expect(words(frame())).toContain(words(quote)), { timeout: 15_000, interval: 10 });
    const screen = frame();
    expect(screen).toContain('Iran · Regime security');
    expect(screen).toMatch(/weight 5 × value −?\d\.\d\d = −?\d\.\d\d · turn 7, of “Stand down/);
    expect(screen).toContain('value = -(escalation / 12)^2 * (1.25 - iran_air_defence / 100)');
    expect(screen).toContain(security.citation.article);
    expect(words(screen)).toContain(words(`Why this weight: ${security.rationale}`));
    await shows(/Esc\/Enter\/v close {2}q quit$/);
    const lines = screen.split('\n');
    expect(lines.length).toBeLessThanOrEqual(rows - 1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(columns);
  });
});

describe('the passage screen', () => {
  it('closes on Esc, Enter or v, and ignores other keys while open', async () => {
    const { press, shows, hides, frame } = await atIransTerms(100, 30);
    for (const close of [KEYS.escape, KEYS.enter, 'v']) {
      await press(KEYS.enter);
      await shows('Why this weight:');
      await press(KEYS.right, KEYS.left, KEYS.down, KEYS.tab, KEYS.home, '?', 'm', 's');
      expect(frame()).toContain('Why this weight:');
      expect(frame()).toContain('turn 7 of 14');
      await press(close);
      await hides('Why this weight:');
      await shows('▸ Why Stand down'); // back where it was: same turn, panel and term
      await shows(/▶ *5 × Regime security/);
    }
  });

  it('opens on v from the options panel too, for the term the terms panel highlights', async () => {
    const { press, shows } = await atIransTerms(100, 30);
    await press(KEYS.tab, KEYS.tab); // back to the options panel
    await shows('▸ Turn 7 · Iran');
    await press('v');
    await shows('Iran · Regime security');
  });

  it('does not open where no term is shown, and Enter still plays at a seat', async () => {
    ui = await mount(<App seated={openSeatedRun(hormuz, 62, ['iran'])} onSave={pretendSave} />);
    await ui.shows('Your move, Iran');
    await ui.press('v', KEYS.tab, KEYS.enter); // v, then Enter with the terms panel focused
    await ui.shows('Iran chose Hold course, with no new move on the strait');
    expect(ui.frame()).not.toContain('Why this weight:');
  });

  it('is listed on the help screen and, with the terms panel focused, in the footer', async () => {
    const { press, shows, frame } = await atIransTerms(80, 24);
    expect(frame().split('\n').at(-1)).toBe('→/space next  ← prev  ↑↓ term  Tab panel  Enter passage  s save  ? help  q quit');
    await press('?');
    await shows(/v {2}or {2}Enter +the selected term's whole passage/);
  });

  it('is in the footer from any panel at 100 columns, where Home/End give way to it', async () => {
    ui = await mount(<App seated={openSeatedRun(hormuz, 1, [])} onSave={pretendSave} />);
    await ui.resize(100, 30);
    await ui.shows('→/space next  ← prev  ↑↓ select  Tab panel  v passage  n new seed  s save  ? help  q quit');
    await ui.resize(80, 24);
    await ui.shows('→/space next  ← prev  ↑↓ select  Tab panel  n new seed  s save  ? help  q quit');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { formatValue, percent } from '../../../src/presentation/quantity-format.js';
import { App } from '../../../src/cli/ui/App.js';
import { decimal, withMinusSign } from '../../../src/presentation/minus-sign.js';
import { openSeatedRun } from '../../../src/records/seated-run.js';
import { loadScenario } from '../../../src/scenarios/load.js';
import { KEYS, mount } from '../../helpers/ink.js';
import { pretendSave } from '../../helpers/pretend-save.js';

const hormuz = loadScenario('hormuz');
const seated = openSeatedRun(hormuz, 1, []);
// The quantities the crisis can move; China's stake in the strait, which nothing in hormuz
// changes, is a fixed circumstance and not a bar.
const bars = hormuz.quantities.filter((q) => q.between === undefined && q.unit !== 'flag' && q.id !== 'china_hormuz_share');
const relations = hormuz.quantities.filter((q) => q.between !== undefined);
const name = (id: string): string => hormuz.actors.find((a) => a.id === id)!.name;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let ui: Awaited<ReturnType<typeof mount>> | undefined;
afterEach(() => ui?.unmount());

/** Mounts the stepper on a terminal of the given size, at the trigger. */
async function stepper(columns: number, rows: number) {
  ui = await mount(<App seated={seated} onSave={pretendSave} />);
  await ui.resize(columns, rows);
  await ui.press(KEYS.home);
  return ui;
}

/** What every screen of every turn must show, whatever the size: no number cut, no heading wrapped. */
function checkTurn(screen: string, turnNumber: number, columns: number): void {
  const lines = screen.split('\n');
  const turn = seated.turns[turnNumber - 1]!;
  const state = turn.state;
  const context = `turn ${turnNumber} at ${columns} columns:\n${screen}`;

  // The world's heading is one line, and the first bar follows it at once.
  const heading = lines.findIndex((l) => l.startsWith('World after turn'));
  expect(lines[heading], context).toContain(`World after turn ${turnNumber} · change since ${turnNumber === 1 ? 'the trigger' : `turn ${turnNumber - 1}`}`);
  expect(lines[heading + 1], context).toMatch(new RegExp(`^${escape(bars[0]!.label)}`));

  // Every bar is on screen, or (below 30 rows) the first ones with the rest counted in the
  // heading; each with its bar starting and its value standing in the same columns.
  const hiddenBars = Number(/↓ (\d+) more bars on a terminal of 30 rows or more/.exec(screen)?.[1] ?? 0);
  const shownBars = bars.slice(0, bars.length - hiddenBars);
  expect(shownBars.length, context).toBeGreaterThanOrEqual(3);
  const barLines = shownBars.map((q) => lines.find((l) => l.startsWith(q.label))!);
  barLines.forEach((line, i) => expect(line, `${bars[i]!.label}; ${context}`).toBeDefined());
  for (const q of bars.slice(shownBars.length)) expect(lines.some((l) => l.startsWith(q.label)), context).toBe(false);
  const starts = barLines.map((l) => l.search(/[█░]/));
  const ends = barLines.map((l) => l.search(/[█░](?![█░])/));
  expect(new Set(starts).size, context).toBe(1);
  expect(new Set(ends).size, context).toBe(1);
  shownBars.forEach((q, i) => {
    expect(barLines[i]!.slice(ends[i]! + 2), context).toMatch(new RegExp(`^${escape(withMinusSign(formatValue(q, state[q.id]!).replace(/ \(.*\)$/, '')))}( |$)`));
  });

  // Relations name the actors and show their whole value.
  let shown = 0;
  for (const q of relations) {
    const [a, b] = q.between!;
    const match = new RegExp(`${escape(name(a))}–${escape(name(b))} (\\S+)`).exec(screen);
    if (match === null) continue;
    shown++;
    expect(match[1], context).toBe(withMinusSign(formatValue(q, state[q.id]!)));
  }
  expect(shown, context).toBeGreaterThan(0);
  expect(screen).not.toMatch(/north_korea|_russia–|–russia/);

  // The options table keeps its header and every number of every option on screen.
  expect(screen, context).toMatch(/ option +score +chance\b/);
  // An option's row: its label (perhaps cut, with …), then its score and chance, whole.
  const label = (action: string): string => hormuz.actors.find((a) => a.id === turn.actor)!.actions.find((a) => a.id === action)!.label;
  const named = (shown: string, action: string): boolean => shown === label(action) || (shown.endsWith('…') && label(action).startsWith(shown.slice(0, -1)));
  const rows = turn.options.filter((o) =>
    lines.some((l) => {
      const row = new RegExp(`^[ ▶][ ✓](.+?) +${escape(decimal(o.expectedUtility, 2))} +${escape(percent(o.probability))}`).exec(l);
      return row !== null && named(row[1]!, o.action);
    }),
  );
  const hidden = turn.options.length - rows.length;
  // Options cut off above (↑) and below (↓) the chosen one are counted under the table.
  const header = lines.findIndex((l) => / option +score +chance\b/.test(l));
  const scroll = /^ {2}(?:↑ (\d+) more)? *(?:↓ (\d+) more)?/.exec(lines.slice(header + 1).find((l) => /^ {2}[↑↓] \d+ more/.test(l)) ?? '');
  if (hidden > 0) expect(Number(scroll?.[1] ?? 0) + Number(scroll?.[2] ?? 0), context).toBe(hidden);
  expect(screen, context).not.toMatch(/%…|…%/);

  // The terms of the selected option: those on screen plus those said to be hidden are all of them.
  const option = turn.options.find((o) => o.action === turn.choice)!;
  const termRows = lines.filter((l) => /\d × /.test(l)).length;
  if (termRows < option.terms.length) expect(screen, context).toContain(`↓ ${option.terms.length - termRows} more`);

  // One sign for negative numbers: never an ASCII hyphen before a digit, outside file names.
  expect(screen.replace(/\S+\.txt/g, ''), context).not.toMatch(/(^|[\s(=])-\d/m);

  // The footer keeps its last hints.
  expect(lines.at(-1), context).toMatch(/\? help {2}q quit$/);
}

describe.each([
  [80, 24],
  [100, 30],
  [160, 48],
])('at %i×%i', (columns, rows) => {
  it('shows every number whole, every bar aligned, and says when a list is cut, on every turn', async () => {
    const { press, shows, frame } = await stepper(columns, rows);
    for (let turn = 1; turn <= hormuz.settings.horizon; turn++) {
      await press(KEYS.right);
      await shows(`turn ${turn} of 14`);
      checkTurn(frame(), turn, columns);
    }
  });

  it('fits the screen: no line is wider than the terminal, and the frame is one row shorter', async () => {
    const { press, frame } = await stepper(columns, rows);
    await press(KEYS.end);
    const lines = frame().split('\n');
    expect(lines.length).toBeLessThanOrEqual(rows - 1);
    // ✋ is two columns wide; everything else on screen is one.
    for (const line of lines) expect([...line].length + (line.match(/✋/g)?.length ?? 0)).toBeLessThanOrEqual(columns);
  });
});

describe('a large terminal', () => {
  /** Relations on screen, as "A–B value" pairs. */
  const relationsShown = (screen: string): number =>
    relations.filter((q) => new RegExp(`${escape(name(q.between![0]))}–${escape(name(q.between![1]))} \\S`).test(screen)).length;
  const labels = hormuz.actors.flatMap((a) => a.actions.map((action) => action.label));

  it('uses its space: more relations at 160×48 than at 100×30, and every option label whole', async () => {
    const small = await stepper(100, 30);
    await small.press(...Array<string>(8).fill(KEYS.right));
    await small.shows('turn 8 of 14');
    const fewer = relationsShown(small.frame());
    const cut = small.frame().split('\n').filter((l) => /^[ ▶][ ✓]\S.*… +\d/.test(l)).length;
    small.unmount();
    const large = await stepper(160, 48);
    await large.press(...Array<string>(8).fill(KEYS.right));
    await large.shows('turn 8 of 14');
    const screen = large.frame();
    expect(fewer).toBe(4);
    expect(relationsShown(screen)).toBe(8);
    // At 100 columns some option labels are cut; at 160 none is, and each row names a whole label.
    expect(cut).toBeGreaterThan(0);
    const rowsShown = screen.split('\n').map((l) => /^[ ▶][ ✓](.+?) {2,}−?\d+\.\d\d +(?:<1|\d+)%/.exec(l)?.[1]).filter((x) => x !== undefined);
    expect(rowsShown.length).toBe(seated.turns[7]!.options.length);
    for (const shown of rowsShown) expect(labels).toContain(shown);
  });
});

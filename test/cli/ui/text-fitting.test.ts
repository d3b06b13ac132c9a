import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fitItems } from '../../../src/cli/ui/fit-items.js';
import { listWindow } from '../../../src/cli/ui/list-window.js';
import { decimal, withMinusSign } from '../../../src/presentation/minus-sign.js';
import { pairLabel } from '../../../src/cli/ui/pair-label.js';
import { quoted } from '../../../src/presentation/quoted.js';
import { truncate } from '../../../src/cli/ui/truncate.js';
import { wrapPhrases } from '../../../src/cli/ui/wrap-phrases.js';
import { wrapWords } from '../../../src/cli/ui/wrap-words.js';
import stringWidth from 'string-width';

/** A list length, a box height, a scrolling style, and a selected row within the list. */
const scroll = fc
  .tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 30 }), fc.boolean())
  .chain(([count, rows, centre]) => fc.tuple(fc.constant(count), fc.constant(rows), fc.constant(centre), fc.nat(count - 1)));

describe('listWindow', () => {
  property.prop([scroll])('keeps the selection in view, fits the box, and counts every hidden row', ([count, rows, centre, selected]) => {
    const { first, shown, more } = listWindow(selected, count, rows, centre);
    expect(selected).toBeGreaterThanOrEqual(first);
    expect(selected).toBeLessThan(first + shown);
    expect(first + shown).toBeLessThanOrEqual(count);
    expect(shown + (more ? 1 : 0)).toBeLessThanOrEqual(Math.max(rows, 2));
    const hidden = [...more.matchAll(/(\d+) more/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(shown + hidden).toBe(count);
  });

  it('spends no line when the list fits', () => {
    expect(listWindow(2, 5, 5)).toEqual({ first: 0, shown: 5, more: '' });
    expect(listWindow(0, 7, 4)).toEqual({ first: 0, shown: 3, more: '↓ 4 more' });
  });
});

describe('wrapWords', () => {
  property.prop([fc.array(fc.stringMatching(/^[a-z]{1,15}$/), { maxLength: 30 }), fc.integer({ min: 1, max: 40 }), fc.nat(40)])(
    'keeps every line within its width and every character in order',
    (words, width, first) => {
      const firstWidth = Math.max(1, Math.min(first, width));
      const lines = wrapWords(words.join(' '), width, firstWidth);
      lines.forEach((line, i) => expect(line.length).toBeLessThanOrEqual(i === 0 ? firstWidth : width));
      expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
    },
  );

  property.prop([fc.array(fc.stringMatching(/^[a-z一-龥🛢⚓]{1,8}$/u), { maxLength: 20 }), fc.integer({ min: 2, max: 30 }), fc.integer({ min: 2, max: 30 })])(
    'measures wide characters and emoji by the columns they take, not by their length',
    (words, width, first) => {
      const firstWidth = Math.min(first, width);
      const lines = wrapWords(words.join(' '), width, firstWidth);
      lines.forEach((line, i) => expect(stringWidth(line)).toBeLessThanOrEqual(i === 0 ? firstWidth : width));
      expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
    },
  );

  it('never starts a line with a space, even after a line that fits exactly', () => {
    expect(wrapWords('abcd efg hi', 4)).toEqual(['abcd', 'efg', 'hi']);
  });
});

describe('wrapPhrases', () => {
  const path = '.scratch/saves/wargame-s400-seed1.json';
  const message = `saved ${path} · reopen it with: wargame replay ${path}`;

  it('keeps a message that fits on one line', () => {
    expect(wrapPhrases(message, 120)).toEqual([message]);
  });

  it('breaks between phrases, so the command to run starts a line whole', () => {
    expect(wrapPhrases(message, 100)).toEqual([`saved ${path} · reopen it with:`, `wargame replay ${path}`]);
    expect(wrapPhrases(message, 53)).toEqual([`saved ${path}`, 'reopen it with:', `wargame replay ${path}`]);
  });

  property.prop([fc.integer({ min: 10, max: 140 })])('loses no character, and never splits the command across lines when it fits on one', (width) => {
    const lines = wrapPhrases(message, width);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
    const letters = (text: string): string => text.replace(/[\s·]/g, '');
    expect(letters(lines.join(''))).toBe(letters(message));
    const command = `wargame replay ${path}`;
    if (command.length <= width) expect(lines.some((l) => l.endsWith(command))).toBe(true);
  });
});

describe('fitting labels', () => {
  it('cuts a label with …, never past its width', () => {
    expect(truncate('Iran’s nuclear progress', 10)).toBe('Iran’s nu…');
    expect(truncate('Oil price', 10)).toBe('Oil price');
  });

  it('shortens the longer actor name first: to its initials, then with …', () => {
    expect(pairLabel('North Korea', 'Russia', 30)).toBe('North Korea–Russia');
    expect(pairLabel('North Korea', 'United States', 17)).toBe('North Korea–US');
    expect(pairLabel('North Korea', 'Russia', 15)).toBe('NK–Russia');
    expect(pairLabel('China', 'Russia', 10)).toBe('Chi…–Russ…');
    expect(pairLabel('United States', 'Gulf states', 2).length).toBeLessThanOrEqual(2);
  });

  it('shortens a proper word with common words to the proper word, and drops an article, rather than initials', () => {
    // `China–GS` was found cryptic at 80×24; `Gulf` reads.
    expect(pairLabel('China', 'Gulf states', 15)).toBe('China–Gulf');
    expect(pairLabel('Gulf states', 'United States', 20)).toBe('Gulf states–US');
    expect(pairLabel('Gulf states', 'United States', 10)).toBe('Gulf–US');
    expect(pairLabel('A mediator', 'Iran', 13)).toBe('mediator–Iran');
  });

  it('says how many items a cut list leaves out', () => {
    expect(fitItems(['Hormuz threat stands', 'Russia offers mediation'], 60)).toBe('Hormuz threat stands · Russia offers mediation');
    expect(fitItems(['Hormuz threat stands', 'Russia offers mediation', 'S-400 delivered'], 40)).toBe('Hormuz threat stands · +2 more');
  });
});

describe('numbers and quotes', () => {
  it('writes every negative number with U+2212, and no sign on a value that rounds to zero', () => {
    expect(decimal(-3.149, 2)).toBe('−3.15');
    expect(decimal(-0.001, 2)).toBe('0.00');
    expect(decimal(5.18, 2)).toBe('5.18');
    expect(withMinusSign('-55')).toBe('−55');
    expect(withMinusSign('$-3')).toBe('$−3');
    expect(withMinusSign('05-russia-cautious-in-12-day-war')).toBe('05-russia-cautious-in-12-day-war');
    expect(withMinusSign(' -4.1 pts')).toBe(' −4.1 pts');
  });

  it('quotes a passage, marking where it starts or stops mid-sentence', () => {
    expect(quoted('despite its fiery discourse, has refrained from militarizing the strait')).toBe(
      '“…despite its fiery discourse, has refrained from militarizing the strait…”',
    );
    expect(quoted('Moscow will not take sides.')).toBe('“Moscow will not take sides.”');
  });
});

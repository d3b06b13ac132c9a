import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fitPassage, passageHeight } from '../../../src/cli/ui/fit-passage.js';
import { quoted } from '../../../src/presentation/quoted.js';
import { wrapWords } from '../../../src/cli/ui/wrap-words.js';
import type { Interest } from '../../../src/engine/scenario.js';

const interest = (quote: string, rationale: string): Interest => ({
  id: 'security',
  label: 'Regime security',
  weight: 5,
  term: { evaluate: () => 0, source: '-escalation / 12', origin: 'iran.yaml:13:17' },
  rationale,
  citation: { article: '05-russia-cautious-in-12-day-war-look-east.txt', quote },
});
const words = (n: number, word = 'word'): string => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

describe('fitPassage', () => {
  it('cuts nothing when everything fits', () => {
    const lines = fitPassage(interest(words(20), words(20)), 76, 40);
    expect(lines.rationale.join(' ')).toBe(`Why this weight: ${words(20)}`);
    expect(lines.gap).toBe(true);
    expect(lines.quote.join(' ')).toBe(quoted(words(20)));
  });

  it('cuts the rationale first, ending it in …, and keeps the whole quote', () => {
    const quote = `${words(80, 'evidence')}.`; // longer than the 600 characters a schema allows
    const full = wrapWords(quoted(quote), 76).length;
    const lines = fitPassage(interest(quote, words(60)), 76, full + 6);
    expect(lines.quote.join(' ')).toBe(quoted(quote));
    expect(lines.rationale.length).toBeGreaterThan(0);
    expect(lines.rationale.at(-1)).toMatch(/…$/);
    expect(passageHeight(lines)).toBe(full + 6);
  });

  it('drops the rationale, then the blank line, before touching the quote', () => {
    const quote = words(40, 'evidence');
    const full = wrapWords(quoted(quote), 40).length;
    const lines = fitPassage(interest(quote, words(60)), 40, full + 2);
    expect(lines).toMatchObject({ rationale: [], gap: false });
    expect(lines.quote.join(' ')).toBe(quoted(quote));
  });

  property.prop([fc.integer({ min: 1, max: 120 }), fc.integer({ min: 20, max: 120 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 60 })])(
    'fits the rows it is given, and keeps the quote whole whenever it can',
    (quoteWords, width, rows, rationaleWords) => {
      const quote = words(quoteWords, 'q');
      const lines = fitPassage(interest(quote, words(rationaleWords, 'r')), width, rows);
      // The expression, the article and a line of the quote are the least it shows.
      expect(passageHeight(lines)).toBeLessThanOrEqual(Math.max(rows, 3));
      for (const line of Object.values(lines).flat()) if (typeof line === 'string') expect(line.length).toBeLessThanOrEqual(width);
      if (wrapWords(quoted(quote), width).length + 2 <= rows) expect(lines.quote.join(' ')).toBe(quoted(quote));
    },
  );
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { builtInLibrary } from '../../src/scenarios/library-files.js';
import { loadScenario } from '../../src/scenarios/load.js';
import { sentenceAround } from '../../src/text/sentence-around.js';

describe('the sentence around a quote', () => {
  it('widens a quote to its whole sentence', () => {
    const text = 'First one. China has quietly urged Iran to stand down, officials said. Last one.';
    expect(sentenceAround(text, 'urged Iran to stand down')).toEqual({
      before: 'China has quietly ',
      quote: 'urged Iran to stand down',
      after: ', officials said.',
    });
  });

  it('stops at a blank line and reads line breaks inside a paragraph as spaces', () => {
    const text = 'A heading\n\nThe strait\ncarries oil to Asia and\nEurope. Next.';
    expect(sentenceAround(text, 'carries oil')).toEqual({ before: 'The strait ', quote: 'carries oil', after: ' to Asia and Europe.' });
  });

  it('is undefined for a quote the text lacks', () => {
    expect(sentenceAround('abc', 'xyz')).toBeUndefined();
  });

  test.prop([fc.array(fc.constantFrom('word', 'Word', 'x.', 'y!', ' ', '\n', '\n\n', ', '), { minLength: 1, maxLength: 60 }), fc.nat(), fc.nat()])(
    'always contains the quote, and reads as a stretch of the text with its spacing made single',
    (parts, a, b) => {
      const text = parts.join('');
      const from = a % text.length;
      const to = from + 1 + (b % (text.length - from));
      const quote = text.slice(from, to);
      // Quotes are words from the article: they neither start nor end with a space.
      fc.pre(/^\S/.test(quote) && /\S$/.test(quote));
      const found = sentenceAround(text, quote)!;
      const flat = text.replace(/\s+/g, ' ');
      expect(found.quote).toBe(quote.replace(/\s+/g, ' '));
      expect(flat).toContain(`${found.before}${found.quote}${found.after}`.replace(/^…|…$/g, ''));
      expect(found.before).not.toMatch(/[.!?]\s/);
    },
  );

  it('finds every quote of every built-in actor in its article, in a sentence that ends', () => {
    const { articles } = builtInLibrary();
    for (const actor of loadScenario('hormuz').actors) {
      for (const { citation } of [...actor.interests, ...actor.actions]) {
        const found = sentenceAround(articles.get(citation.article)!, citation.quote);
        expect(found, `${actor.id}: ${citation.quote}`).toBeDefined();
        expect(`${found!.quote}${found!.after}`).toMatch(/[.!?]["”’)]*$|…$/);
      }
    }
  });
});

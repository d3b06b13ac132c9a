import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutByteOrderMark } from '../../src/text/byte-order-mark.js';

describe('withoutByteOrderMark', () => {
  it('drops one leading mark and keeps every other text as it is', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(withoutByteOrderMark(`\uFEFF${text}`)).toBe(text);
        if (!text.startsWith('\uFEFF')) expect(withoutByteOrderMark(text)).toBe(text);
      }),
    );
  });

  it('keeps a mark that is not at the start', () => {
    expect(withoutByteOrderMark('a\uFEFFb')).toBe('a\uFEFFb');
  });
});

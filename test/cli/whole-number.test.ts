import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWholeNumber } from '../../src/cli/whole-number.js';

describe('parseWholeNumber', () => {
  it('reads every whole number JavaScript holds exactly, as plain digits with blanks around', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.constantFrom('', ' ', '\t'), (n, blank) => {
        expect(parseWholeNumber(`${blank}${n}${blank}`)).toBe(n);
      }),
    );
  });

  it('reads leading zeros as the number they spell', () => {
    expect(parseWholeNumber('007')).toBe(7);
  });

  it.each(['', ' ', '-1', '+1', '1.0', '1.5', '1e3', '0x10', 'Infinity', 'NaN', '1_000', '1 000', '9007199254740992', '99999999999999999999'])(
    'refuses %j',
    (text) => {
      expect(parseWholeNumber(text)).toBeUndefined();
    },
  );
});

import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { requireWhole } from '../../src/batch/whole-number.js';

describe('requireWhole', () => {
  property.prop([fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 })])('takes a whole number at or above the least, and refuses one below it, naming both', (value, least) => {
    if (value >= least) expect(() => requireWhole('runs', value, least)).not.toThrow();
    else expect(() => requireWhole('runs', value, least)).toThrow(new RangeError(`runs must be a whole number of at least ${least}, not ${value}`));
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('refuses %s, which is not a safe whole number', (value) => {
    expect(() => requireWhole('workers', value, 1)).toThrow(`workers must be a whole number of at least 1, not ${value}`);
  });
});

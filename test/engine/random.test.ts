import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../src/engine/random.js';

const draws = (r: SeededRandom, n: number): number[] => Array.from({ length: n }, () => r.next());

describe('SeededRandom', () => {
  property.prop([fc.maxSafeNat()])('gives the same numbers for the same seed', (seed) => {
    expect(draws(SeededRandom.fromSeed(seed), 20)).toEqual(draws(SeededRandom.fromSeed(seed), 20));
  });

  property.prop([fc.maxSafeNat(), fc.nat(50)])('resumes exactly from a saved state', (seed, skip) => {
    const original = SeededRandom.fromSeed(seed);
    draws(original, skip);
    const resumed = SeededRandom.fromState(structuredClone(original.state()));
    expect(draws(resumed, 20)).toEqual(draws(original, 20));
  });

  property.prop([fc.maxSafeNat()])('draws uniform numbers in [0, 1)', (seed) => {
    for (const u of draws(SeededRandom.fromSeed(seed), 100)) {
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
    }
  });

  it('gives different numbers for different seeds', () => {
    expect(draws(SeededRandom.fromSeed(1), 5)).not.toEqual(draws(SeededRandom.fromSeed(2), 5));
  });

  it('requires a non-negative whole-number seed: there is no clock fallback', () => {
    expect(() => SeededRandom.fromSeed(-1)).toThrow(/seed must be a whole number from 0 to 9007199254740991, not/);
    expect(() => SeededRandom.fromSeed(1.5)).toThrow(/seed must be a whole number from 0 to 9007199254740991, not/);
    expect(() => SeededRandom.fromSeed(Number.NaN)).toThrow(/seed must be a whole number from 0 to 9007199254740991, not/);
  });
});

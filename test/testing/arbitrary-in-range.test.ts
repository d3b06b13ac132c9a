import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { arbitraryInRange } from '../../src/testing/index.js';

const bounds = fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true })).map(([min, span]) => [min, min + span] as const);

describe('arbitraryInRange', () => {
  property.prop([bounds.chain(([min, max]) => fc.tuple(fc.constant([min, max] as const), arbitraryInRange(min, max)))])('stays within its bounds', ([[min, max], x]) => {
    expect(x).toBeGreaterThanOrEqual(min);
    expect(x).toBeLessThanOrEqual(max);
  });

  property.prop([arbitraryInRange(0, 1, { maxExcluded: true })])('stays below an excluded maximum', (x) => {
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThan(1);
  });

  it('gives the minimum where an even draw would round up to an excluded maximum', () => {
    // The largest double below 1: the range holds it alone, and min + span · r rounds up to
    // 1 for about half of the even draws.
    const below = 1 - 2 ** -53;
    const draws = fc.sample(arbitraryInRange(below, 1, { maxExcluded: true }), { numRuns: 500, seed: 3 });
    expect(new Set(draws)).toEqual(new Set([below]));
  });

  it('spreads most draws over the range, where fc.double crowds them near zero', () => {
    const share = (draws: number[]): number => draws.filter((x) => x >= 0.05).length / draws.length;
    const ours = fc.sample(arbitraryInRange(0, 5), { numRuns: 2000, seed: 1 });
    const theirs = fc.sample(fc.double({ min: 0, max: 5, noNaN: true }), { numRuns: 2000, seed: 1 });
    // Even spread alone would put 99% at or above 0.05; four draws in five are even.
    expect(share(ours)).toBeGreaterThan(0.75);
    expect(share(theirs)).toBeLessThan(0.2);
    // The edge-seeking fifth still reaches the bounds and the smallest doubles.
    expect(ours).toContain(0);
    expect(ours.some((x) => x > 0 && x < 1e-100)).toBe(true);
  });
});

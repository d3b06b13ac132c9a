import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../src/batch/wilson-interval.js';

const trials = fc.integer({ min: 1, max: 1_000_000 }).chain((runs) => fc.tuple(fc.integer({ min: 0, max: runs }), fc.constant(runs)));

describe('wilsonInterval', () => {
  property.prop([trials])('lies in [0, 1] and contains the observed share', ([count, runs]) => {
    const [lo, hi] = wilsonInterval(count, runs);
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThanOrEqual(1);
    expect(lo).toBeLessThanOrEqual(count / runs + 1e-12);
    expect(hi).toBeGreaterThanOrEqual(count / runs - 1e-12);
  });

  property.prop([fc.double({ min: 0, max: 1, noNaN: true })])('narrows as runs grow', (p) => {
    const width = (runs: number): number => {
      const [lo, hi] = wilsonInterval(Math.round(p * runs), runs);
      return hi - lo;
    };
    expect(width(10_000)).toBeLessThan(width(100));
  });

  it('matches a textbook value', () => {
    const [lo, hi] = wilsonInterval(10, 100);
    expect(lo).toBeCloseTo(0.0552, 4);
    expect(hi).toBeCloseTo(0.1744, 4);
  });

  it('is not degenerate at zero successes', () => {
    const [lo, hi] = wilsonInterval(0, 1000);
    expect(lo).toBe(0);
    expect(hi).toBeGreaterThan(0.003);
  });
});

import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { latinHypercube } from '../../src/experiments/latin-hypercube.js';

describe('latinHypercube', () => {
  property.prop([fc.array(fc.tuple(fc.integer({ min: -100, max: 100 }), fc.integer({ min: 1, max: 50 })), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 60 }), fc.nat()])(
    'puts exactly one point in each of the N strata of every input',
    (spec, samples, seed) => {
      const ranges = spec.map(([low, width]) => [low, low + width] as const);
      const points = latinHypercube(ranges, samples, seed);
      expect(points).toHaveLength(samples);
      ranges.forEach(([low, high], i) => {
        const strata = points.map((p) => Math.floor(((p[i]! - low) / (high - low)) * samples)).sort((a, b) => a - b);
        expect(strata).toEqual(Array.from({ length: samples }, (_, s) => s));
      });
    },
  );

  it('is the same for the same seed', () => {
    expect(latinHypercube([[0, 1], [5, 6]], 10, 9)).toEqual(latinHypercube([[0, 1], [5, 6]], 10, 9));
    expect(latinHypercube([[0, 1], [5, 6]], 10, 9)).not.toEqual(latinHypercube([[0, 1], [5, 6]], 10, 10));
  });
});

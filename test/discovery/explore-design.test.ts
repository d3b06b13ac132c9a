import { describe, expect, it } from 'vitest';
import { exploreDesign } from '../../src/discovery/explore-design.js';

describe('exploreDesign', () => {
  const ranges = [[0, 1], [-5, 5], [10, 20]] as const;

  it.each(['lhs', 'mc'] as const)('%s: the same seed gives the same points, every one inside the ranges', (design) => {
    const points = exploreDesign(design, ranges, 40, 3);
    expect(points).toEqual(exploreDesign(design, ranges, 40, 3));
    expect(points).not.toEqual(exploreDesign(design, ranges, 40, 4));
    expect(points).toHaveLength(40);
    for (const point of points) point.forEach((x, i) => expect(x >= ranges[i]![0] && x <= ranges[i]![1]).toBe(true));
  });

  it('lhs puts exactly one point in each stratum of every input; mc does not promise it', () => {
    const strata = (design: 'lhs' | 'mc') =>
      ranges.map(([low, high], i) => new Set(exploreDesign(design, ranges, 50, 8).map((p) => Math.floor(((p[i]! - low) / (high - low)) * 50))).size);
    expect(strata('lhs')).toEqual([50, 50, 50]);
    expect(Math.min(...strata('mc'))).toBeLessThan(50);
  });

  it('keeps 12 significant digits, so a value reads back as the override that made it', () => {
    for (const point of exploreDesign('mc', ranges, 10, 1)) for (const x of point) expect(x).toBe(+x.toPrecision(12));
  });

  it('refuses an empty or reversed range and a sample that is not whole', () => {
    expect(() => exploreDesign('lhs', [[1, 0]], 5, 1)).toThrow(RangeError);
    expect(() => exploreDesign('mc', [], 5, 1)).toThrow(RangeError);
    expect(() => exploreDesign('mc', [[0, 1]], 2.5, 1)).toThrow(/samples/);
  });
});

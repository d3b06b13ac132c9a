import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { morrisEffects, morrisSample } from '../../src/experiments/morris.js';
import { G_COEFFICIENTS, gFunction } from './test-functions.js';

describe('morrisEffects on Sobol’s G-function (a = 0, 1, 4.5, 9, 99, 99, 99, 99)', async () => {
  // The G-function is the standard test of Morris screening (Campolongo, Cariboni &
  // Saltelli 2007). On Morris's 4-level grid, Δ = 2/3 and every step changes |4x − 2|
  // by 4/3 (up or down), so every elementary effect of x_i is ±2/(1 + a_i) times the other
  // factors; each other x_j is uniform over the 4 levels, where g_j averages
  // (4/3 + a_j)/(1 + a_j). Hence μ*_i = 2/(1 + a_i) · Π_{j≠i} (4/3 + a_j)/(1 + a_j).
  const a = G_COEFFICIENTS;
  const analytic = a.map((ai, i) => (2 / (1 + ai)) * a.reduce((p, aj, j) => (j === i ? p : (p * (4 / 3 + aj)) / (1 + aj)), 1));
  const result = await morrisEffects(gFunction(a).f, a.map(() => [0, 1] as const), { trajectories: 200, seed: 3 });

  it('estimates μ* within four bootstrap standard errors of its analytic value', () => {
    analytic.forEach((m, i) => {
      expect(result.muStarError[i]).toBeLessThan(0.05 * m);
      expect(Math.abs(result.muStar[i]! - m)).toBeLessThan(4 * result.muStarError[i]!);
    });
  });

  it('ranks the inputs as their coefficients do, the four near-inert ones last', () => {
    const ranked = result.muStar.map((m, i) => [m, i] as const).sort((x, y) => y[0] - x[0]).map(([, i]) => i);
    expect(ranked.slice(0, 4)).toEqual([0, 1, 2, 3]);
    for (const i of [4, 5, 6, 7]) expect(result.muStar[i]).toBeLessThan(0.05 * result.muStar[0]!);
  });

  it('finds μ far below μ*, since the effects change sign, and σ > 0', () => {
    result.mu.forEach((m, i) => expect(Math.abs(m)).toBeLessThan(0.5 * result.muStar[i]!));
    result.sigma.forEach((s) => expect(s).toBeGreaterThan(0));
    expect(result.evaluations).toBe(200 * 9);
  });
});

describe('morrisEffects on a linear function', () => {
  // f = Σ c_i x_i: every elementary effect of x_i is exactly c_i times its range's width.
  property.prop([fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -10, max: 10 }), fc.integer({ min: 1, max: 10 })), { minLength: 1, maxLength: 5 }), fc.nat(), fc.constantFrom(2, 4, 6)], { numRuns: 40 })(
    'finds μ = c_i · width, μ* = |μ| and σ = 0',
    async (terms, seed, levels) => {
      const ranges = terms.map(([, low, width]) => [low, low + width] as const);
      const f = (x: readonly number[]): number => terms.reduce((sum, [c], i) => sum + c * x[i]!, 0);
      const result = await morrisEffects(f, ranges, { trajectories: 5, seed, levels, resamples: 20 });
      terms.forEach(([c, , width], i) => {
        expect(result.mu[i]).toBeCloseTo(c * width, 6);
        expect(result.muStar[i]).toBeCloseTo(Math.abs(c * width), 6);
        expect(result.sigma[i]).toBeCloseTo(0, 6);
      });
    },
  );
});

describe('morrisSample', () => {
  property.prop([fc.integer({ min: 1, max: 6 }), fc.integer({ min: 2, max: 8 }), fc.constantFrom(2, 4, 6, 8), fc.nat()])(
    'walks each trajectory on the grid, moving every input once by Δ of its range, inside the ranges',
    (k, r, levels, seed) => {
      const ranges = Array.from({ length: k }, (_, i) => [i, i + 2] as const);
      const design = morrisSample(ranges, { trajectories: r, levels, seed });
      expect(design.points).toHaveLength(r * (k + 1));
      for (let t = 0; t < r; t++) {
        expect([...design.steps[t]!].sort()).toEqual(Array.from({ length: k }, (_, i) => i));
        for (let s = 0; s < k; s++) {
          const before = design.points[t * (k + 1) + s]!;
          const after = design.points[t * (k + 1) + s + 1]!;
          const moved = design.steps[t]![s]!;
          before.forEach((x, i) => {
            if (i === moved) expect(after[i]! - x).toBeCloseTo(design.signs[t]![s]! * design.delta * 2, 12);
            else expect(after[i]).toBe(x);
          });
        }
        for (const p of design.points.slice(t * (k + 1), (t + 1) * (k + 1))) {
          p.forEach((x, i) => {
            const level = ((x - i) / 2) * (levels - 1);
            expect(Math.abs(level - Math.round(level))).toBeLessThan(1e-9);
            expect(x).toBeGreaterThanOrEqual(i - 1e-12);
            expect(x).toBeLessThanOrEqual(i + 2 + 1e-12);
          });
        }
      }
    },
  );

  it('refuses an odd number of levels and a single trajectory', () => {
    expect(() => morrisSample([[0, 1]], { trajectories: 4, levels: 3, seed: 1 })).toThrow('morrisSample: levels must be an even whole number');
    expect(() => morrisSample([[0, 1]], { trajectories: 1, seed: 1 })).toThrow('morrisSample: trajectories must be a whole number ≥ 2');
  });
});

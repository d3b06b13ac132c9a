import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { saltelliSample, sobolIndices } from '../../src/experiments/sobol.js';
import { G_COEFFICIENTS, gFunction, ishigami } from './test-functions.js';

const PI: [number, number] = [-Math.PI, Math.PI];

describe('sobolIndices on the Ishigami function (a = 7, b = 0.1)', async () => {
  const model = ishigami(7, 0.1);
  // N = 8192 rows: 40 960 evaluations. Jansen's estimators then have standard errors of
  // about 0.01; each index must lie within four of its own bootstrap errors of the
  // analytic value (a chance of about 6 in 100 000 per index if the estimator is unbiased
  // and the bootstrap honest), and the errors must be that small, or the test says little.
  const result = await sobolIndices(model.f, [PI, PI, PI], { samples: 8192, seed: 11 });

  it('has the published analytic indices', () => {
    expect(model.first.map((s) => +s.toFixed(4))).toEqual([0.3139, 0.4424, 0]);
    expect(model.total.map((s) => +s.toFixed(4))).toEqual([0.5576, 0.4424, 0.2437]);
  });

  it('estimates the first-order indices within four standard errors', () => {
    model.first.forEach((s, i) => {
      expect(result.firstError[i]).toBeLessThan(0.02);
      expect(Math.abs(result.first[i]! - s)).toBeLessThan(4 * result.firstError[i]!);
    });
  });

  it('estimates the total indices within four standard errors', () => {
    model.total.forEach((s, i) => {
      expect(result.totalError[i]).toBeLessThan(0.02);
      expect(Math.abs(result.total[i]! - s)).toBeLessThan(4 * result.totalError[i]!);
    });
  });

  it('gives intervals around each estimate, and counts N(k + 2) evaluations', () => {
    for (const [value, [low, high]] of [...result.first.map((v, i) => [v, result.firstInterval[i]!] as const), ...result.total.map((v, i) => [v, result.totalInterval[i]!] as const)]) {
      expect(low).toBeLessThan(value);
      expect(high).toBeGreaterThan(value);
    }
    expect(result.evaluations).toBe(8192 * 5);
  });
});

describe('sobolIndices on the G-function', () => {
  it('estimates its first-order indices within four standard errors', async () => {
    const model = gFunction(G_COEFFICIENTS);
    const result = await sobolIndices(model.f, G_COEFFICIENTS.map(() => [0, 1] as const), { samples: 4096, seed: 5 });
    model.first.forEach((s, i) => expect(Math.abs(result.first[i]! - s)).toBeLessThan(4 * result.firstError[i]! + 1e-12));
    expect(result.first[0]).toBeGreaterThan(0.6);
  });
});

describe('sobolIndices on an additive function', () => {
  // f = Σ c_i x_i: no interactions, so S_i = S_Ti = c_i² w_i² / Σ c_j² w_j² (w = range width).
  property.prop([fc.array(fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true })), { minLength: 1, maxLength: 4 }), fc.nat()], { numRuns: 15 })(
    'finds S_i = S_Ti = each term’s share of the variance',
    async (terms, seed) => {
      fc.pre(terms.some(([c]) => Math.abs(c) > 0.1));
      const ranges = terms.map(([, w]) => [0, w] as const);
      const f = (x: readonly number[]): number => terms.reduce((sum, [c], i) => sum + c * x[i]!, 0);
      const parts = terms.map(([c, w]) => c * c * w * w);
      const total = parts.reduce((a, b) => a + b, 0);
      const result = await sobolIndices(f, ranges, { samples: 1024, seed, resamples: 200 });
      parts.forEach((p, i) => {
        expect(Math.abs(result.first[i]! - p / total)).toBeLessThan(5 * result.firstError[i]! + 1e-9);
        expect(Math.abs(result.total[i]! - p / total)).toBeLessThan(5 * result.totalError[i]! + 1e-9);
      });
    },
  );
});

describe('saltelliSample', () => {
  it('lays out A, each A_B^(i), then B, row by row, inside the ranges', () => {
    const design = saltelliSample([[0, 1], [10, 20], [-3, -2]], { samples: 50, seed: 2 });
    expect(design.points).toHaveLength(50 * 5);
    for (let j = 0; j < 50; j++) {
      const [a, ab0, ab1, ab2, b] = design.points.slice(j * 5, j * 5 + 5) as number[][];
      [ab0, ab1, ab2].forEach((ab, i) => ab!.forEach((x, m) => expect(x).toBe(m === i ? b![m] : a![m])));
      for (const p of [a!, b!]) expect(p[1]).toBeGreaterThanOrEqual(10);
    }
  });

  it('is the same for the same seed and differs for another', () => {
    const a = saltelliSample([[0, 1]], { samples: 8, seed: 3 });
    expect(saltelliSample([[0, 1]], { samples: 8, seed: 3 })).toEqual(a);
    expect(saltelliSample([[0, 1]], { samples: 8, seed: 4 }).points).not.toEqual(a.points);
  });

  it('refuses empty or inverted ranges and too few samples, naming itself', () => {
    expect(() => saltelliSample([], { samples: 8, seed: 1 })).toThrow('saltelliSample: give at least one input range');
    expect(() => saltelliSample([[1, 0]], { samples: 8, seed: 1 })).toThrow('saltelliSample: input 0 needs finite low < high');
    expect(() => saltelliSample([[0, 1]], { samples: 1, seed: 1 })).toThrow('samples must be a whole number ≥ 2');
  });
});

describe('sobolIndices of groups of inputs (as SALib\'s groups)', async () => {
  const model = ishigami(7, 0.1);
  // Groups {x1, x3} and {x2}: the group of x1 and x3 has, alone and in total, everything
  // but x2's share, 1 − 0.4424 = 0.5576 (x1 and x3 interact only with each other).
  const result = await sobolIndices(model.f, [PI, PI, PI], { samples: 8192, seed: 11, groups: [0, 1, 0] });

  it('gives one first-order and one total index per group, each within four standard errors of the analytic value', () => {
    expect(result.first).toHaveLength(2);
    const truth = [1 - model.total[1]!, model.total[1]!];
    truth.forEach((s, g) => {
      expect(Math.abs(result.first[g]! - s)).toBeLessThan(4 * result.firstError[g]!);
      expect(Math.abs(result.total[g]! - s)).toBeLessThan(4 * result.totalError[g]!);
    });
    expect(result.evaluations).toBe(8192 * 4);
  });

  it('with every input its own group, is the ungrouped design point for point', () => {
    const plain = saltelliSample([PI, PI], { samples: 8, seed: 3 });
    expect(saltelliSample([PI, PI], { samples: 8, seed: 3, groups: [0, 1] }).points).toEqual(plain.points);
  });

  it('refuses groups that skip a number or miss an input', () => {
    expect(() => saltelliSample([PI, PI], { samples: 8, seed: 3, groups: [0, 2] })).toThrow('groups must number every group from 0 to G − 1');
    expect(() => saltelliSample([PI, PI], { samples: 8, seed: 3, groups: [0] })).toThrow('groups needs one group per input (2), not 1');
  });
});

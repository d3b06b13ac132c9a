import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { binomialTail } from '../../src/discovery/binomial-tail.js';
import { prim } from '../../src/discovery/prim.js';
import { corner, inputsOf, syntheticRuns } from './synthetic-runs.js';

const TOLERANCE = 0.03; // on [0, 1] inputs, 2000 runs, α = 0.05

describe('prim', () => {
  it('recovers a known box within 0.03 and leaves the noise inputs unrestricted', () => {
    const rows = syntheticRuns(2000, 5, corner, { seed: 1 });
    const { boxes, cases, runs } = prim(rows, { inputs: inputsOf(5), outcome: 'y' });
    const box = boxes[0]!;
    const limit = (input: string) => box.limits.find((l) => l.input === input)!;
    expect(Math.abs(limit('x1').low - 0.7)).toBeLessThan(TOLERANCE);
    expect(Math.abs(limit('x2').high - 0.3)).toBeLessThan(TOLERANCE);
    expect(limit('x1').high).toBe(Math.max(...rows.map((r) => r.x1!)));
    expect(limit('x2').low).toBe(Math.min(...rows.map((r) => r.x2!)));
    expect(box.limits.filter((l) => l.restricted).map((l) => l.input)).toEqual(['x1', 'x2']);
    for (const noise of ['x3', 'x4', 'x5']) expect(limit(noise)).toMatchObject({ restricted: false, quasiP: null });
    expect(box.density).toBeGreaterThan(0.95);
    expect(box.coverage).toBeGreaterThan(0.95);
    expect(limit('x1').quasiP!).toBeLessThan(1e-20);
    expect(limit('x2').quasiP!).toBeLessThan(1e-20);
    expect(runs).toBe(2000);
    expect(cases).toBe(rows.filter((r) => r.y === 1).length);
  });

  it('still finds it within 0.05 when a tenth of the outcomes are flipped; a noise input it cuts on has a large quasi-p-value', () => {
    for (const seed of [2, 3, 4]) {
      const rows = syntheticRuns(4000, 5, corner, { seed, noise: 0.1 });
      const box = prim(rows, { inputs: inputsOf(5), outcome: 'y' }).boxes[0]!;
      const [x1, x2, ...noise] = box.limits;
      expect(Math.abs(x1!.low - 0.7)).toBeLessThan(0.05);
      expect(Math.abs(x2!.high - 0.3)).toBeLessThan(0.05);
      expect(x1!.quasiP!).toBeLessThan(1e-10);
      expect(x2!.quasiP!).toBeLessThan(1e-10);
      for (const limit of noise) expect(limit.quasiP ?? 1).toBeGreaterThan(0.01);
    }
  });

  it('peels from the whole space: coverage 1 at the start, mass falling, never below the minimum', () => {
    const rows = syntheticRuns(1000, 3, corner, { seed: 3 });
    const box = prim(rows, { inputs: inputsOf(3), outcome: 'y', minMass: 0.1 }).boxes[0]!;
    expect(box.trajectory[0]).toMatchObject({ coverage: 1, mass: 1, restricted: 0 });
    for (let s = 1; s <= box.peeled; s++) {
      expect(box.trajectory[s]!.mass).toBeLessThan(box.trajectory[s - 1]!.mass);
      expect(box.trajectory[s]!.mass).toBeGreaterThanOrEqual(0.1);
    }
  });

  it('finds a second box by covering, among the runs outside the first', () => {
    const twoBoxes = (x: readonly number[]) => corner(x) || (x[2]! < 0.25 && x[3]! > 0.75);
    const rows = syntheticRuns(4000, 5, twoBoxes, { seed: 4 });
    const { boxes } = prim(rows, { inputs: inputsOf(5), outcome: 'y', boxes: 2 });
    const restricted = boxes.map((b) => b.limits.filter((l) => l.restricted).map((l) => l.input).sort());
    expect(restricted).toContainEqual(['x1', 'x2']);
    expect(restricted).toContainEqual(['x3', 'x4']);
    for (const box of boxes) expect(box.density).toBeGreaterThan(0.9);
  });

  it('takes the step asked for, and refuses one off the trajectory', () => {
    const rows = syntheticRuns(500, 2, corner, { seed: 5 });
    const result = prim(rows, { inputs: inputsOf(2), outcome: 'y', steps: [0] });
    expect(result.boxes[0]).toMatchObject({ chosen: 0, coverage: 1, mass: 1 });
    expect(() => prim(rows, { inputs: inputsOf(2), outcome: 'y', steps: [999] })).toThrow(/not on the trajectory/);
  });

  it('reads a quantity against a threshold, and refuses bad options and missing columns', () => {
    const rows = syntheticRuns(500, 2, corner, { seed: 6 }).map((r) => ({ ...r, price: r.x1! * 100 }));
    const box = prim(rows, { inputs: ['x1', 'x2'], outcome: 'price', threshold: 80 }).boxes[0]!;
    expect(box.limits[0]!.low).toBeGreaterThan(0.75);
    expect(box.density).toBe(1);
    expect(() => prim(rows, { inputs: ['x1'], outcome: 'y', peelAlpha: 0 })).toThrow(/peelAlpha/);
    expect(() => prim(rows, { inputs: ['x9'], outcome: 'y' })).toThrow(/no input column 'x9'/);
    expect(() => prim(rows, { inputs: ['x1'], outcome: 'z' })).toThrow(/no column 'z'/);
  });

  test.prop([fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 }), fc.boolean()), { minLength: 2, maxLength: 120 })])(
    "every step's figures count the runs inside its limits",
    (cells) => {
      const rows = cells.map(([a, b, y]) => ({ a, b, y: y ? 1 : 0 }));
      const result = prim(rows, { inputs: ['a', 'b'], outcome: 'y', minMass: 0.2, boxes: 2 });
      const cases = rows.filter((r) => r.y === 1).length;
      for (const box of result.boxes.slice(0, 1)) {
        for (const step of box.trajectory) {
          const inside = rows.filter((r) => step.limits.every(([low, high], j) => (j === 0 ? r.a : r.b) >= low && (j === 0 ? r.a : r.b) <= high));
          expect(step.runs).toBe(inside.length);
          expect(step.cases).toBe(inside.filter((r) => r.y === 1).length);
          expect(step.mass).toBe(inside.length / rows.length);
          expect(step.coverage).toBe(cases === 0 ? 0 : step.cases / cases);
        }
      }
      for (const box of result.boxes) for (const l of box.limits) expect(l.quasiP === null || (l.quasiP >= 0 && l.quasiP <= 1)).toBe(true);
    },
  );
});

describe('binomialTail', () => {
  it('is P(X ≥ k) for a binomial X: exact small cases and the obvious ends', () => {
    expect(binomialTail(0, 10, 0.3)).toBe(1);
    expect(binomialTail(11, 10, 0.3)).toBe(0);
    expect(binomialTail(1, 2, 0.5)).toBeCloseTo(0.75, 14);
    expect(binomialTail(3, 5, 0.5)).toBeCloseTo(0.5, 14);
    expect(binomialTail(10, 10, 0.9)).toBeCloseTo(0.9 ** 10, 13);
    // scipy.stats.binom.sf(59, 100, 0.5) = 0.028443966820490392
    expect(binomialTail(60, 100, 0.5)).toBeCloseTo(0.028443966820490392, 12);
    expect(binomialTail(900, 1_000_000, 0.0005)).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { featureScores, ksDistance, ksPValue } from '../../src/discovery/feature-scores.js';
import { corner, inputsOf, syntheticRuns } from './synthetic-runs.js';

describe('featureScores', () => {
  it('ranks the inputs that make the box above the noise inputs, whose p-values are large', () => {
    const rows = syntheticRuns(3000, 5, corner, { seed: 21 });
    const scores = featureScores(rows, { inputs: inputsOf(5), outcome: 'y' });
    expect(scores.slice(0, 2).map((s) => s.input).sort()).toEqual(['x1', 'x2']);
    for (const s of scores.slice(0, 2)) expect(s.p).toBeLessThan(1e-10);
    for (const s of scores.slice(2)) expect(s.p).toBeGreaterThan(0.001);
    const x1 = scores.find((s) => s.input === 'x1')!;
    expect(x1.caseMedian).toBeGreaterThan(0.7);
    expect(x1.otherMedian).toBeLessThan(0.5);
  });

  it('scores an input 1 when it alone splits the runs, and ranks ties in input order', () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({ a: i % 2, b: i, c: i % 2, y: i >= 10 ? 1 : 0 }));
    const scores = featureScores(rows, { inputs: ['a', 'b', 'c'], outcome: 'y' });
    expect(scores[0]).toMatchObject({ input: 'b', score: 1 });
    expect(scores.slice(1).map((s) => s.input)).toEqual(['a', 'c']);
  });
});

describe('ksDistance and ksPValue', () => {
  it('are the two-sample Kolmogorov–Smirnov distance and its asymptotic tail', () => {
    expect(ksDistance(Float64Array.of(1, 2, 3), Float64Array.of(1, 2, 3))).toBe(0);
    expect(ksDistance(Float64Array.of(1, 2), Float64Array.of(3, 4))).toBe(1);
    expect(ksDistance(Float64Array.of(1, 2, 3, 4), Float64Array.of(3, 4, 5, 6))).toBe(0.5);
    expect(ksPValue(0, 50, 50)).toBe(1);
    // Q_KS(1.36) ≈ 0.05: the textbook 5% critical value, λ = 1.36.
    const ne = Math.sqrt(2500 / 100);
    expect(ksPValue(1.36 / (ne + 0.12 + 0.11 / ne), 50, 50)).toBeCloseTo(0.0494, 3);
  });
});

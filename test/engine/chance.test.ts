import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { chanceProbabilities, drawIndex, logitProbabilities } from '../../src/engine/chance.js';
import { RunError } from '../../src/engine/run-error.js';
import type { Action, Formula } from '../../src/engine/scenario.js';

const utilities = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 12 });
const formula = (value: number): Formula => ({ evaluate: () => value, source: String(value), origin: 'test' });
const noEffect = { slots: new Int32Array(0), formulas: [] };
const action = (...probabilities: (number | 'rest')[]): Action => ({
  id: 'act',
  label: 'act',
  citation: { article: 'a', quote: 'q' },
  precondition: undefined,
  effect: noEffect,
  respondent: undefined,
  outcomes: probabilities.map((p, i) => ({ id: `o${i}`, label: `o${i}`, probability: p === 'rest' ? 'rest' : formula(p), effect: noEffect })),
});

describe('logitProbabilities', () => {
  property.prop([utilities, fc.double({ min: 0, max: 1000, noNaN: true })])('form a distribution for any utilities and rationality', (us, lambda) => {
    const out = new Float64Array(us.length);
    logitProbabilities(Float64Array.from(us), us.length, lambda, out);
    out.forEach((p) => expect(p).toBeGreaterThanOrEqual(0));
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  property.prop([utilities, fc.double({ min: 0.01, max: 100, noNaN: true })])('give a better option at least the probability of a worse one', (us, lambda) => {
    const out = new Float64Array(us.length);
    logitProbabilities(Float64Array.from(us), us.length, lambda, out);
    for (let i = 0; i < us.length; i++) {
      for (let j = 0; j < us.length; j++) if (us[i]! > us[j]!) expect(out[i]!).toBeGreaterThanOrEqual(out[j]!);
    }
  });

  it('is uniform when rationality is 0', () => {
    const out = new Float64Array(4);
    logitProbabilities(Float64Array.from([1, 5, -3, 2]), 4, 0, out);
    expect([...out]).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('follows exp(λ·ΔEU) between two options', () => {
    const out = new Float64Array(2);
    logitProbabilities(Float64Array.from([1, 0]), 2, 2, out);
    expect(out[0]! / out[1]!).toBeCloseTo(Math.exp(2), 10);
  });
});

describe('drawIndex', () => {
  property.prop([fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })])(
    'never picks an option with probability 0',
    (weights, u) => {
      const total = weights.reduce((a, b) => a + b, 0);
      fc.pre(total > 0);
      const ps = Float64Array.from(weights, (w) => w / total);
      expect(ps[drawIndex(ps, ps.length, u)]!).toBeGreaterThan(0);
    },
  );

  it('splits [0, 1) by cumulative probability', () => {
    const ps = Float64Array.from([0.2, 0.5, 0.3]);
    expect(drawIndex(ps, 3, 0)).toBe(0);
    expect(drawIndex(ps, 3, 0.19)).toBe(0);
    expect(drawIndex(ps, 3, 0.2)).toBe(1);
    expect(drawIndex(ps, 3, 0.69)).toBe(1);
    expect(drawIndex(ps, 3, 0.7)).toBe(2);
    expect(drawIndex(ps, 3, 0.9999999)).toBe(2);
  });
});

describe('chanceProbabilities', () => {
  const at = (a: Action): number[] => {
    const out = new Float64Array(a.outcomes.length);
    chanceProbabilities(a, new Float64Array(0), out);
    return [...out];
  };

  it('gives `rest` what the other outcomes leave', () => {
    expect(at(action(0.25, 'rest', 0.25))).toEqual([0.25, 0.5, 0.25]);
  });

  it('clamps declared probabilities into [0, 1]', () => {
    expect(at(action(-0.5, 'rest'))).toEqual([0, 1]);
  });

  it('refuses probabilities that cannot sum to 1, naming where they were written', () => {
    expect(() => at(action(0.5, 0.2))).toThrow(RunError);
    expect(() => at(action(0.5, 0.2))).toThrow(/test: the chance outcomes of 'act' have probabilities summing to 0.7/);
    expect(() => at(action(0.8, 0.7, 'rest'))).toThrow(/must sum to at most 1/);
  });
});

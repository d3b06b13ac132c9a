import { describe, expect, it } from 'vitest';
import { applyEffect } from '../../src/engine/effect.js';
import { RunError } from '../../src/engine/run-error.js';
import type { Bounds, Effect } from '../../src/engine/scenario.js';

const bounds: Bounds = { min: Float64Array.from([0, 0]), max: Float64Array.from([10, 44]), integer: Uint8Array.from([0, 1]) };
const effect = (...changes: [number, (s: Float64Array) => number][]): Effect => ({
  slots: Int32Array.from(changes.map(([slot]) => slot)),
  formulas: changes.map(([, evaluate]) => ({ evaluate, source: 'f', origin: 'here.yaml:3:5' })),
});

describe('applyEffect', () => {
  it('computes every change from the state before any of them', () => {
    const swap = effect([0, (s) => s[1]!], [1, (s) => s[0]!]);
    const out = new Float64Array(2);
    applyEffect(bounds, swap, Float64Array.from([3, 7]), out);
    expect([...out]).toEqual([7, 3]);
  });

  it('keeps values within their range and rounds integer quantities', () => {
    const out = new Float64Array(2);
    applyEffect(bounds, effect([0, () => 99], [1, () => 3.6]), Float64Array.from([1, 1]), out);
    expect([...out]).toEqual([10, 4]);
    applyEffect(bounds, effect([0, () => -5]), out, out);
    expect(out[0]).toBe(0);
  });

  it('leaves the input state untouched when writing elsewhere', () => {
    const input = Float64Array.from([1, 2]);
    applyEffect(bounds, effect([0, () => 5]), input, new Float64Array(2));
    expect([...input]).toEqual([1, 2]);
  });

  it('fails with the expression and its location when a value is not finite', () => {
    const bad = effect([0, (s) => s[0]! / 0]);
    expect(() => applyEffect(bounds, bad, Float64Array.from([0, 0]), new Float64Array(2))).toThrow(RunError);
    expect(() => applyEffect(bounds, bad, Float64Array.from([0, 0]), new Float64Array(2))).toThrow(
      "here.yaml:3:5: 'f' evaluated to NaN",
    );
  });
});

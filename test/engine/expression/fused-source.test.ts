import { describe, expect, it } from 'vitest';
import { compileExpression, type ExpressionScope } from '../../../src/engine/expression/compile-expression.js';
import { FusedSource } from '../../../src/engine/expression/fused-source.js';

const names = ['x', 'y'];
const scope: ExpressionScope = { slotOf: (name) => (names.includes(name) ? names.indexOf(name) : undefined), names };

describe('FusedSource', () => {
  it('renames each fragment’s helpers and temporaries apart, so several fragments compute what each does alone', () => {
    // Both use helper f0 and (through clamp/pow) their own temporaries.
    const a = compileExpression('max(x, y) + clamp(x, 0, 1)', scope);
    const b = compileExpression('min(x, y) * sqrt(abs(x))', scope);
    const source = new FusedSource();
    const textA = source.fragment(a.code);
    const textB = source.fragment(b.code);
    expect(a.code.text).toMatch(/\bf0\b/);
    expect(b.code.text).toMatch(/\bf0\b/);
    expect(textB).not.toMatch(/\bf0\b/);
    const both = source.build<(s: Float64Array, out: Float64Array) => void>('s, out', `out[0] = ${textA}; out[1] = ${textB};`, {});
    for (const state of [Float64Array.of(0.25, -3), Float64Array.of(-2, 7), Float64Array.of(4, 4)]) {
      const out = new Float64Array(2);
      both(state, out);
      expect([...out]).toEqual([a.evaluate(state), b.evaluate(state)]);
    }
  });

  it('passes the named slow paths to the body', () => {
    const source = new FusedSource();
    const seen: number[] = [];
    const f = source.build<(s: Float64Array) => number>('s', `report(s[0]); return ${source.fragment(compileExpression('x * 2', scope).code)};`, { report: (v: number) => seen.push(v) });
    expect(f(Float64Array.of(3, 0))).toBe(6);
    expect(seen).toEqual([3]);
  });
});

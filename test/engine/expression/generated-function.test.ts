import { describe, expect, it } from 'vitest';
import { compileExpression, type ExpressionScope } from '../../../src/engine/expression/compile-expression.js';
import { generatedFunction, MAX_GENERATED_FUNCTIONS } from '../../../src/engine/expression/generated-function.js';

const APPLY = '"use strict"; const f0 = h[0]; return function apply(x) { return f0(x); };';

describe('a generated function', () => {
  it('is made once per source and parameter list', () => {
    expect(generatedFunction(['h'], APPLY)).toBe(generatedFunction(['h'], APPLY));
    expect(generatedFunction(['g', 'h'], APPLY)).not.toBe(generatedFunction(['h'], APPLY));
  });

  it('binds only the values each call gives it: one compile reaches nothing of another', () => {
    const make = generatedFunction<(x: number) => number>(['h'], APPLY);
    const root = make([Math.sqrt]);
    const size = make([Math.abs]);
    expect([root(16), size(-16), root(81)]).toEqual([4, 16, 9]);
  });

  it('gives an expression compiled again the same values as the first compile', () => {
    const scope: ExpressionScope = { slotOf: (name) => new Map([['a', 0], ['b', 1]]).get(name), names: ['a', 'b'] };
    const text = 'max(a, b) ^ 2 - sqrt(abs(a)) / (b + 1)';
    const [first, again] = [compileExpression(text, scope), compileExpression(text, scope)];
    for (const state of [Float64Array.of(3, -0.5), Float64Array.of(-9, 4), Float64Array.of(0, 0)]) expect(again.evaluate(state)).toBe(first.evaluate(state));
  });

  it(`keeps at most ${MAX_GENERATED_FUNCTIONS} functions, making the rest afresh`, () => {
    const first = generatedFunction(['h'], `${APPLY} // 0`);
    for (let i = 1; i <= MAX_GENERATED_FUNCTIONS; i++) generatedFunction(['h'], `${APPLY} // ${i}`);
    const remade = generatedFunction<(x: number) => number>(['h'], `${APPLY} // 0`);
    expect(remade).not.toBe(first);
    expect(remade([Math.sqrt])(25)).toBe(5);
  });
});

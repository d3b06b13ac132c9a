import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { compileExpression, type ExpressionScope } from '../../../src/engine/expression/compile-expression.js';
import { literal } from '../../../src/engine/expression/generated-code.js';

// Names a file might choose to reach JavaScript itself if they were ever copied into code.
const HOSTILE = ['constructor', '__proto__', 'process', 'globalThis', 'eval', 'Function', 'require', 'this_', 'h', 's', 'f0', 't0'];
const scope: ExpressionScope = { slotOf: (name) => (HOSTILE.includes(name) ? HOSTILE.indexOf(name) : undefined), names: HOSTILE };
const state = Float64Array.from(HOSTILE, (_, i) => i + 0.5);

/** Every token generated code may contain: our punctuation, numbers, s[slot], f<n>, t<n>, and fixed keywords. */
const TOKEN = /\s+|"use strict"|;|,|\(|\)|\[|\]|\{|\}|===|[-+*/?:=<>!&|]+|\d+(\.\d+)?(e[-+]?\d+)?|\.\d+|\b(?:const|let|return|function|expression|store|out|at|h|s|f\d+|t\d+)\b/y;

function tokensOutsideAlphabet(code: string): string[] {
  const stray: string[] = [];
  let i = 0;
  while (i < code.length) {
    TOKEN.lastIndex = i;
    const match = TOKEN.exec(code);
    if (match === null || match[0].length === 0) {
      stray.push(code.slice(i, i + 20));
      i++;
    } else {
      i += match[0].length;
    }
  }
  return stray;
}

/** The compiled expression, or undefined for one refused at load as never a usable number (`0 ^ -5e-324`). */
function compiled(source: string) {
  try {
    return compileExpression(source, scope);
  } catch (error) {
    expect((error as Error).message).toMatch(/is always/);
    return undefined;
  }
}

const leaf = fc.oneof(fc.constantFrom(...HOSTILE), fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => `(${x})`));
const { tree } = fc.letrec<{ tree: string }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.tuple(tie('tree'), fc.constantFrom('+', '-', '*', '/', '^', 'mod', '<', '==', 'and', 'or', 'xor'), tie('tree')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(tie('tree'), tie('tree'), tie('tree')).map(([a, b, c]) => `(${a} < ${b} <= ${c})`),
    fc.tuple(fc.constantFrom('abs', 'round', 'floor', 'not '), tie('tree')).map(([f, a]) => `${f}(${a})`),
    fc.tuple(fc.constantFrom('min', 'max'), fc.array(tie('tree'), { minLength: 1, maxLength: 4 })).map(([f, xs]) => `${f}(${xs.join(', ')})`),
    fc.tuple(tie('tree'), tie('tree'), tie('tree')).map(([a, b, c]) => `clamp(${a}, ${b}, ${c})`),
    fc.tuple(tie('tree'), tie('tree'), tie('tree')).map(([c, a, b]) => `(${c} ? ${a} : ${b})`),
  ),
}));

describe('generated expression code', () => {
  property.prop([tree.filter((t) => t.length <= 500)], { numRuns: 300 })(
    'holds only our own punctuation, numbers, slots, helper and temporary names — never text from the file',
    (source) => {
      const generated = compiled(source)?.generated ?? '';
      expect(tokensOutsideAlphabet(generated)).toEqual([]);
      for (const name of HOSTILE.filter((n) => n.length > 2)) expect(generated).not.toContain(name);
    },
  );

  property.prop([tree.filter((t) => t.length <= 500)], { numRuns: 300 })('stores exactly the value it returns', (source) => {
    const expression = compiled(source);
    if (expression === undefined) return;
    const out = new Float64Array(3);
    expression.store(state, out, 1);
    const value = expression.evaluate(state);
    expect(Object.is(out[1], value) || (Number.isNaN(out[1]) && Number.isNaN(value))).toBe(true);
  });

  it('reads a quantity named like a JavaScript global from its slot, and nothing else', () => {
    const compiled = compileExpression('constructor + __proto__ * process - eval', scope);
    expect(compiled.evaluate(state)).toBe(0.5 + 1.5 * 2.5 - 4.5);
    expect([...compiled.reads]).toEqual([0, 1, 2, 4]);
  });

  it('lists the slots an expression reads, so the planner knows what a term depends on', () => {
    expect([...compileExpression('min(s, h) + abs(f0)', scope).reads]).toEqual([8, 9, 10]);
    expect([...compileExpression('2 * 3', scope).reads]).toEqual([]);
  });

  property.prop([fc.double()])('writes numbers that read back as exactly the same double', (x) => {
    const back = new Function(`return ${literal(x)};`)() as number;
    expect(Object.is(back, x) || (Number.isNaN(back) && Number.isNaN(x))).toBe(true);
  });
});

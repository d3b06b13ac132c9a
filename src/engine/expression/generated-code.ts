import type { Evaluator, Store } from './whitelist.js';

/**
 * Expressions become JavaScript source, one function per expression, built once at load.
 * A call then runs straight-line code that V8 compiles and inlines as a whole, where a
 * tree of closures would cost a call per node.
 *
 * Why this is safe with untrusted files: only three kinds of text reach the generated
 * source, and none of them comes from the file as written:
 * - punctuation and operators this module writes itself (`(`, `+`, `?`, `===` …);
 * - numbers, as `literal` prints them: digits, `.`, `e`, `+`, `-` (and `0 / 0`, `1 / 0`
 *   for a folded NaN or infinity);
 * - names this module makes from counters: `s[12]` for a quantity's slot (a whole
 *   number the scenario's scope gave), `f3` for the fourth whitelisted helper, `t5` for
 *   a temporary.
 * A quantity's name, a function's name and every other string in the file are looked
 * up in the whitelist before any code is written and never copied into it.
 */

/** A compiled node: its source, and its value when it is constant (for folding). */
export interface Code {
  readonly text: string;
  readonly constantValue: number | undefined;
}

/**
 * A number as source text that reads back as exactly the same double. A folded part of an
 * expression may be NaN or infinite (`x + 0/0`); those are written as divisions.
 */
export function literal(value: number): string {
  if (Number.isNaN(value)) return '(0 / 0)';
  if (value === Infinity) return '(1 / 0)';
  if (value === -Infinity) return '(-1 / 0)';
  // String() prints the shortest text that reads back exactly, except that -0 prints as 0.
  if (Object.is(value, -0)) return '(-0)';
  return value < 0 ? `(${String(value)})` : String(value);
}

export const folded = (value: number): Code => ({ text: literal(value), constantValue: value });
export const live = (text: string): Code => ({ text, constantValue: undefined });

/**
 * Collects the helpers (whitelisted functions) and temporaries one expression uses, and
 * turns its code into a function.
 */
export class CodeBuilder {
  private readonly helpers: Function[] = [];
  private temporaries = 0;
  private readonly slots = new Set<number>();

  /** Code reading a quantity's slot; the slot is remembered in `reads`. */
  slot(slot: number): Code {
    if (!Number.isSafeInteger(slot) || slot < 0) throw new RangeError(`slot ${slot} is not a whole number`);
    this.slots.add(slot);
    return live(`s[${slot}]`);
  }

  /** The slots the code reads, ascending (a branch folded away may still be counted). */
  reads(): Int32Array {
    return Int32Array.from([...this.slots].sort((a, b) => a - b));
  }

  /** The name under which generated code calls `helper`. */
  helper(helper: Function): string {
    let index = this.helpers.indexOf(helper);
    if (index < 0) index = this.helpers.push(helper) - 1;
    return `f${index}`;
  }

  temporary(): string {
    return `t${this.temporaries++}`;
  }

  /**
   * The expression as two functions: one returns its value, the other stores it at
   * `out[at]`. The second exists for the hot loop: a double returned from a call V8 does
   * not inline is boxed on the heap, one allocation per evaluation; a double stored into
   * a Float64Array is not.
   */
  build(code: Code): { evaluate: Evaluator; store: Store; generated: string; code: FormulaCode } {
    const bindings = this.helpers.map((_, i) => `const f${i} = h[${i}];`).join(' ');
    const temps = Array.from({ length: this.temporaries }, (_, i) => `t${i}`);
    const declare = temps.length > 0 ? `let ${temps.join(', ')}; ` : '';
    const source =
      `"use strict"; ${bindings} return [` +
      `function expression(s) { ${declare}return ${code.text}; }, ` +
      `function store(s, out, at) { ${declare}out[at] = ${code.text}; }];`;
    const [evaluate, store] = new Function('h', source)(this.helpers) as [Evaluator, Store];
    return { evaluate, store, generated: source, code: { text: code.text, helpers: [...this.helpers], temporaries: this.temporaries } };
  }
}

/**
 * An expression's code as a fragment another generated function can hold: `text` reads the
 * state as `s[slot]`, calls `helpers[i]` as `f<i>` and uses temporaries `t0`…`t<n-1>`, and
 * contains no other name (see the safety note above), so a function holding several
 * fragments can rename each one's `f` and `t` apart (src/engine/move-code.ts).
 */
export interface FormulaCode {
  readonly text: string;
  readonly helpers: readonly Function[];
  readonly temporaries: number;
}

export const ARITHMETIC_SIGNS: Readonly<Record<string, string>> = {
  add: '+',
  subtract: '-',
  multiply: '*',
  divide: '/',
};

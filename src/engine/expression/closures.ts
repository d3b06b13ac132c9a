import { BINARY_OPERATORS, type Evaluator } from './whitelist.js';

/**
 * Closures for compiled expression nodes, folded to constants where they can be. They
 * are built once at load; in the hot loop each is a plain function call over the state.
 */

/** A compiled node: its closure, and its value when it is constant (for folding). */
export interface Compiled {
  readonly fn: Evaluator;
  readonly constantValue: number | undefined;
  /** For a bare quantity: its slot, so arithmetic can read it directly instead of calling `fn`. */
  readonly slot?: number;
}

export const folded = (value: number): Compiled => ({ fn: () => value, constantValue: value });
export const live = (fn: Evaluator): Compiled => ({ fn, constantValue: undefined });

export const ARITHMETIC: ReadonlySet<string> = new Set(['add', 'subtract', 'multiply', 'divide']);

/**
 * The four arithmetic operators written out as closures, without a call through an
 * operator table: they are most of every term, and this halves their cost.
 */
export function arithmetic(name: string, a: Compiled, b: Compiled): Compiled {
  const op = BINARY_OPERATORS[name]!;
  if (a.constantValue !== undefined && b.constantValue !== undefined) return folded(op(a.constantValue, b.constantValue));
  const fa = a.fn;
  const fb = b.fn;
  const cb = b.constantValue;
  const ca = a.constantValue;
  const i = a.slot;
  const j = b.slot;
  // Reading a quantity in place saves a call per operand: most terms are `q / c` or `(q - c) / c`.
  switch (name) {
    case 'add':
      if (i !== undefined && cb !== undefined) return live((s) => s[i]! + cb);
      if (i !== undefined && j !== undefined) return live((s) => s[i]! + s[j]!);
      return live(cb !== undefined ? (s) => fa(s) + cb : ca !== undefined ? (s) => ca + fb(s) : (s) => fa(s) + fb(s));
    case 'subtract':
      if (i !== undefined && cb !== undefined) return live((s) => s[i]! - cb);
      if (ca !== undefined && j !== undefined) return live((s) => ca - s[j]!);
      if (i !== undefined && j !== undefined) return live((s) => s[i]! - s[j]!);
      return live(cb !== undefined ? (s) => fa(s) - cb : ca !== undefined ? (s) => ca - fb(s) : (s) => fa(s) - fb(s));
    case 'multiply':
      if (i !== undefined && cb !== undefined) return live((s) => s[i]! * cb);
      if (ca !== undefined && j !== undefined) return live((s) => ca * s[j]!);
      if (i !== undefined && j !== undefined) return live((s) => s[i]! * s[j]!);
      return live(cb !== undefined ? (s) => fa(s) * cb : ca !== undefined ? (s) => ca * fb(s) : (s) => fa(s) * fb(s));
    default:
      if (i !== undefined && cb !== undefined) return live((s) => s[i]! / cb);
      return live(cb !== undefined ? (s) => fa(s) / cb : ca !== undefined ? (s) => ca / fb(s) : (s) => fa(s) / fb(s));
  }
}

export function binary(op: (a: number, b: number) => number, a: Compiled, b: Compiled): Compiled {
  if (a.constantValue !== undefined && b.constantValue !== undefined) {
    return folded(op(a.constantValue, b.constantValue));
  }
  const fa = a.fn;
  const fb = b.fn;
  if (b.constantValue !== undefined) {
    const vb = b.constantValue;
    return live((s) => op(fa(s), vb));
  }
  if (a.constantValue !== undefined) {
    const va = a.constantValue;
    return live((s) => op(va, fb(s)));
  }
  return live((s) => op(fa(s), fb(s)));
}

export function logical(name: string, a: Compiled, b: Compiled): Compiled {
  const fa = a.fn;
  const fb = b.fn;
  if (name === 'and') {
    if (a.constantValue !== undefined && b.constantValue !== undefined) {
      return folded(a.constantValue && b.constantValue ? 1 : 0);
    }
    return live((s) => (fa(s) && fb(s) ? 1 : 0));
  }
  if (a.constantValue !== undefined && b.constantValue !== undefined) {
    return folded(a.constantValue || b.constantValue ? 1 : 0);
  }
  return live((s) => (fa(s) || fb(s) ? 1 : 0));
}

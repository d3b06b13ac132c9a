import type { FormulaCode } from './generated-code.js';

/**
 * The source of one generated function holding several expressions' code (a fused move):
 * each fragment's helpers and temporaries renamed apart from the others'. Safe for the
 * reason generated-code.ts gives: a fragment's only names are `s`, `f<i>` and `t<i>`, all
 * written by this engine, and the caller writes the rest of the source from numbers.
 */
export class FusedSource {
  private readonly helpers: Function[] = [];
  private readonly temporaries: string[] = [];

  /** The fragment's text, with its `f<i>` and `t<i>` renamed to this function's own. */
  fragment(code: FormulaCode): string {
    const helpersBefore = this.helpers.length;
    const temporariesBefore = this.temporaries.length;
    this.helpers.push(...code.helpers);
    for (let i = 0; i < code.temporaries; i++) this.temporaries.push(`t${temporariesBefore + i}`);
    return code.text.replace(/\b([ft])(\d+)\b/g, (_, kind: string, i: string) =>
      kind === 'f' ? `f${helpersBefore + Number(i)}` : `t${temporariesBefore + Number(i)}`,
    );
  }

  /**
   * The function `(params) => { body }`, with the fragments' helpers bound and temporaries
   * declared; `extra` are further values the body calls by name (the slow paths).
   */
  build<F>(params: string, body: string, extra: Readonly<Record<string, Function>>): F {
    const names = Object.keys(extra);
    const bindings = this.helpers.map((_, i) => `const f${i} = h[${i}];`).join(' ');
    const declare = this.temporaries.length > 0 ? `let ${this.temporaries.join(', ')}; ` : '';
    const source = `"use strict"; ${bindings} return function fused(${params}) { ${declare}${body} };`;
    return new Function('h', ...names, source)(this.helpers, ...names.map((n) => extra[n])) as F;
  }
}

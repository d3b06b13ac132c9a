import { evaluateInto, finite, type Undo } from './effect.js';
import { FusedSource } from './expression/fused-source.js';
import { literal } from './expression/generated-code.js';
import type { Bounds, Effect, Formula } from './scenario.js';

/**
 * One step of the planner's search as a single generated function: apply an action's effect
 * and then its chance outcome's, noting old values in `undo` from position 0, and write the
 * stale terms after the move into `into`, each at its position in the window (the others
 * are left as they are: the caller has them from before the move, where it needs them).
 * Returns how many old values it noted.
 *
 * It does what `applyEffectUndoably` twice and evaluating the stale terms do, to the last bit:
 * the same code text with the same helpers, in the same order, each value clamped and
 * rounded as `bounded` does. A value the separate path would refuse (an effect that is not
 * finite, a term beyond its limit) sends that formula down the separate path, which throws
 * its usual error or, for a NaN term, stores it for the search to report. Fused, a step
 * makes one call instead of one per formula — the planner's inner loop spent a fifth of its
 * time in those calls.
 */
export type Move = (state: Float64Array, undo: Undo, into: Float64Array) => number;

/**
 * The fused step, or undefined when some formula's code is unknown. Safe with untrusted
 * files (see FusedSource): the rest of the source is written here from numbers (slots,
 * bounds, positions).
 */
export function moveCode(bounds: Bounds, effects: readonly Effect[], terms: readonly Formula[], stale: Int32Array): Move | undefined {
  const formulas = [...effects.flatMap((e) => e.formulas), ...Array.from(stale, (k) => terms[k]!)];
  if (formulas.some((f) => f.code === undefined)) return undefined;
  const source = new FusedSource();
  const lines: string[] = [];
  let written = 0;
  effects.forEach((effect, e) => {
    // Every value first, from the state before the effect; then the writes.
    effect.formulas.forEach((formula, i) => {
      lines.push(`const e${e}_${i} = ${source.fragment(formula.code!)};`, `if (e${e}_${i} - e${e}_${i} !== 0) effectFails(${e}, ${i}, s);`);
    });
    effect.slots.forEach((slot, i) => {
      const value = bounds.integer[slot] === 1 ? `Math.round(e${e}_${i})` : `e${e}_${i}`;
      const lo = literal(bounds.min[slot]!);
      const hi = literal(bounds.max[slot]!);
      lines.push(
        `us[${written}] = ${slot}; uv[${written}] = s[${slot}];`,
        `{ const v = ${value}; s[${slot}] = v < ${lo} ? ${lo} : v > ${hi} ? ${hi} : v; }`,
      );
      written++;
    });
  });
  for (const k of stale) {
    const term = terms[k]!;
    const check = term.limit === undefined ? 'true' : `v >= ${literal(-term.limit)} && v <= ${literal(term.limit)}`;
    lines.push(`{ const v = ${source.fragment(term.code!)}; if (${check}) into[${k}] = v; else termFails(${k}, s, into); }`);
  }
  // The separate path, for a value it would refuse: it throws the error it always throws.
  const effectFails = (e: number, i: number, state: Float64Array): void => void finite(effects[e]!.formulas[i]!, state);
  const termFails = (k: number, state: Float64Array, into: Float64Array): void => evaluateInto(terms[k]!, state, into, k);
  return source.build<Move>('s, undo, into', `const us = undo.slots, uv = undo.values; ${lines.join(' ')} return ${written};`, { effectFails, termFails });
}

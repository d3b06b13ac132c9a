import { RunError } from './run-error.js';
import type { Bounds, Effect, Formula } from './scenario.js';

// Effects compute every new value from the old state before writing any of them, so
// the order in which a file lists them never matters. One scratch buffer serves all
// effects: formulas cannot call back into the engine, so it is never used re-entrantly.
let scratch = new Float64Array(32);

/**
 * Writes `from` with `effect` applied into `into` (which may be `from` itself), each
 * changed quantity clamped to its range and rounded if it is an integer.
 */
export function applyEffect(bounds: Bounds, effect: Effect, from: Float64Array, into: Float64Array): void {
  const { slots, formulas } = effect;
  const n = slots.length;
  if (scratch.length < n) scratch = new Float64Array(n * 2);
  for (let i = 0; i < n; i++) finiteInto(formulas[i]!, from, scratch, i);
  if (into !== from) into.set(from);
  for (let i = 0; i < n; i++) {
    const slot = slots[i]!;
    into[slot] = bounded(bounds, slot, scratch[i]!);
  }
}

/**
 * Applies `effect` to `state` in place, as `applyEffect(bounds, effect, state, state)` would,
 * first noting each slot's old value in `undo` from position `at`; returns the next free
 * position. `restore` puts the state back.
 */
export function applyEffectUndoably(bounds: Bounds, effect: Effect, state: Float64Array, undo: Undo, at: number): number {
  const { slots, formulas } = effect;
  const n = slots.length;
  if (scratch.length < n) scratch = new Float64Array(n * 2);
  for (let i = 0; i < n; i++) finiteInto(formulas[i]!, state, scratch, i);
  let k = at;
  for (let i = 0; i < n; i++) {
    const slot = slots[i]!;
    undo.slots[k] = slot;
    undo.values[k++] = state[slot]!;
    state[slot] = bounded(bounds, slot, scratch[i]!);
  }
  return k;
}

/** Old values noted by `applyEffectUndoably`: slot and value, in the order they were written. */
export interface Undo {
  readonly slots: Int32Array;
  readonly values: Float64Array;
}

/** Undoes the writes noted in `undo` from `from` up to `to`, latest first. */
export function restore(state: Float64Array, undo: Undo, from: number, to: number): void {
  for (let k = to - 1; k >= from; k--) state[undo.slots[k]!] = undo.values[k]!;
}

/** A value kept within its quantity's range (and rounded, for integer quantities). */
export function bounded(bounds: Bounds, slot: number, value: number): number {
  const v = bounds.integer[slot] === 1 ? Math.round(value) : value;
  const lo = bounds.min[slot]!;
  const hi = bounds.max[slot]!;
  return v < lo ? lo : v > hi ? hi : v;
}

/** Evaluates a formula, failing loudly when it leaves the real numbers. */
export function finite(formula: Formula, state: Float64Array): number {
  const value = formula.evaluate(state);
  if (Number.isFinite(value)) return value;
  throw notFinite(formula, value);
}

/** Evaluates a formula into `out[at]`, failing loudly when it leaves the real numbers. */
export function finiteInto(formula: Formula, state: Float64Array, out: Float64Array, at: number): void {
  evaluateInto(formula, state, out, at);
  const value = out[at]!;
  if (!Number.isFinite(value)) throw notFinite(formula, value);
}

/** Evaluates a formula into `out[at]`, through its `store` when it has one. */
export function evaluateInto(formula: Formula, state: Float64Array, out: Float64Array, at: number): void {
  const store = formula.store;
  if (store === undefined) out[at] = formula.evaluate(state);
  else store(state, out, at);
}

/** The error for a formula that evaluated to `value`, NaN or infinite. */
export function notFinite(formula: Formula, value: number): RunError {
  return new RunError(`'${formula.source}' evaluated to ${value}`, formula.origin);
}

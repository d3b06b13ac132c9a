import type { RandomState } from './random.js';

/**
 * Everything a run needs to continue: the turn reached, the quantities, the generator's
 * state and the outcomes seen so far. Plain data, never mutated: each turn makes a new one,
 * so any point of a run can be kept, compared or resumed.
 */
export interface RunState {
  readonly seed: number;
  /** Turns played so far; 0 right after the trigger. */
  readonly turn: number;
  readonly values: Float64Array;
  readonly random: RandomState;
  /** Per named outcome, 1 once an `ever` outcome has held. */
  readonly reached: Uint8Array;
}

/**
 * The ranges of the numbers a scenario sets: weights, rationality, lookahead, horizon.
 * Written once here and read by the file schema, by the compiler (which also checks specs
 * built in code, where no schema ran) and by `--set` overrides, so a value one path
 * accepts, every path accepts, and all three say so in the same words.
 */
export interface SettingRange {
  readonly min: number;
  readonly max: number;
  /** Only whole numbers. */
  readonly integer: boolean;
}

/** An interest's weight. Terms are written so that more is worse, never with a negative weight. */
export const WEIGHT_RANGE: SettingRange = { min: 0, max: 100, integer: false };
/** The logit λ, of the scenario or of one actor. */
export const RATIONALITY_RANGE: SettingRange = { min: 0, max: 1000, integer: false };
/** How many replies a decision anticipates. */
export const LOOKAHEAD_RANGE: SettingRange = { min: 0, max: 3, integer: true };
/** Turns in a run. */
export const HORIZON_RANGE: SettingRange = { min: 1, max: 500, integer: true };

export function withinRange(range: SettingRange, value: number): boolean {
  return Number.isFinite(value) && value >= range.min && value <= range.max && (!range.integer || Number.isInteger(value));
}

/** "a whole number from 1 to 500", "a number from 0 to 100". */
export function describeRange(range: SettingRange): string {
  return `${range.integer ? 'a whole number' : 'a number'} from ${range.min} to ${range.max}`;
}

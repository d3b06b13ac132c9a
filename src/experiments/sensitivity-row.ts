/** How an analysis varies its inputs: one at a time, Morris's elementary effects, or Sobol's indices. */
export type SensitivityMethod = (typeof SENSITIVITY_METHODS)[number];

/** The methods, in the order the help and messages list them. */
export const SENSITIVITY_METHODS = ['oat', 'morris', 'sobol'] as const;

/** One input's sensitivity; which fields are present depends on the method. Each index has its Monte Carlo error beside it. */
export interface SensitivityRow {
  /** The input's path, or a group's name. */
  readonly input: string;
  /** The input's range; a group of several inputs has 0 and 1: each member over its own range. */
  readonly low: number;
  readonly high: number;
  /** A group's inputs (`--group`); absent for an input on its own. */
  readonly members?: readonly string[];
  /** oat: the share with this input at its low and high, the others as in the scenario. */
  readonly shareLow?: number;
  readonly shareHigh?: number;
  /** oat, for a quantity's mean: the mean with this input at its low and high. */
  readonly meanLow?: number;
  readonly meanHigh?: number;
  /** oat: shareHigh − shareLow (meanHigh − meanLow), and its standard error (as if the two were independent: an upper bound, since common random numbers correlate them). */
  readonly swing?: number;
  readonly swingError?: number;
  /** morris: μ* with its bootstrap error, μ and σ, in share per whole range of the input. */
  readonly muStar?: number;
  readonly muStarError?: number;
  readonly mu?: number;
  readonly sigma?: number;
  /** sobol: first-order and total indices, bootstrap errors and 95% intervals. */
  readonly first?: number;
  readonly firstError?: number;
  readonly firstLow?: number;
  readonly firstHigh?: number;
  readonly total?: number;
  readonly totalError?: number;
  readonly totalLow?: number;
  readonly totalHigh?: number;
}

/** One run of an exploration as read back: column name → number (null for an empty cell). */
export type DiscoveryRow = Readonly<Record<string, number | null>>;

/**
 * Runs as scenario discovery reads them: each input as a column of numbers, and whether
 * the outcome of interest held in each run (y = 1). Columns, not rows, since every
 * method walks one input at a time over the runs in a box.
 */
export interface DiscoveryData {
  readonly inputs: readonly string[];
  /** Per input, its value in each run. */
  readonly columns: readonly Float64Array[];
  /** Per run, 1 when the outcome of interest held. */
  readonly y: Uint8Array;
}

/** Which runs count as cases of interest: a column's value above a threshold. */
export interface OutcomeOfInterest {
  /** A column: an outcome (0/1), its first turn, or a quantity's final value. */
  readonly outcome: string;
  /** A run is a case of interest when the column's value is above this; default 0.5, so an outcome's 1. A missing value (an outcome's turn when it did not hold) is not. */
  readonly threshold?: number | undefined;
  /** Cases are at or below the threshold instead. */
  readonly below?: boolean | undefined;
}

/**
 * Rows → columns: every input must have a finite value in every row (RangeError naming
 * the first that does not), and `outcome` must be a column of the rows.
 */
export function discoveryData(rows: readonly DiscoveryRow[], inputs: readonly string[], interest: OutcomeOfInterest): DiscoveryData {
  if (inputs.length === 0) throw new RangeError('scenario discovery needs at least one input');
  if (rows.length === 0) throw new RangeError('scenario discovery needs at least one run');
  const { outcome } = interest;
  if (!(outcome in rows[0]!)) throw new RangeError(`the runs have no column '${outcome}'`);
  const threshold = interest.threshold ?? 0.5;
  const columns = inputs.map((input) => {
    if (!(input in rows[0]!)) throw new RangeError(`the runs have no input column '${input}'`);
    const column = new Float64Array(rows.length);
    rows.forEach((row, i) => {
      const value = row[input];
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new RangeError(`run ${i + 1} has no value of the input '${input}'`);
      column[i] = value;
    });
    return column;
  });
  const y = new Uint8Array(rows.length);
  rows.forEach((row, i) => {
    const value = row[outcome];
    if (typeof value !== 'number' || !Number.isFinite(value)) return;
    y[i] = (interest.below ? value <= threshold : value > threshold) ? 1 : 0;
  });
  return { inputs, columns, y };
}

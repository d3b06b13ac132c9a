/** A batch's statistics as JSON: counts and bins as numbers, sums and squares as decimal strings (exact, past 2⁵³). */
export interface StatisticsJson {
  readonly runs: number;
  readonly counts: readonly number[];
  readonly firstTurnSums: readonly number[];
  /**
   * Per outcome, [turn, runs] for each turn at which it first held in some run, turns
   * ascending. Absent in statistics written before they were kept (read as unknown).
   */
  readonly firstTurns?: readonly (readonly (readonly [number, number])[])[] | undefined;
  readonly sums: readonly string[];
  readonly squares: readonly string[];
  readonly bins: readonly (readonly (readonly [number, number, number, number])[])[];
}

/** A batch's statistics as JSON: counts and bins as numbers, sums and squares as decimal strings (exact, past 2⁵³). */
export interface StatisticsJson {
  readonly runs: number;
  readonly counts: readonly number[];
  readonly firstTurnSums: readonly number[];
  readonly sums: readonly string[];
  readonly squares: readonly string[];
  readonly bins: readonly (readonly (readonly [number, number, number, number])[])[];
}

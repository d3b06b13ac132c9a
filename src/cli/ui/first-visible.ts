/**
 * The index of the first row to show of a list of `count` rows in a box of `rows`, so
 * that the selected row stays in view: at the bottom edge when scrolling down, or, with
 * `centre`, in the middle where the list allows.
 */
export function firstVisible(selected: number, count: number, rows: number, centre = false): number {
  const ideal = centre ? selected - Math.floor(rows / 2) : selected - rows + 1;
  return Math.max(0, Math.min(ideal, count - rows));
}

import { firstVisible } from './first-visible.js';

/** Which rows of a list a box shows, and the line saying how many it hides. */
export interface ListWindow {
  /** Index of the first row shown. */
  readonly first: number;
  /** How many rows are shown, from `first`. */
  readonly shown: number;
  /** `↑ 2 more  ↓ 4 more`, or '' when the whole list fits (then no line is spent on it). */
  readonly more: string;
}

/**
 * Fits a list of `count` rows into `rows` lines, keeping `selected` in view. A list that
 * does not fit gives up one line to say how many rows are hidden above and below, so a cut
 * list never looks complete.
 */
export function listWindow(selected: number, count: number, rows: number, centre = false): ListWindow {
  if (count <= rows) return { first: 0, shown: count, more: '' };
  const shown = Math.max(1, rows - 1);
  const first = firstVisible(selected, count, shown, centre);
  const above = first;
  const below = count - first - shown;
  const more = [above > 0 ? `↑ ${above} more` : '', below > 0 ? `↓ ${below} more` : ''].filter(Boolean).join('  ');
  return { first, shown, more };
}

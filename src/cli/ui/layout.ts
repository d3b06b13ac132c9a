import type { Scenario } from '../../engine/scenario.js';
import { worldPanelHeight } from './WorldPanel.js';

/** Where each panel goes on a screen of a given size, in character cells. */
export interface Layout {
  /** The world panel, left of the timeline. */
  readonly worldWidth: number;
  readonly timelineWidth: number;
  /** Rows of the world panel and the timeline beside it. */
  readonly topHeight: number;
  /** Rows of relations the world panel shows, two to a row. */
  readonly relationRows: number;
  /** How many of the world's bars are shown: all but on a short terminal, which keeps rows for the decision. */
  readonly barRows: number;
  /** Whether a blank line separates the world from the decision: only when rows allow. */
  readonly spacer: boolean;
  /** Rows of the options and terms panels (or a seat's choices). */
  readonly decisionHeight: number;
  /** Rows between the header and the status: the panels', or help's or a passage's in their place. */
  readonly screenHeight: number;
  readonly optionsWidth: number;
  readonly termsWidth: number;
}

/** Columns between panels side by side. */
export const GAP = 2;

const HEADER_ROWS = 2;
const KEY_HINT_ROWS = 1;
/** Rows the decision panels keep on a terminal under 30 rows: enough for a seat's options and what one does. */
const MIN_DECISION_ROWS = 8;
/** Rows of relations on the tallest screens: eight relations, the ones that moved most. */
const RELATION_ROWS_MAX = 4;

/**
 * Splits the screen. The app is one row shorter than the terminal (a full-height frame
 * makes Ink clear the screen on every render); of that, the header takes 2 rows, the
 * status `statusRows` (one, or up to three for a saved file and the command to reopen it)
 * and the key hints 1, and a blank line 1 below the world when there are 30 rows or more
 * (below that the decision panels need the row more). The decision panels keep 3 rows
 * beside a one-line status, and a longer status takes its rows from them. The world panel
 * gets at least 46 columns so that its bars and relations keep every number whole at the
 * 80-column minimum. Larger terminals use their space: from 36 rows the world shows more
 * relations, and from 120 columns the options panel widens so labels stay whole.
 */
export function layout(scenario: Scenario, columns: number, rows: number, statusRows = 1): Layout {
  const roomy = rows >= 30;
  const screenHeight = rows - 1 - HEADER_ROWS - statusRows - KEY_HINT_ROWS;
  const extraStatus = statusRows - 1;
  // A tall terminal shows more of the relations that moved: one more row of two for every
  // 6 rows past 30 (3 at 36, 4 at 42), while the decision panels keep 8 rows or more.
  const relationRows = roomy ? Math.max(2, Math.min(RELATION_ROWS_MAX, 2 + Math.floor((rows - 30) / 6), Math.floor((screenHeight - 1 - 8 - worldPanelHeight(scenario, 0)) ))) : 1;
  // Below 30 rows the decision panels (a seat's options, the news) keep 8 rows, and the world
  // shows its first bars in the scenario's order, saying how many it leaves out.
  const bars = worldPanelHeight(scenario, relationRows) - 2 - relationRows;
  const decisionFloor = roomy ? 0 : MIN_DECISION_ROWS + (statusRows - 1);
  const barRows = roomy ? bars : Math.max(3, Math.min(bars, screenHeight - decisionFloor - 2 - relationRows));
  const topHeight = 2 + relationRows + barRows;
  const worldWidth = Math.max(46, Math.floor(columns * 0.54));
  // Options get a third of a wide terminal, so long option labels are not cut.
  const optionsWidth = Math.min(columns >= 120 ? 64 : 44, Math.max(33, Math.floor(columns * (columns >= 120 ? 0.36 : 0.42))));
  return {
    worldWidth,
    timelineWidth: columns - worldWidth - GAP,
    topHeight,
    relationRows,
    barRows,
    spacer: roomy,
    decisionHeight: Math.max(1, Math.max(3, screenHeight + extraStatus - topHeight - (roomy ? 1 : 0)) - extraStatus),
    screenHeight,
    optionsWidth,
    termsWidth: columns - optionsWidth - GAP,
  };
}

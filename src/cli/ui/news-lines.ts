import type { Scenario } from '../../engine/scenario.js';
import { eventLabel } from '../../engine/scenario-labels.js';
import { changesBetween, formatChange, isFlag } from '../../presentation/quantity-format.js';
import type { QuantityValues, TurnRecord } from '../../records/run-record.js';
import { drawnEvents, instructorPhrases } from '../../presentation/instructor-words.js';
import { timelineMove } from './timeline-move.js';

/** One turn told as news: the move, what chance and events added, and what changed. */
export interface NewsItem {
  readonly turn: number;
  /** `Turn 8 · China → Call on all parties to de-escalate: tensions ease a little` */
  readonly headline: string;
  /** `Then: A tanker is harassed in the strait`, one per event; `Then: the instructor injected: …` for the instructor's. */
  readonly events: readonly string[];
  /** `Escalation 4 → 5 · Oil price $76 → $81`: the bars and flags that moved, or ''. */
  readonly changes: string;
}

/**
 * A turn as a short news item in the scenario's own labels, for the group to read between
 * its moves. Only the quantities a student sees as bars or flags are named, not relations,
 * so a line stays short; the world panel beside it shows the rest.
 */
export function newsItem(scenario: Scenario, turn: TurnRecord, before: QuantityValues): NewsItem {
  const shown = scenario.quantities.filter((q) => q.between === undefined);
  const changes = changesBetween(shown, before, turn.state).map((c) => (isFlag(c.quantity) ? flagChange(c.quantity.label, c.to) : formatChange(c)));
  return {
    turn: turn.turn,
    headline: `Turn ${turn.turn} · ${timelineMove(scenario, turn)}`,
    // What the instructor decided is said as the instructor's doing, not as chance's.
    events: [
      ...drawnEvents(turn).map((id) => `Then: ${eventLabel(scenario, id)}`),
      ...instructorPhrases(scenario, turn).map((phrase) => `Then: ${phrase}`),
    ],
    changes: changes.join(' · '),
  };
}

function flagChange(label: string, to: number): string {
  return to === 0 ? `no longer: ${label}` : `now: ${label}`;
}

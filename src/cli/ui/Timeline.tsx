import { Box, Text } from 'ink';
import type { TurnRecord } from '../../records/run-record.js';
import type { Scenario } from '../../engine/scenario.js';
import { eventLabel } from '../../engine/scenario-labels.js';
import { listWindow } from './list-window.js';
import { PanelHeading } from './PanelHeading.js';
import { timelineMove } from './timeline-move.js';
import { wrapWords } from './wrap-words.js';
import { drawnEvents, instructorPhrases } from '../../presentation/instructor-words.js';

export interface TimelineProps {
  readonly scenario: Scenario;
  readonly triggerLabel: string;
  readonly turns: readonly TurnRecord[];
  /** 0 for the trigger, k for turn k, turns.length + 1 for a seat's pending turn. */
  readonly cursor: number;
  /** Turns up to this one are listed: those the viewer has stepped through. */
  readonly revealed: number;
  readonly pending: string | undefined;
  /** When the pending seat answers another actor's move: that move, `China → Press Iran…`. */
  readonly answering?: string | undefined;
  readonly focused: boolean;
  readonly height: number;
  readonly width: number;
}

/** One line of the timeline, and the entry (0 the trigger, k turn k) it belongs to. */
interface Row {
  readonly entry: number;
  readonly text: string;
  readonly event: boolean;
}

/** The mark of a person's decision. */
const HAND = '✋';
/** Where a turn's text starts: after the turn number. */
const INDENT = '   ';

/**
 * Each turn stepped through so far as `actor → action: chance outcome`, in the scenario's
 * words, and under it every random event that fired after it, so a change in the world
 * always has a cause on screen. Labels wrap rather than being cut; the list scrolls to
 * keep the selected turn in view. Turns not yet reached are not listed, even when the
 * model has already played them.
 */
export function Timeline({ scenario, triggerLabel, turns, cursor, revealed, pending, answering, focused, height, width }: TimelineProps) {
  const played = turns.slice(0, revealed);
  const room = Math.max(4, width - 1);
  const rows: Row[] = [
    ...lines(0, 'trigger  ', triggerLabel, room),
    ...played.flatMap((t) => [
      ...lines(t.turn, `${String(t.turn).padStart(2)} `, `${timelineMove(scenario, t)}${t.decidedBy === 'human' || t.chance?.decidedBy === 'human' ? ` ${HAND}` : ''}`, room),
      ...drawnEvents(t).map((id) => eventLabel(scenario, id)).flatMap((label) => lines(t.turn, `${INDENT}  event: `, label, room, true)),
      // The instructor's part is said as the instructor's, not as an event of chance.
      ...instructorPhrases(scenario, t).flatMap((phrase) => lines(t.turn, `${INDENT}  `, phrase, room, true)),
    ]),
    ...(pending && revealed > turns.length ? lines(turns.length + 1, `${String(turns.length + 1).padStart(2)} `, answering ? `${answering}: ${pending} answers?` : `${pending} → ?`, room) : []),
  ];
  const selectedRows = rows.flatMap((row, i) => (row.entry === cursor ? [i] : []));
  const firstSelected = selectedRows[0] ?? 0;
  // Keep the whole selected entry in view: aim at its last row, then make sure its first shows.
  let window = listWindow(selectedRows.at(-1) ?? 0, rows.length, Math.max(1, height - 1), true);
  if (firstSelected < window.first) window = listWindow(firstSelected, rows.length, Math.max(1, height - 1), true);
  const { first, shown, more } = window;
  return (
    <Box flexDirection="column" width={width}>
      <PanelHeading focused={focused}>
        Timeline <Text dimColor>{`${played.length}/${scenario.settings.horizon} turns played`}</Text>
      </PanelHeading>
      {rows.slice(first, first + shown).map((row, i) => {
        const selected = row.entry === cursor;
        const mark = selected && rows[first + i - 1]?.entry !== cursor ? '▶' : ' ';
        return (
          <Text key={first + i} inverse={selected && focused} bold={selected} {...(row.event ? { color: 'magenta' } : {})} wrap="truncate">
            {mark}
            {row.text}
          </Text>
        );
      })}
      {more && <Text dimColor>{` ${more}`}</Text>}
    </Box>
  );
}

/**
 * `lead` then `text`, wrapped to `width` columns; lines after the first are indented past
 * the turn number (an event's past its own lead).
 */
function lines(entry: number, lead: string, text: string, width: number, event = false): Row[] {
  const indent = ' '.repeat(event ? lead.length : INDENT.length);
  return wrapWords(text, width - indent.length, width - lead.length).map((line, i) => ({ entry, text: `${i === 0 ? lead : indent}${line}`, event }));
}

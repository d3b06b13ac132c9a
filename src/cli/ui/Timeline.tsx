import stringWidth from 'string-width';
import { Box, Text } from 'ink';
import type { TurnRecord } from '../../records/run-record.js';
import type { Scenario } from '../../engine/scenario.js';
import { listWindow } from './list-window.js';
import { PanelHeading } from './PanelHeading.js';
import { truncate } from './truncate.js';

export interface TimelineProps {
  readonly scenario: Scenario;
  readonly triggerLabel: string;
  readonly turns: readonly TurnRecord[];
  /** 0 for the trigger, k for turn k, turns.length + 1 for a seat's pending turn. */
  readonly cursor: number;
  readonly pending: string | undefined;
  readonly focused: boolean;
  readonly height: number;
  readonly width: number;
}

interface Entry {
  readonly text: string;
  /** Decided by a person: marked with a hand, which is kept when the text is cut. */
  readonly human: boolean;
}

/** The mark of a person's decision, kept whole when the text is cut. */
const HAND = ' ✋';

/** Each turn so far as `actor → action (chance outcome)`, scrolled to keep the selection in view. */
export function Timeline({ scenario, triggerLabel, turns, cursor, pending, focused, height, width }: TimelineProps) {
  const entries: Entry[] = [
    { text: `trigger  ${triggerLabel}`, human: false },
    ...turns.map((t) => {
      const actor = scenario.actors.find((a) => a.id === t.actor)?.name ?? t.actor;
      const chance = t.chance ? ` (${t.chance.outcome})` : '';
      return { text: `${String(t.turn).padStart(2)} ${actor} → ${t.choice ?? 'passes'}${chance}`, human: t.decidedBy === 'human' };
    }),
    ...(pending ? [{ text: `${String(turns.length + 1).padStart(2)} ${pending} → ?`, human: false }] : []),
  ];
  const { first, shown, more } = listWindow(cursor, entries.length, Math.max(1, height - 1), true);
  return (
    <Box flexDirection="column" width={width}>
      <PanelHeading focused={focused}>
        Timeline <Text dimColor>{`${turns.length}/${scenario.settings.horizon} turns played`}</Text>
      </PanelHeading>
      {entries.slice(first, first + shown).map((entry, i) => {
        const index = first + i;
        const selected = index === cursor;
        return (
          <Text key={index} inverse={selected && focused} bold={selected} wrap="truncate">
            {selected ? '▶' : ' '}
            {entry.human ? `${truncate(entry.text, width - 1 - stringWidth(HAND))}${HAND}` : truncate(entry.text, width - 1)}
          </Text>
        );
      })}
      {more && <Text dimColor>{` ${more}`}</Text>}
    </Box>
  );
}

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
  /** Turns up to this one are listed: those the viewer has stepped through. */
  readonly revealed: number;
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

/**
 * Each turn stepped through so far as `actor → action: chance outcome`, in the scenario's
 * words, scrolled to keep the selection in view. Turns not yet reached are not listed,
 * even when the model has already played them.
 */
export function Timeline({ scenario, triggerLabel, turns, cursor, revealed, pending, focused, height, width }: TimelineProps) {
  const played = turns.slice(0, revealed);
  const entries: Entry[] = [
    { text: `trigger  ${triggerLabel}`, human: false },
    ...played.map((t) => ({ text: `${String(t.turn).padStart(2)} ${moveText(scenario, t)}`, human: t.decidedBy === 'human' })),
    ...(pending && revealed > turns.length ? [{ text: `${String(turns.length + 1).padStart(2)} ${pending} → ?`, human: false }] : []),
  ];
  const { first, shown, more } = listWindow(cursor, entries.length, Math.max(1, height - 1), true);
  return (
    <Box flexDirection="column" width={width}>
      <PanelHeading focused={focused}>
        Timeline <Text dimColor>{`${played.length}/${scenario.settings.horizon} turns played`}</Text>
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

/** `Iran → Close the Strait of Hormuz: shipping stops`, by the labels the scenario gives. */
function moveText(scenario: Scenario, turn: TurnRecord): string {
  const actor = scenario.actors.find((a) => a.id === turn.actor);
  const action = actor?.actions.find((a) => a.id === turn.choice);
  const outcome = turn.chance ? action?.outcomes.find((o) => o.id === turn.chance!.outcome) : undefined;
  const move = turn.choice === null ? 'passes' : (action?.label ?? turn.choice);
  const chance = turn.chance ? `: ${outcome?.label ?? turn.chance.outcome}` : '';
  return `${actor?.name ?? turn.actor} → ${move}${chance}`;
}

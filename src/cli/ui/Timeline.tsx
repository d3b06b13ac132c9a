import { Box, Text } from 'ink';
import { firstVisible } from './first-visible.js';
import type { TurnRecord } from '../../engine/run-record.js';
import type { Scenario } from '../../engine/scenario.js';

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

/** Each turn so far as `actor → action (chance outcome)`, scrolled to keep the selection in view. */
export function Timeline({ scenario, triggerLabel, turns, cursor, pending, focused, height, width }: TimelineProps) {
  const entries = [
    `trigger  ${triggerLabel}`,
    ...turns.map((t) => {
      const actor = scenario.actors.find((a) => a.id === t.actor)?.name ?? t.actor;
      const chance = t.chance ? ` (${t.chance.outcome})` : '';
      const human = t.decidedBy === 'human' ? ' ✋' : '';
      return `${String(t.turn).padStart(2)} ${actor} → ${t.choice ?? 'passes'}${chance}${human}`;
    }),
    ...(pending ? [`${String(turns.length + 1).padStart(2)} ${pending} → ?`] : []),
  ];
  const rows = Math.max(1, height - 1);
  const first = firstVisible(cursor, entries.length, rows, true);
  return (
    <Box flexDirection="column" width={width}>
      <Text bold underline={focused}>
        Timeline <Text dimColor>{`${turns.length}/${scenario.settings.horizon} turns played`}</Text>
      </Text>
      {entries.slice(first, first + rows).map((entry, i) => {
        const index = first + i;
        const selected = index === cursor;
        return (
          <Text key={index} inverse={selected && focused} bold={selected} wrap="truncate">
            {selected ? '▶' : ' '}
            {entry}
          </Text>
        );
      })}
    </Box>
  );
}

import { Box, Text } from 'ink';
import { firstVisible } from './first-visible.js';
import type { TurnRecord } from '../../engine/run-record.js';
import type { Actor } from '../../engine/scenario.js';
import { percent } from '../format/quantity-format.js';

export interface DecisionPanelProps {
  readonly actor: Actor;
  readonly turn: TurnRecord;
  readonly selected: number;
  readonly focused: boolean;
  readonly height: number;
  readonly width: number;
}

/** The acting actor's options with expected utility and choice probability; the chosen one is marked. */
export function DecisionPanel({ actor, turn, selected, focused, height, width }: DecisionPanelProps) {
  const rows = Math.max(1, height - 2);
  const first = firstVisible(selected, turn.options.length, rows);
  const nameWidth = Math.min(24, Math.max(6, ...turn.options.map((o) => o.action.length)));
  const by = turn.decidedBy === 'human' ? 'a person' : 'the model';
  return (
    <Box flexDirection="column" width={width}>
      <Text bold underline={focused} wrap="truncate">
        Turn {turn.turn} · {actor.name} <Text dimColor>(decided by {by})</Text>
      </Text>
      <Text dimColor>{`  ${'option'.padEnd(nameWidth)}  ${'EU'.padStart(7)}  ${'p'.padStart(4)}`}</Text>
      {turn.options.length === 0 && <Text>  no legal action: {actor.name} passes</Text>}
      {turn.options.slice(first, first + rows).map((option, i) => {
        const index = first + i;
        const chosen = option.action === turn.choice;
        const isSelected = index === selected;
        return (
          <Text key={option.action} inverse={isSelected && focused} bold={isSelected} {...(chosen ? { color: 'green' } : {})} wrap="truncate">
            {isSelected ? '▶' : ' '}
            {chosen ? '✓' : ' '}
            {option.action.padEnd(nameWidth).slice(0, nameWidth)}
            {'  '}
            {option.expectedUtility.toFixed(2).padStart(7)}
            {'  '}
            {percent(option.probability).padStart(4)}
          </Text>
        );
      })}
    </Box>
  );
}

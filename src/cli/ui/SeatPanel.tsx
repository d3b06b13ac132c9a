import { Box, Text } from 'ink';
import { firstVisible } from './first-visible.js';
import type { Assessment } from '../../engine/planner.js';
import type { Actor } from '../../engine/scenario.js';
import { percent } from '../format/quantity-format.js';

export interface SeatPanelProps {
  readonly actor: Actor;
  readonly assessment: Assessment;
  readonly selected: number;
  readonly showModel: boolean;
  readonly height: number;
  readonly width: number;
}

/** A person's move: the legal actions to choose from, and (on request) what the model expects of each. */
export function SeatPanel({ actor, assessment, selected, showModel, height, width }: SeatPanelProps) {
  const rows = Math.max(1, height - 2);
  const first = firstVisible(selected, assessment.legal.length, rows);
  const idWidth = Math.min(24, Math.max(...assessment.legal.map((i) => actor.actions[i]!.id.length)));
  return (
    <Box flexDirection="column" width={width}>
      <Text bold color="yellow" wrap="truncate">
        Your move, {actor.name}: ↑↓ to pick, Enter to play · m {showModel ? 'hides' : 'shows'} the model's expectations
      </Text>
      {assessment.legal.slice(first, first + rows).map((actionIndex, i) => {
        const index = first + i;
        const action = actor.actions[actionIndex]!;
        const isSelected = index === selected;
        const model = showModel
          ? `  EU ${assessment.utilities[index]!.toFixed(2)}  p ${percent(assessment.probabilities[index]!)}`
          : '';
        return (
          <Text key={action.id} inverse={isSelected} wrap="truncate">
            {isSelected ? '▶ ' : '  '}
            {action.id.padEnd(idWidth)}  {action.label}
            <Text dimColor>{model}</Text>
          </Text>
        );
      })}
      <Text dimColor wrap="truncate">
        {actor.actions[assessment.legal[selected] ?? -1]?.citation.quote ?? ''}
      </Text>
    </Box>
  );
}

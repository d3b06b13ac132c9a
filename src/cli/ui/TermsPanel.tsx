import { Box, Text } from 'ink';
import { firstVisible } from './first-visible.js';
import type { OptionRecord } from '../../engine/run-record.js';
import type { Actor } from '../../engine/scenario.js';

export interface TermsPanelProps {
  readonly actor: Actor;
  readonly option: OptionRecord;
  readonly selected: number;
  readonly focused: boolean;
  readonly height: number;
  readonly width: number;
}

/** An option's expected utility split into weight × value per interest, with the passage behind the selected term. */
export function TermsPanel({ actor, option, selected, focused, height, width }: TermsPanelProps) {
  const rows = Math.max(1, Math.min(option.terms.length, height - 4));
  const quoteLines = Math.max(1, height - rows - 2);
  const first = firstVisible(selected, option.terms.length, rows);
  const interest = actor.interests[selected];
  const labelWidth = Math.max(8, width - 26);
  return (
    <Box flexDirection="column" width={width}>
      <Text bold underline={focused} wrap="truncate">
        Why {option.action} <Text dimColor>weight × value = contribution</Text>
      </Text>
      {option.terms.slice(first, first + rows).map((term, i) => {
        const index = first + i;
        const isSelected = index === selected;
        const weight = actor.interests[index]?.weight ?? 0;
        const label = actor.interests[index]?.label ?? term.interest;
        return (
          <Text key={term.interest} inverse={isSelected && focused} bold={isSelected} wrap="truncate">
            {isSelected ? '▶' : ' '}
            {String(weight).padStart(3)} × {label.padEnd(labelWidth).slice(0, labelWidth)}
            {term.value.toFixed(2).padStart(6)} ={' '}
            <Text color={term.contribution < 0 ? 'red' : 'green'}>{term.contribution.toFixed(2).padStart(6)}</Text>
          </Text>
        );
      })}
      {interest && (
        <>
          <Text dimColor wrap="truncate">
            {interest.citation.article}
          </Text>
          <Box height={quoteLines} overflow="hidden">
            <Text italic wrap="wrap">
              “{interest.citation.quote}”
            </Text>
          </Box>
        </>
      )}
    </Box>
  );
}

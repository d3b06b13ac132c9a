import { Box, Text } from 'ink';
import type { TurnRecord } from '../../engine/run-record.js';
import type { Actor } from '../../engine/scenario.js';
import { percent } from '../format/quantity-format.js';
import { listWindow } from './list-window.js';
import { decimal } from '../format/minus-sign.js';
import { PanelHeading } from './PanelHeading.js';
import { fitTo } from './truncate.js';

export interface DecisionPanelProps {
  readonly actor: Actor;
  readonly turn: TurnRecord;
  readonly selected: number;
  readonly focused: boolean;
  readonly height: number;
  readonly width: number;
}

/** `>99%` is the widest probability `percent` writes. */
const P_WIDTH = 4;

/**
 * The acting actor's options with expected utility and choice probability; the chosen one
 * is marked. The number columns are sized first and the option names take what is left.
 */
export function DecisionPanel({ actor, turn, selected, focused, height, width }: DecisionPanelProps) {
  const { first, shown, more } = listWindow(selected, turn.options.length, Math.max(1, height - 2));
  const utilities = turn.options.map((o) => decimal(o.expectedUtility, 2));
  const euWidth = Math.max(4, ...utilities.map((u) => u.length));
  // ▶ and ✓ marks, then name, EU and p separated by two spaces.
  const nameRoom = width - 2 - 2 - euWidth - 2 - P_WIDTH;
  const nameWidth = Math.max(6, Math.min(24, nameRoom, Math.max(6, ...turn.options.map((o) => o.action.length))));
  const heading = `Turn ${turn.turn} · ${actor.name} `;
  const long = turn.decidedBy === 'human' ? '(decided by a person)' : '(decided by the model)';
  const short = turn.decidedBy === 'human' ? '(a person)' : '(the model)';
  return (
    <Box flexDirection="column" width={width}>
      <PanelHeading focused={focused}>
        {heading}
        <Text dimColor>{2 + heading.length + long.length <= width ? long : short}</Text>
      </PanelHeading>
      <Text dimColor>{`  ${'option'.padEnd(nameWidth)}  ${'EU'.padStart(euWidth)}  ${'p'.padStart(P_WIDTH)}`}</Text>
      {turn.options.length === 0 && <Text>  no legal action: {actor.name} passes</Text>}
      {turn.options.slice(first, first + shown).map((option, i) => {
        const index = first + i;
        const chosen = option.action === turn.choice;
        const isSelected = index === selected;
        return (
          <Text key={option.action} inverse={isSelected && focused} bold={isSelected} {...(chosen ? { color: 'green' } : {})} wrap="truncate">
            {isSelected ? '▶' : ' '}
            {chosen ? '✓' : ' '}
            {fitTo(option.action, nameWidth)}
            {'  '}
            {utilities[index]!.padStart(euWidth)}
            {'  '}
            {percent(option.probability).padStart(P_WIDTH)}
          </Text>
        );
      })}
      {more && <Text dimColor>{`  ${more}`}</Text>}
    </Box>
  );
}

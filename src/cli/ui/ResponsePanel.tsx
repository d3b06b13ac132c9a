import { Box, Text } from 'ink';
import type { Actor } from '../../engine/scenario.js';
import type { PendingResponse } from '../../records/seated-run.js';
import { percent } from '../../presentation/quantity-format.js';
import { listWindow } from './list-window.js';
import { Passage, articleHasOwnLine } from './Passage.js';
import { truncate } from './truncate.js';
import { wrapWords } from './wrap-words.js';

export interface ResponsePanelProps {
  /** The seat that answers. */
  readonly actor: Actor;
  readonly response: PendingResponse;
  readonly selected: number;
  readonly height: number;
  readonly width: number;
}

/**
 * A seat's answer to another actor's move: what the mover did, then the answers the move
 * allows, each with how likely the model would have made it had nobody held the seat.
 * The chosen answer is the seat's, never the dice's.
 */
export function ResponsePanel({ actor, response, selected, height, width }: ResponsePanelProps) {
  const { mover, action, outcomes } = response;
  const heading = wrapWords(`${mover.name} → ${action.label}. Your answer, ${actor.name}: ↑↓ to pick, Enter to answer`, width).slice(0, 2);
  const articleLine = articleHasOwnLine(height);
  const { first, shown, more } = listWindow(selected, outcomes.length, Math.max(1, height - heading.length - (articleLine ? 2 : 1)));
  const passageLines = Math.max(0, height - heading.length - shown - (more ? 1 : 0));
  return (
    <Box flexDirection="column" width={width}>
      {heading.map((line, i) => (
        <Text key={`h${i}`} bold color="yellow">
          {line}
        </Text>
      ))}
      {outcomes.slice(first, first + shown).map((outcome, i) => {
        const isSelected = first + i === selected;
        const odds = `  the model's odds ${percent(outcome.probability)}`;
        return (
          <Text key={outcome.id} inverse={isSelected} wrap="truncate">
            {isSelected ? '▶ ' : '  '}
            {truncate(outcome.label, width - 2 - odds.length)}
            <Text dimColor>{odds}</Text>
          </Text>
        );
      })}
      {more && <Text dimColor>{`  ${more}`}</Text>}
      {passageLines > 0 && <Passage citation={action.citation} width={width} height={passageLines} articleLine={articleLine && passageLines > 1} />}
    </Box>
  );
}

import { Box, Text } from 'ink';
import type { OptionRecord } from '../../records/run-record.js';
import type { Actor } from '../../engine/scenario.js';
import { decimal, withMinusSign } from '../../presentation/minus-sign.js';
import { fitPassage } from './fit-passage.js';

export interface PassageScreenProps {
  readonly actor: Actor;
  readonly option: OptionRecord;
  /** The selected term of `option`. */
  readonly term: number;
  readonly turn: number;
  readonly width: number;
  readonly height: number;
}

/**
 * One interest term in full, in place of the panels, for an instructor to project: the
 * figures the terms panel shows for it, how its value is computed, why it has its weight,
 * and the whole passage behind it, which the panel can only begin.
 */
export function PassageScreen({ actor, option, term, turn, width, height }: PassageScreenProps) {
  const record = option.terms[term]!;
  // A record lists an option's terms in the order of the actor's interests, as the terms panel reads them.
  const interest = actor.interests[term]!;
  const inner = width - 4;
  // Border 2, then the title and the figures above the text.
  const { expression, rationale, gap, article, quote } = fitPassage(interest, inner, height - 2 - 2);
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle="round" paddingX={1}>
      <Text bold wrap="truncate">
        {actor.name} · {interest.label}
      </Text>
      {/* The numbers lead, so a narrow screen cuts the words after them. */}
      <Text wrap="truncate">
        weight {withMinusSign(String(interest.weight))} × value {decimal(record.value, 2)} ={' '}
        <Text color={record.contribution < 0 ? 'red' : 'green'}>{decimal(record.contribution, 2)}</Text>
        <Text dimColor>
          {' · '}
          turn {turn}, of “{actor.actions.find((a) => a.id === option.action)?.label ?? option.action}” (EU {decimal(option.expectedUtility, 2)})
        </Text>
      </Text>
      {expression.map((line, i) => (
        <Text key={`e${i}`}>{line}</Text>
      ))}
      {rationale.length > 0 && <Text> </Text>}
      {rationale.map((line, i) => (
        <Text key={`r${i}`}>{line}</Text>
      ))}
      {gap && <Text> </Text>}
      {article.map((line, i) => (
        <Text key={`a${i}`} dimColor>
          {line}
        </Text>
      ))}
      {quote.map((line, i) => (
        <Text key={`q${i}`} italic>
          {line}
        </Text>
      ))}
    </Box>
  );
}

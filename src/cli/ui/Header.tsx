import { Box, Text } from 'ink';
import { escalationRung } from '../../world/escalation-ladder.js';

export interface HeaderProps {
  readonly title: string;
  readonly seed: number;
  /** What is selected: 'trigger', 'turn 3 of 14', or 'turn 9 of 14 · your move'. */
  readonly position: string;
  readonly escalation: number;
  readonly width: number;
}

/**
 * Two lines: the scenario's title, then seed, position and the escalation rung by name.
 * The rung's stage is left out, rather than cut, when the line would not fit.
 */
export function Header({ title, seed, position, escalation, width }: HeaderProps) {
  const rung = escalationRung(escalation);
  const line = ` ${position} · seed ${seed} · escalation rung ${rung.rung}: ${rung.name}`;
  const stage = ` (${rung.stage})`;
  return (
    <Box flexDirection="column" width={width}>
      <Text inverse bold wrap="truncate">
        {` ${title}`.padEnd(width)}
      </Text>
      <Text wrap="truncate">
        <Text bold>{` ${position}`}</Text>
        <Text dimColor> · seed {seed} · </Text>
        <Text>
          escalation rung {rung.rung}: <Text color="yellow">{rung.name}</Text>
        </Text>
        {line.length + stage.length <= width && <Text dimColor>{stage}</Text>}
      </Text>
    </Box>
  );
}

import { Box, Text } from 'ink';
import stringWidth from 'string-width';
import type { HeadlineText } from '../../presentation/headline.js';
import { fitTo } from './truncate.js';

export interface HeaderProps {
  readonly title: string;
  /** The group playing, if named: it leads the title line, so a long title cannot cut it. */
  readonly group?: string | undefined;
  readonly seed: number;
  /** What is selected: 'trigger', 'turn 3 of 14', or 'turn 9 of 14 · your move'. */
  readonly position: string;
  /** The scenario's headline quantity at the selected point, in words; none when it has none. */
  readonly headline: HeadlineText | undefined;
  readonly width: number;
}

/**
 * Two lines: the scenario's title, then seed, position and the headline quantity (the
 * escalation rung by name, in the built-in scenarios). Its detail (the rung's stage) is
 * left out, rather than cut, when the line would not fit.
 */
export function Header({ title, group, seed, position, headline, width }: HeaderProps) {
  const line = ` ${position} · seed ${seed}${headline ? ` · ${headline.lead}${headline.value}` : ''}`;
  const detail = headline?.detail;
  return (
    <Box flexDirection="column" width={width}>
      <Text inverse bold wrap="truncate">
        {fitTo(` ${group === undefined ? '' : `${group} · `}${title}`, width)}
      </Text>
      <Text wrap="truncate">
        <Text bold>{` ${position}`}</Text>
        <Text dimColor> · seed {seed}{headline ? ' · ' : ''}</Text>
        {headline && (
          <Text>
            {headline.lead}
            <Text color="yellow">{headline.value}</Text>
          </Text>
        )}
        {detail !== undefined && stringWidth(line) + stringWidth(detail) <= width && <Text dimColor>{detail}</Text>}
      </Text>
    </Box>
  );
}

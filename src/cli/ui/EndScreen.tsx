import { Box, Text } from 'ink';
import type { EndLine } from './end-of-run.js';
import { truncate } from './truncate.js';

export interface EndScreenProps {
  readonly lines: readonly EndLine[];
  readonly seed: number;
  readonly width: number;
  readonly height: number;
}

/** The end of a finished run, in place of the panels: what it came to, and how people's choices compared. */
export function EndScreen({ lines, seed, width, height }: EndScreenProps) {
  const inner = width - 4;
  const room = Math.max(1, height - 3);
  const shown = lines.length > room ? [...lines.slice(0, room - 1), { text: `… ${lines.length - room + 1} more lines: wargame report gives them all`, kind: 'plain' as const }] : lines;
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle="round" paddingX={1}>
      <Text bold wrap="truncate">
        {truncate(`End of the run (seed ${seed}) · ← back to the last turn`, inner)}
      </Text>
      {shown.map((line, i) => (
        <Text key={i} wrap="truncate" bold={line.kind === 'heading' || line.kind === 'reached'} dimColor={line.kind === 'missed'}>
          {truncate(line.text, inner) || ' '}
        </Text>
      ))}
    </Box>
  );
}

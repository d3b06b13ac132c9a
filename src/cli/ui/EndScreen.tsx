import { Box, Text } from 'ink';
import type { EndLine } from './end-of-run.js';
import { truncate } from './truncate.js';
import { wrapWords } from './wrap-words.js';

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
  // Long lines wrap, so a choice and the model's preference are read whole.
  const wrapped = lines.flatMap((line) => (line.text === '' ? [line] : wrapWords(line.text, inner).map((text) => ({ ...line, text }))));
  const shown = wrapped.length > room ? [...wrapped.slice(0, room - 1), { text: `… ${wrapped.length - room + 1} more lines: wargame report gives them all`, kind: 'plain' as const }] : wrapped;
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

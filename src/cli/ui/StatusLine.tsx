import { Box, Text } from 'ink';
import { truncate } from './truncate.js';
import { wrapPhrases } from './wrap-phrases.js';

/** The most lines a status message takes; the decision panels above give up the rows. */
const MAX_LINES = 3;

/**
 * A status message as the lines it takes at `width`: one for most, two or three for one
 * that names a file and the command to reopen it, so that neither is cut.
 */
export function statusLines(text: string, width: number): string[] {
  const lines = wrapPhrases(text, width);
  if (lines.length <= MAX_LINES) return lines;
  return [...lines.slice(0, MAX_LINES - 1), truncate(`${lines[MAX_LINES - 1]}…`, width)];
}

/** What the last key did, in green, or a question waiting for an answer, in yellow. */
export function StatusLine({ lines, question }: { readonly lines: readonly string[]; readonly question: boolean }) {
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        <Text key={i} color={question ? 'yellow' : 'green'} bold={question} wrap="truncate">
          {line || ' '}
        </Text>
      ))}
    </Box>
  );
}

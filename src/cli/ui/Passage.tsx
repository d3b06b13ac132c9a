import { Box, Text } from 'ink';
import type { Citation } from '../../engine/scenario.js';
import { quoted } from '../../presentation/quoted.js';
import { truncate } from './truncate.js';
import { wrapWords } from './wrap-words.js';

export interface PassageProps {
  readonly citation: Citation;
  readonly width: number;
  /** Lines it may take; a quote that needs more ends in '…'. */
  readonly height: number;
  /** The article's name on a line of its own; otherwise it leads the first line. */
  readonly articleLine: boolean;
}

/** Whether a panel `height` rows tall can give the article's name a line of its own. */
export function articleHasOwnLine(height: number): boolean {
  return height >= 10;
}

/** A passage from an article, attributed: `02-iran-abandoned….txt: “…has refrained from…”`. */
export function Passage({ citation, width, height, articleLine }: PassageProps) {
  const prefix = articleLine ? '' : `${truncate(citation.article, Math.floor(width * 0.6))}: `;
  const room = Math.max(1, height - (articleLine ? 1 : 0));
  const lines = wrapWords(quoted(citation.quote), width, width - prefix.length);
  const shown = lines.slice(0, room);
  if (lines.length > room) shown[room - 1] = `${truncate(shown[room - 1]!, width - 1)}…`.replace(/……$/, '…');
  return (
    <Box flexDirection="column" width={width}>
      {articleLine && (
        <Text dimColor wrap="truncate">
          {truncate(citation.article, width)}
        </Text>
      )}
      {shown.map((line, i) => (
        <Text key={i} wrap="truncate">
          {i === 0 && prefix !== '' && <Text dimColor>{prefix}</Text>}
          <Text italic>{line}</Text>
        </Text>
      ))}
    </Box>
  );
}

import { Box, Text } from 'ink';
import type { NewsItem } from './news-lines.js';
import { wrapWords } from './wrap-words.js';

export interface NewsPanelProps {
  /** The news so far, oldest first: the group's own move, then each turn stepped to. */
  readonly items: readonly NewsItem[];
  /** Turns still to read before the next seat (or the end). */
  readonly left: number;
  /** What comes once the news is read (`Iran's move`), or undefined at the end of the run. */
  readonly next: string | undefined;
  readonly height: number;
  readonly width: number;
}

/**
 * What happened since the group's move, one turn at a time as the group steps with →:
 * the newest item at the bottom, bold, older ones above it as far as the rows allow.
 */
export function NewsPanel({ items, left, next, height, width }: NewsPanelProps) {
  const footer = left > 0 ? `→ for the next news (${left} more)` : next ? `→ to ${next}` : '→ to the end of the run';
  const heading = `News since your move · ${footer} · Tab for the model's reasons`;
  const room = Math.max(1, height - 1);
  const blocks = items.map((item, i) => ({
    newest: i === items.length - 1,
    lines: [
      ...wrapWords(item.headline, width - 2),
      ...item.events.flatMap((e) => wrapWords(e, width - 4).map((l) => `  ${l}`)),
      ...(item.changes ? wrapWords(item.changes, width - 4).map((l) => `  ${l}`) : []),
    ],
  }));
  // Newest first into the rows, then shown oldest first.
  const shown: { newest: boolean; line: string }[] = [];
  for (const block of [...blocks].reverse()) {
    const lines = block.lines.map((line) => ({ newest: block.newest, line }));
    if (shown.length + lines.length > room) {
      if (block.newest) shown.unshift(...lines.slice(0, room));
      break;
    }
    shown.unshift(...lines);
  }
  return (
    <Box flexDirection="column" width={width}>
      <Text bold color="cyan" wrap="truncate">
        {heading}
      </Text>
      {shown.map(({ newest, line }, i) => (
        <Text key={i} bold={newest} dimColor={!newest} wrap="truncate">
          {` ${line}`}
        </Text>
      ))}
    </Box>
  );
}

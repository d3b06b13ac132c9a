import { Box, Text } from 'ink';
import { helpLines } from './keymap.js';
import { wrapWords } from './wrap-words.js';

const KEYS = helpLines();

const ABOUT =
  'Each actor scores its options by how well they serve its interests, each backed by a quoted ' +
  "article. It thinks one reply ahead, then picks with seeded dice that favour its best-scoring " +
  'options, so runs differ by seed. docs/MODEL.md explains.';
/** What a short terminal shows instead, whole rather than cut. */
const ABOUT_SHORT = 'How each actor decides: docs/MODEL.md';

/** The keys, and how the model decides, in `height` rows; the explanation gives way to a pointer to the docs, never cut. */
export function HelpScreen({ width, height }: { readonly width: number; readonly height: number }) {
  const inner = width - 4;
  // Border 2, title 1, the keys, a blank line, then the explanation in what is left.
  const room = height - 2 - 1 - KEYS.length - 1;
  const about = wrapWords(ABOUT, inner);
  const shown = room >= about.length ? about : room > 0 ? [ABOUT_SHORT] : [];
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle="round" paddingX={1}>
      <Text bold>Keys</Text>
      {KEYS.map(([key, what]) => (
        <Text key={key} wrap="truncate">
          <Text color="cyan">{key.padEnd(18)}</Text>
          {what}
        </Text>
      ))}
      {shown.length > 0 && <Text> </Text>}
      {shown.map((line, i) => (
        <Text key={i}>{line}</Text>
      ))}
    </Box>
  );
}

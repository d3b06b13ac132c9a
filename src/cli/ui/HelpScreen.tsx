import { Box, Text } from 'ink';

const KEYS: readonly [string, string][] = [
  ['→  or  space', 'next turn'],
  ['←', 'previous turn'],
  ['Home / End', 'the trigger / the latest turn'],
  ['↑ / ↓', 'select an option or a term (in the focused panel)'],
  ['Tab / Shift-Tab', 'move between timeline, options and terms'],
  ['Enter', "play the selected action, at a person's seat"],
  ['m', "show or hide the model's expectations, at a seat"],
  ['n', 'new seed: run the scenario again with the next seed'],
  ['s', 'save the run record to a JSON file'],
  ['?  /  Esc', 'this help / close it'],
  ['q', 'quit'],
];

export function HelpScreen({ width }: { readonly width: number }) {
  return (
    <Box flexDirection="column" width={width} borderStyle="round" paddingX={1}>
      <Text bold>Keys</Text>
      {KEYS.map(([key, what]) => (
        <Text key={key}>
          <Text color="cyan">{key.padEnd(18)}</Text>
          {what}
        </Text>
      ))}
      <Text> </Text>
      <Text wrap="wrap">
        Each actor weighs its options by expected utility: the weighted sum of its interests, each an
        expression over the world with a quote from the article it comes from. It anticipates the next
        actor's reply, then picks by a seeded logit draw, so runs differ by seed. docs/MODEL.md explains.
      </Text>
    </Box>
  );
}

import { Text } from 'ink';

/**
 * What the keys do now: stepping through a run (`terms` when the terms panel has the
 * keyboard, as Enter opens the passage there), at a person's seat, reading a passage, or
 * answering a question.
 */
export type KeyMode = 'browse' | 'terms' | 'seat' | 'passage' | 'confirm';

/** A key, what it does, and how early it gives way on a narrow screen (0: never). */
type Hint = readonly [keys: string, what: string, drop: number];

const BROWSE: readonly Hint[] = [
  ['→/space', 'next', 0],
  ['←', 'prev', 0],
  // Home/End are conventional and v is not: at 100 columns v keeps its place. Both are on the help screen.
  ['Home/End', 'first/last', 3],
  ['↑↓', 'select', 0],
  ['Tab', 'panel', 0],
  ['v', 'passage', 2],
  ['n', 'new seed', 0],
  ['s', 'save', 0],
  ['?', 'help', 0],
  ['q', 'quit', 0],
];

/** `hints` with some replaced, by the keys they name. */
const replacing = (hints: readonly Hint[], changes: Readonly<Record<string, Hint>>): Hint[] => hints.map((hint) => changes[hint[0]] ?? hint);

const HINTS: Record<KeyMode, readonly Hint[]> = {
  browse: BROWSE,
  // Reading terms, ↑↓ moves between them and Enter opens the passage, the thing wanted next; a new seed least.
  terms: replacing(BROWSE, {
    'Home/End': ['Home/End', 'first/last', 2],
    '↑↓': ['↑↓', 'term', 0],
    v: ['Enter', 'passage', 0],
    n: ['n', 'new seed', 1],
  }),
  seat: [
    ['↑↓', 'pick', 0],
    ['Enter', 'play', 0],
    ['m', 'model view', 0],
    ['←', 'back', 1],
    ['n', 'new seed', 0],
    ['?', 'help', 0],
    ['q', 'quit', 0],
  ],
  passage: [
    ['Esc/Enter/v', 'close', 0],
    ['q', 'quit', 0],
  ],
  confirm: [
    ['y', 'discard', 0],
    ['any other key', 'keep playing', 0],
  ],
};

/**
 * The footer: the keys that work in the current mode, and only those. On a narrow screen
 * the least needed hints go first (all are on the help screen), never `? help` or `q quit`.
 */
export function KeyHints({ mode, width }: { readonly mode: KeyMode; readonly width: number }) {
  return (
    <Text dimColor wrap="truncate">
      {fitHints(HINTS[mode], width)}
    </Text>
  );
}

function fitHints(hints: readonly Hint[], width: number): string {
  let kept = [...hints];
  const line = (): string => kept.map(([keys, what]) => `${keys} ${what}`).join('  ');
  while (line().length > width) {
    const highest = Math.max(...kept.map(([, , drop]) => drop));
    if (highest === 0) break;
    kept = kept.filter(([, , drop]) => drop !== highest);
  }
  return line();
}

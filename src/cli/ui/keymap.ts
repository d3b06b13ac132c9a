import type { Key } from 'ink';

/**
 * What the keys do now: stepping through a run (`terms` when the terms panel has the
 * keyboard, as Enter opens the passage there), at a person's seat, reading a passage,
 * answering a question, or with the help screen open (the footer then shows the mode below it).
 */
export type KeyMode = 'browse' | 'terms' | 'seat' | 'passage' | 'confirm' | 'help';

/**
 * What a key asks for: a step of navigation (a ViewAction the reducer takes), or one the
 * App carries out at the edges (playing a seat's choice, saving, a new run, quitting).
 */
export type Command =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'up'
  | 'down'
  | 'focus-next'
  | 'focus-previous'
  | 'toggle-help'
  | 'close-help'
  | 'toggle-model'
  | 'open-passage'
  | 'close-passage'
  | 'choose'
  | 'new-run'
  | 'save'
  | 'quit'
  | 'interrupt'
  | 'discard'
  | 'keep-playing';

/** A footer hint: what the key does, and how early it gives way on a narrow screen (0: never). */
export type Hint = readonly [what: string, drop: number];

export interface Binding {
  /** The key as the footer writes it. */
  readonly keys: string;
  /** The command the key gives, if this binding's key was pressed. */
  readonly match: (input: string, key: Key) => Command | undefined;
  /** The modes the binding works in. */
  readonly modes: readonly KeyMode[];
  /** Its footer hint, in the modes that list it. */
  readonly hints?: Partial<Record<KeyMode, Hint>>;
  /** Its line on the help screen: keys, what they do. */
  readonly help?: readonly [keys: string, what: string];
}

const STEPPING: readonly KeyMode[] = ['browse', 'terms', 'seat'];

/**
 * Every key binding, in the order the footer and the help screen list them: the one table
 * the input handler, the footer (`KeyHints`) and the help screen (`HelpScreen`) read.
 * The first binding that matches in the current mode wins (Ctrl-C comes before
 * 'any other key').
 */
export const KEYMAP: readonly Binding[] = [
  {
    keys: '→/space',
    match: (input, key) => (key.rightArrow || input === ' ' ? 'next' : undefined),
    modes: STEPPING,
    hints: { browse: ['next', 0], terms: ['next', 0] },
    help: ['→  or  space', 'next turn'],
  },
  {
    keys: '←',
    match: (_, key) => (key.leftArrow ? 'previous' : undefined),
    modes: STEPPING,
    hints: { browse: ['prev', 0], terms: ['prev', 0], seat: ['back', 1] },
    help: ['←', 'previous turn'],
  },
  {
    keys: 'Home/End',
    match: (_, key) => (key.home ? 'first' : key.end ? 'last' : undefined),
    modes: STEPPING,
    // Home/End are conventional and v is not: at 100 columns v keeps its place. Both are on the help screen.
    hints: { browse: ['first/last', 3], terms: ['first/last', 2] },
    help: ['Home / End', 'the trigger / the latest turn'],
  },
  {
    keys: '↑↓',
    match: (_, key) => (key.upArrow ? 'up' : key.downArrow ? 'down' : undefined),
    modes: STEPPING,
    hints: { browse: ['select', 0], terms: ['term', 0], seat: ['pick', 0] },
    help: ['↑ / ↓', 'select an option or a term, in the panel marked ▸'],
  },
  {
    keys: 'Tab',
    match: (_, key) => (key.tab ? (key.shift ? 'focus-previous' : 'focus-next') : undefined),
    modes: STEPPING,
    hints: { browse: ['panel', 0], terms: ['panel', 0] },
    help: ['Tab / Shift-Tab', 'move between timeline, options and terms'],
  },
  {
    keys: 'Enter',
    match: (_, key) => (key.return ? 'choose' : undefined),
    modes: ['browse', 'seat'],
    hints: { seat: ['play', 0] },
    help: ['Enter', "play the selected action, at a person's seat"],
  },
  {
    keys: 'Enter',
    // In the terms panel there is no action to play: Enter opens the passage, the thing wanted next.
    match: (_, key) => (key.return ? 'open-passage' : undefined),
    modes: ['terms'],
    hints: { terms: ['passage', 0] },
  },
  {
    keys: 'v',
    match: (input) => (input === 'v' ? 'open-passage' : undefined),
    modes: STEPPING,
    hints: { browse: ['passage', 2] },
    help: ['v  or  Enter', "the selected term's whole passage (Enter: in terms)"],
  },
  {
    keys: 'Esc/Enter/v',
    // The passage screen, like help, closes on its own keys and ignores the rest.
    match: (input, key) => (key.escape || key.return || input === 'v' ? 'close-passage' : undefined),
    modes: ['passage'],
    hints: { passage: ['close', 0] },
  },
  {
    keys: 'm',
    match: (input) => (input === 'm' ? 'toggle-model' : undefined),
    modes: STEPPING,
    hints: { seat: ['model view', 0] },
    help: ['m', "show or hide the model's expectations, at a seat"],
  },
  {
    keys: 'n',
    match: (input) => (input === 'n' ? 'new-run' : undefined),
    modes: ['browse', 'terms', 'seat', 'passage', 'help'],
    // Reading terms, a new seed is what is wanted least.
    hints: { browse: ['new seed', 0], terms: ['new seed', 1], seat: ['new seed', 0] },
    help: ['n', 'run again with the next seed'],
  },
  {
    keys: 's',
    match: (input) => (input === 's' ? 'save' : undefined),
    modes: STEPPING,
    hints: { browse: ['save', 0], terms: ['save', 0] },
    help: ['s', "save the finished run's record to a JSON file"],
  },
  {
    keys: '?',
    match: (input) => (input === '?' ? 'toggle-help' : undefined),
    modes: [...STEPPING, 'help'],
    hints: { browse: ['help', 0], terms: ['help', 0], seat: ['help', 0] },
    help: ['?  /  Esc', 'this help / close it'],
  },
  {
    keys: 'Esc',
    match: (_, key) => (key.escape ? 'close-help' : undefined),
    modes: [...STEPPING, 'help'],
  },
  {
    keys: 'q',
    match: (input) => (input === 'q' ? 'quit' : undefined),
    modes: ['browse', 'terms', 'seat', 'passage', 'help'],
    hints: { browse: ['quit', 0], terms: ['quit', 0], seat: ['quit', 0], passage: ['quit', 0] },
    help: ['q', "quit; n and q ask first if people's choices are unsaved"],
  },
  {
    keys: 'Ctrl-C',
    // Stops at once, whatever is unsaved, and exits 130 as any interrupted command does.
    match: (input, key) => (key.ctrl && input === 'c' ? 'interrupt' : undefined),
    modes: ['browse', 'terms', 'seat', 'passage', 'confirm', 'help'],
    help: ['Ctrl-C', 'quit at once'],
  },
  {
    keys: 'y',
    match: (input) => (input === 'y' ? 'discard' : undefined),
    modes: ['confirm'],
    hints: { confirm: ['discard', 0] },
  },
  {
    keys: 'any other key',
    match: () => 'keep-playing',
    modes: ['confirm'],
    hints: { confirm: ['keep playing', 0] },
  },
];

/** The command a key gives in `mode`, if any. */
export function commandFor(mode: KeyMode, input: string, key: Key): Command | undefined {
  for (const binding of KEYMAP) {
    if (!binding.modes.includes(mode)) continue;
    const command = binding.match(input, key);
    if (command !== undefined) return command;
  }
  return undefined;
}

/** The footer's hints in `mode`, in table order: keys, what, drop. */
export function hintsFor(mode: KeyMode): (readonly [keys: string, what: string, drop: number])[] {
  return KEYMAP.flatMap((b) => {
    const hint = b.hints?.[mode];
    return hint === undefined ? [] : [[b.keys, hint[0], hint[1]] as const];
  });
}

/** The help screen's lines, in table order. */
export function helpLines(): (readonly [keys: string, what: string])[] {
  return KEYMAP.flatMap((b) => (b.help === undefined ? [] : [b.help]));
}

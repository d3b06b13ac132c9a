import wrapAnsi from 'wrap-ansi';

/**
 * Breaks `text` into lines of at most `width` terminal columns at spaces, a word longer
 * than a line being cut (`wrap-ansi` in hard mode, which measures with `string-width`).
 * The first line has `firstWidth` columns, the room left after a label: `wrap-ansi` has no
 * narrower first line, so that line is wrapped on its own and the rest after it. Wrapping
 * here rather than in Ink tells the caller how many lines a passage needs, and avoids
 * Ink's wrap starting a line with the space after a line that fits exactly.
 */
export function wrapWords(text: string, width: number, firstWidth = width): string[] {
  const words = text.split(/\s+/).filter(Boolean).join(' ');
  const room = Math.max(1, width);
  const firstRoom = Math.max(1, firstWidth);
  if (firstRoom === room) return wrap(words, room);
  const first = wrap(words, firstRoom)[0]!;
  const rest = words.slice(first.length).trimStart();
  return rest === '' ? [first] : [first, ...wrap(rest, room)];
}

function wrap(text: string, width: number): string[] {
  return wrapAnsi(text, width, { hard: true, trim: true }).split('\n');
}

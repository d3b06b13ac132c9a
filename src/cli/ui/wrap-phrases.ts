import stringWidth from 'string-width';
import { wrapWords } from './wrap-words.js';

/**
 * Breaks a status message into lines of at most `width` columns between its phrases (after
 * ` · `, `: ` or `; `), so that what follows `reopen it with:` (a command with a path)
 * starts a line whole rather than being cut; only a phrase wider than a line is broken
 * at spaces, and a word wider than a line (a very long path) across lines.
 */
export function wrapPhrases(text: string, width: number): string[] {
  const phrases = text.split(/(?<= ·|:|;) /);
  const lines: string[] = [];
  let line = '';
  for (const phrase of phrases) {
    const joined = line === '' ? phrase : `${line} ${phrase}`;
    if (stringWidth(joined) <= width) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    const pieces = wrapWords(phrase, width);
    line = pieces.pop()!;
    lines.push(...pieces);
  }
  lines.push(line);
  // A line ending at a ` · ` break loses the dot: the line break separates well enough.
  return lines.map((l) => l.replace(/ ·$/, ''));
}

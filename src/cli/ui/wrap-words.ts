import stringWidth from 'string-width';
/**
 * Breaks `text` into lines of at most `width` terminal columns (measured by `string-width`)
 * at spaces, a word longer than a line being cut; the first line has `firstWidth` columns (room left after a prefix). Wrapping
 * here rather than in Ink tells the caller how many lines a passage needs, and avoids
 * Ink's wrap starting a line with the space after a line that fits exactly; `wrap-ansi`
 * has no narrower first line, which a passage after its label needs.
 */
export function wrapWords(text: string, width: number, firstWidth = width): string[] {
  const lines: string[] = [];
  let line = '';
  let room = Math.max(1, firstWidth);
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > 0) {
      const joined = line === '' ? word : `${line} ${word}`;
      if (stringWidth(joined) <= room) {
        line = joined;
        word = '';
      } else if (line !== '') {
        lines.push(line);
        line = '';
        room = Math.max(1, width);
      } else {
        const piece = cutToWidth(word, room);
        lines.push(piece);
        word = word.slice(piece.length);
        room = Math.max(1, width);
      }
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** The longest start of `word` that fits in `room` columns; at least one character, so wrapping ends. */
function cutToWidth(word: string, room: number): string {
  let end = 0;
  for (const char of word) {
    if (end > 0 && stringWidth(word.slice(0, end + char.length)) > room) break;
    end += char.length;
  }
  return word.slice(0, end);
}

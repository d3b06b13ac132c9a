/**
 * Breaks `text` into lines of at most `width` columns at spaces, a word longer than a line
 * being cut; the first line has `firstWidth` columns (room left after a prefix). Wrapping
 * here rather than in Ink tells the caller how many lines a passage needs, and avoids
 * Ink's wrap starting a line with the space after a line that fits exactly.
 */
export function wrapWords(text: string, width: number, firstWidth = width): string[] {
  const lines: string[] = [];
  let line = '';
  let room = Math.max(1, firstWidth);
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > 0) {
      const joined = line === '' ? word : `${line} ${word}`;
      if (joined.length <= room) {
        line = joined;
        word = '';
      } else if (line !== '') {
        lines.push(line);
        line = '';
        room = Math.max(1, width);
      } else {
        lines.push(word.slice(0, room));
        word = word.slice(room);
        room = Math.max(1, width);
      }
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

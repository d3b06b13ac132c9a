import stringWidth from 'string-width';
import { truncate } from './truncate.js';

/**
 * Two actors' names joined by an en dash (`North Korea–Russia`), fitted to `width`. The
 * longer name gives way first, a step at a time (see `shorterName`), so both stay
 * recognisable as long as possible; a cut with '…' comes last.
 */
export function pairLabel(first: string, second: string, width: number): string {
  const names = [first, second];
  const fits = (): boolean => stringWidth(names[0]!) + 1 + stringWidth(names[1]!) <= width;
  while (!fits()) {
    const longer = stringWidth(names[0]!) >= stringWidth(names[1]!) ? 0 : 1;
    const shorter = shorterName(names[longer]!);
    if (shorter === undefined) break;
    names[longer] = shorter;
  }
  return truncate(`${names[0]}–${names[1]}`, width);
}

const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * The next shorter form of a name that a reader still recognises: a leading article goes
 * (`A mediator` → `mediator`); a proper name of several words becomes its initials
 * (`United States` → `US`, `North Korea` → `NK`); a name of one proper word and common
 * words keeps the proper word (`Gulf states` → `Gulf`, where `GS` would be cryptic); a
 * single word loses its last letter to '…'. Undefined once nothing shorter is readable.
 */
function shorterName(name: string): string | undefined {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length > 1) {
    if (ARTICLES.has(words[0]!.toLowerCase())) return words.slice(1).join(' ');
    const proper = words.filter((w) => /^\p{Lu}/u.test(w));
    if (proper.length > 1) return proper.map((w) => w[0]!).join('');
    return proper[0] ?? words[0]!;
  }
  return stringWidth(name) > 2 ? truncate(name, stringWidth(name) - 1) : undefined;
}

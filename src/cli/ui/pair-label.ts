import { truncate } from './truncate.js';

/**
 * Two actors' names joined by an en dash (`North Korea–Russia`), fitted to `width`. The
 * longer name gives way first: a name of several words to its initials (`United States`
 * → `US`), then any name to a cut with '…', so both stay recognisable as long as possible.
 */
export function pairLabel(first: string, second: string, width: number): string {
  const names = [first, second];
  const fits = (): boolean => names[0]!.length + 1 + names[1]!.length <= width;
  while (!fits()) {
    const longer = names[0]!.length >= names[1]!.length ? 0 : 1;
    const name = names[longer]!;
    const shorter = initials(name) ?? (name.length > 2 ? truncate(name, name.length - 1) : undefined);
    if (shorter === undefined) break;
    names[longer] = shorter;
  }
  return truncate(`${names[0]}–${names[1]}`, width);
}

/** `US` for `United States`; undefined for a single word, or a name that is initials already. */
function initials(name: string): string | undefined {
  const words = name.split(/\s+/).filter(Boolean);
  return words.length > 1 ? words.map((w) => w[0]!.toUpperCase()).join('') : undefined;
}

import { truncate } from './truncate.js';

/**
 * As many of `items` as fit in `width` columns, joined by `separator`, ending with
 * `+3 more` when some are left out, so a cut list says so. The first item is cut
 * (with '…') only if not even it fits beside the count.
 */
export function fitItems(items: readonly string[], width: number, separator = ' · '): string {
  const all = items.join(separator);
  if (all.length <= width) return all;
  for (let kept = items.length - 1; kept >= 1; kept--) {
    const text = `${items.slice(0, kept).join(separator)}${separator}+${items.length - kept} more`;
    if (text.length <= width) return text;
  }
  const count = `${separator}+${items.length - 1} more`;
  const room = Math.max(1, width - count.length);
  return `${truncate(items[0] ?? '', room)}${count}`.slice(0, width);
}

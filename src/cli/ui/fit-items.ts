import stringWidth from 'string-width';
import { truncate } from './truncate.js';

/**
 * As many of `items` as fit in `width` columns, joined by `separator`, ending with
 * `+3 more` when some are left out, so a cut list says so. The first item is cut
 * (with '…') only if not even it fits beside the count.
 */
export function fitItems(items: readonly string[], width: number, separator = ' · '): string {
  const all = items.join(separator);
  if (stringWidth(all) <= width) return all;
  for (let kept = items.length - 1; kept >= 1; kept--) {
    const text = `${items.slice(0, kept).join(separator)}${separator}+${items.length - kept} more`;
    if (stringWidth(text) <= width) return text;
  }
  const count = `${separator}+${items.length - 1} more`;
  const room = Math.max(1, width - stringWidth(count));
  return truncate(`${truncate(items[0] ?? '', room)}${count}`, width);
}

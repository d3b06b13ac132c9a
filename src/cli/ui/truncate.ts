import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';

/**
 * `text` cut to `width` terminal columns with a trailing '…' when it does not fit, measured
 * by `string-width` (wide characters and emoji take two columns) and cut by `cli-truncate`.
 * Only labels are cut this way: numbers get their full width first, so a cut never changes
 * a value.
 */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (stringWidth(text) <= width) return text;
  // No space is left dangling before the ellipsis.
  return `${cliTruncate(text, width).slice(0, -1).trimEnd()}…`;
}

/** `text` cut to `width` columns and padded with spaces to exactly `width` columns. */
export function fitTo(text: string, width: number): string {
  const cut = truncate(text, width);
  return cut + ' '.repeat(Math.max(0, width - stringWidth(cut)));
}

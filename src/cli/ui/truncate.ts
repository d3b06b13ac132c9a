/**
 * `text` cut to `width` columns with a trailing '…' when it does not fit. Only labels are
 * cut this way: numbers get their full width first, so a cut never changes a value.
 */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (text.length <= width) return text;
  return `${text.slice(0, width - 1).trimEnd()}…`;
}

/** `text` cut to `width` and padded with spaces to exactly `width` columns. */
export function fitTo(text: string, width: number): string {
  return truncate(text, width).padEnd(Math.max(0, width));
}

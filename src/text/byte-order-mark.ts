/**
 * `text` without a leading byte-order mark (U+FEFF), which some editors write and hide: it
 * is not part of the JSON or YAML, and lines and columns are counted without it.
 */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

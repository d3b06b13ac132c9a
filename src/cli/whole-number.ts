/**
 * The whole number `text` spells in plain digits (surrounding blanks allowed), or undefined:
 * for a sign, a decimal point, an exponent, hex, or a number past 2^53 that JavaScript
 * would round. Every option that takes a count, a seed or a turn reads its text here, so
 * all of them accept and refuse the same spellings.
 */
export function parseWholeNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return Number.isSafeInteger(n) ? n : undefined;
}

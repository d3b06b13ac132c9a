/**
 * Every negative number wargame shows, in the printed log and in the UI, carries the true
 * minus sign (U+2212): an ASCII hyphen reads as a dash.
 */
export function withMinusSign(text: string): string {
  // A hyphen is a minus sign where a number starts: at the start, or after a space, '$' or '('.
  return text.replace(/(^|[\s$(])-(?=[\d.])/g, '$1−');
}

/** `x` with `digits` decimals and a true minus sign; a value that rounds to zero has none. */
export function decimal(x: number, digits: number): string {
  const text = x.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : withMinusSign(text);
}

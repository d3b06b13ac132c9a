/**
 * A passage from an article as a quotation: in curly quotes, with '…' where it starts
 * or stops mid-sentence, so a fragment does not read as the UI's own words.
 */
export function quoted(quote: string): string {
  const text = quote.trim();
  const opens = /^[a-z,;]/.test(text) ? '…' : '';
  const closes = /[.!?…"”]$/.test(text) ? '' : '…';
  return `“${opens}${text}${closes}”`;
}

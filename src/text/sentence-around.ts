/** A quote in its sentence: the text before it, the quote itself, and the text after it. */
export interface QuoteInSentence {
  readonly before: string;
  readonly quote: string;
  readonly after: string;
}

/** How far either way the sentence is followed before it is cut with an ellipsis. */
const REACH = 400;

/**
 * The whole sentence (or sentences) a quote sits in, found in `text`: from the end of the
 * sentence before it to the end of the sentence it ends in. A blank line also ends a
 * sentence; line breaks inside a paragraph read as spaces. Undefined when the quote is not
 * in the text.
 */
export function sentenceAround(text: string, quote: string): QuoteInSentence | undefined {
  const at = text.indexOf(quote);
  if (at < 0 || quote === '') return undefined;
  const end = at + quote.length;
  let start = at;
  while (start > 0 && at - start < REACH && !endsSentence(text, start - 1)) start--;
  let stop = end;
  // A quote that itself ends a sentence needs nothing after it.
  const quoteEnds = /[.!?]["”’)]*$/.test(quote);
  while (!quoteEnds && stop < text.length && stop - end < REACH && !endsSentence(text, stop - 1)) stop++;
  const spaced = (s: string): string => s.replace(/\s+/g, ' ');
  const before = spaced(text.slice(start, at)).trimStart();
  const after = spaced(text.slice(end, stop)).trimEnd();
  return {
    before: at - start >= REACH && start > 0 ? `…${before}` : before,
    quote: spaced(quote),
    after: stop - end >= REACH && stop < text.length ? `${after}…` : after,
  };
}

/** Whether the character at `i` closes a sentence: a full stop (or ! or ?) before a space, or a blank line. */
function endsSentence(text: string, i: number): boolean {
  const c = text[i]!;
  const next = text[i + 1];
  if (c === '\n' && next === '\n') return true;
  if (c === '\n' && i > 0 && text[i - 1] === '\n') return true;
  return /[.!?]/.test(c) && (next === undefined || /\s/.test(next));
}

import type { Interest } from '../../engine/scenario.js';
import { quoted } from '../../presentation/quoted.js';
import { builtInLibrary } from '../../scenarios/library-files.js';
import { sentenceAround } from '../../text/sentence-around.js';
import { truncate } from './truncate.js';
import { wrapWords } from './wrap-words.js';

/** An interest's text on the passage screen, as the lines that fit; [] for a part left out. */
export interface PassageLines {
  /** `value = <expression>`: how the term's value is computed. */
  readonly expression: readonly string[];
  /** `Why this weight: …`, after a blank line. */
  readonly rationale: readonly string[];
  /** Whether a blank line separates the article from what is above it. */
  readonly gap: boolean;
  readonly article: readonly string[];
  readonly quote: readonly string[];
}

/** Lines a fitted passage takes: the blank lines included. */
export function passageHeight(lines: PassageLines): number {
  const { expression, rationale, gap, article, quote } = lines;
  return expression.length + (rationale.length > 0 ? 1 + rationale.length : 0) + (gap ? 1 : 0) + article.length + quote.length;
}

/**
 * Fits an interest's expression, rationale and passage into `rows` lines of `width`
 * columns. The quote is the evidence an instructor projects, so what is ours gives way
 * first: the rationale, line by line, then the expression down to one line, the blank
 * line, and the article's name down to one line. Only a screen too short for even the
 * quote (a 600-character quote on a very narrow screen) cuts it, ending in '…'.
 */
export function fitPassage(interest: Interest, width: number, rows: number): PassageLines {
  let lines: PassageLines = {
    expression: wrapWords(`value = ${interest.term.source}`, width),
    rationale: wrapWords(`Why this weight: ${interest.rationale}`, width),
    gap: true,
    article: wrapWords(interest.citation.article, width),
    quote: wrapWords(inSentence(interest), width),
  };
  const over = (): number => passageHeight(lines) - rows;
  if (over() > 0) {
    // The rationale's blank line goes with its last line.
    const keep = lines.rationale.length - over();
    lines = { ...lines, rationale: keep > 0 ? cut(lines.rationale, keep, width) : [] };
  }
  if (over() > 0) lines = { ...lines, expression: cut(lines.expression, 1, width) };
  if (over() > 0) lines = { ...lines, gap: false };
  if (over() > 0) lines = { ...lines, article: cut(lines.article, 1, width) };
  if (over() > 0) lines = { ...lines, quote: cut(lines.quote, Math.max(1, lines.quote.length - over()), width) };
  return lines;
}

/** The first `count` of `lines`, the last of them ending in '…' when any were left out. */
function cut(lines: readonly string[], count: number, width: number): string[] {
  if (lines.length <= count) return [...lines];
  const kept = lines.slice(0, count);
  kept[count - 1] = `${truncate(kept[count - 1]!, width - 1)}…`.replace(/……$/, '…');
  return kept;
}

/**
 * The quote in the whole sentence it comes from, the quoted words marked, so the passage
 * reads as the article says it: `…the sentence “the quoted words” and its end.`
 */
function inSentence(interest: Interest): string {
  const { article, quote } = interest.citation;
  const text = builtInLibrary().articles.get(article);
  const found = text === undefined ? undefined : sentenceAround(text, quote);
  if (found === undefined) return quoted(quote);
  return `${found.before}${quoted(found.quote)}${found.after}`;
}

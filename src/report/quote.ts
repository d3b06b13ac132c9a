import type { Citation } from '../engine/scenario.js';
import { html, type Html } from './html.js';

/** A citation as a block quote naming its article. */
export function quoteBlock(citation: Citation): Html {
  return html`<blockquote>“${citation.quote}”<cite>${articleName(citation.article)}</cite></blockquote>`;
}

/** Where a quote is from, as a path a reader can open: the articles ship with wargame. */
export function articleName(file: string): string {
  return `sources/articles/${file}`;
}

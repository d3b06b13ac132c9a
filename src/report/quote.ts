import type { Citation } from '../engine/scenario.js';
import { html, type Html } from './html.js';

/** A citation as a block quote naming its article. */
export function quoteBlock(citation: Citation): Html {
  return html`<blockquote>“${citation.quote}”<cite>${articleName(citation.article)}</cite></blockquote>`;
}

/** An article's file name as a reader would say it: "02 iran abandoned by key allies". */
export function articleName(file: string): string {
  return `article ${file.replace(/\.txt$/, '').replace(/-/g, ' ')}`;
}

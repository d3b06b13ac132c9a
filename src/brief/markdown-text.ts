/**
 * Scenario text for a Markdown role card: shown as the words it is, never as markup. A
 * scenario file is written by whoever shared it, and a card is opened in editors, wikis
 * and learning platforms that render Markdown and the HTML inside it, so `<script>`, a
 * `javascript:` link, a remote image or a heading smuggled in by a line break must reach
 * the student as text. (The HTML card escapes the same text as HTML.)
 */

/** Characters that start inline markup: emphasis, code, links and images, tables, strikethrough, headings. */
const INLINE_MARKUP = /[\\`*_[\]|~#]/g;
/** Every line break a renderer may honour, U+2028 and U+2029 among them. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085\u000b\u000c]/g;

/** One line of text (a label, a name, a list item): line breaks become spaces. */
export function markdownInline(text: string): string {
  return escapeInline(text.replace(LINE_BREAK, ' '));
}

/**
 * Text of one or more paragraphs (a brief, a rationale): blank lines still part them, any
 * other line break becomes a space (as Markdown would show it), and a paragraph that
 * would open a block (a list, a quote, a rule, a numbered item) is escaped so it stays a
 * paragraph.
 */
export function markdownParagraphs(text: string): string {
  return text
    .replace(LINE_BREAK, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => escapeBlockStart(markdownInline(paragraph.trim())))
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

function escapeInline(text: string): string {
  // Entities rather than backslashes for HTML: every renderer, strict or not, shows them as text.
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replace(INLINE_MARKUP, '\\$&');
}

/** A leading `-`, `+`, `=` or `1.` would make a list, a rule or a heading underline. */
function escapeBlockStart(paragraph: string): string {
  return paragraph.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

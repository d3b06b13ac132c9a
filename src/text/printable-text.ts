/**
 * Characters a file must not be able to put on a terminal: C0 and C1 controls (escape
 * sequences can clear a class's screen, retitle the window or set the clipboard) and the
 * bidirectional overrides that make text read other than it is. Line breaks are fine.
 */
const UNPRINTABLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const EVERY_UNPRINTABLE = new RegExp(UNPRINTABLE.source, 'gu');

/** True when the text holds a character that could drive or deceive the terminal. */
export function hasUnprintable(text: string): boolean {
  return UNPRINTABLE.test(text);
}

/** The text with every such character shown as an escape (`\x1b`, `\u202e`), for messages. */
export function escapeUnprintable(text: string): string {
  return text.replace(EVERY_UNPRINTABLE, (c) => {
    const code = c.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

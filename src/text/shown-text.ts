import { escapeUnprintable } from './printable-text.js';

/** Longest a path or value is echoed in a message: enough to recognise it, never a flood. */
const SHOWN_LENGTH = 200;

/**
 * Text the user gave (a path, a value), for a message: as given, its unprintable
 * characters escaped, and cut with an ellipsis past 200 characters, so a 100,000-character
 * argument costs a line of stderr, not 100 KB.
 */
export function shown(text: string): string {
  const cut = text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}… (${text.length} characters)` : text;
  return escapeUnprintable(cut);
}

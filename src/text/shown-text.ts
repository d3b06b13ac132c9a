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

/** Longest run of characters without a space that a message shows whole. */
const LONGEST_WORD = 300;

/**
 * A message with each run of more than 300 characters without a space (a path, a value
 * echoed back) cut as `shown` cuts it: a safety net for every message on stderr.
 */
export function cutLongWords(text: string): string {
  return text.replace(new RegExp(`\\S{${LONGEST_WORD + 1},}`, 'gu'), (word) => `${word.slice(0, SHOWN_LENGTH)}… (${word.length} characters)`);
}

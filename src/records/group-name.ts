import { z } from 'zod';
import { hasUnprintable } from '../text/printable-text.js';

/** The longest group name: enough for "Table 4 — Ministry of Foreign Affairs", short enough for a header. */
export const MAX_GROUP_NAME = 60;

/**
 * A group's name as a run record holds it: one line of printable text, not blank, not
 * padded, at most MAX_GROUP_NAME characters. It is shown in the terminal and in reports,
 * so control characters (an escape sequence, a line break) and bidirectional overrides
 * are refused.
 */
export const GroupName = z
  .string()
  .min(1, 'a group name cannot be empty')
  .max(MAX_GROUP_NAME, `a group name has at most ${MAX_GROUP_NAME} characters`)
  .refine((name) => !/\p{Cc}/u.test(name) && !hasUnprintable(name), 'a group name cannot hold control characters (line breaks, tabs, escapes) or bidirectional overrides')
  .refine((name) => name.trim() === name, 'a group name cannot start or end with a space');

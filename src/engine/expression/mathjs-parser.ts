import { createRequire } from 'node:module';
import type { MathNode } from 'mathjs';

/**
 * mathjs's parser, loaded from its single-file bundle.
 *
 * Why the bundle: importing the ESM entry walks about a thousand modules and adds
 * ~0.74 s to every CLI start on this project's machines; the bundle adds ~0.06 s.
 * Only `parse` is used: it builds a syntax tree and evaluates nothing, so the
 * whitelist in `compile-expression.ts` decides what a tree may do.
 */
const require = createRequire(import.meta.url);
// Loaded on the first expression, not on import: a command that compiles none (`list`,
// `--help`) does not pay for it.
let math: { parse(text: string): MathNode } | undefined;

export function parseMath(text: string): MathNode {
  math ??= require('mathjs/lib/browser/math.js') as { parse(text: string): MathNode };
  return math.parse(text);
}

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
const math = require('mathjs/lib/browser/math.js') as { parse(text: string): MathNode };

export function parseMath(text: string): MathNode {
  return math.parse(text);
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { type ExpressionTree, type KnownParse, parseExpression, plainTree } from '../engine/expression/expression-tree.js';

/**
 * What mathjs's parser gives for every expression of the package's own files, recorded at
 * build time (`scripts/snapshot-expressions.mjs`), keyed by the exact text of the expression
 * and the version of mathjs that parsed it. Loading mathjs's bundle was the largest part of
 * what `wargame run` spent starting; with the snapshot, a built-in scenario compiles without
 * loading it. Parsing is a function of the text, so a text found here parses to the
 * recorded tree wherever it was written; a text not found (an edited expression, a user's
 * own), a snapshot of another mathjs version, or no snapshot (running from src) is parsed
 * by mathjs as before. Either way the tree goes through the same whitelist and compiler.
 */
export interface ExpressionSnapshot {
  readonly format: typeof EXPRESSION_SNAPSHOT_FORMAT;
  /** The version of mathjs that parsed every text. */
  readonly mathjs: string;
  /** Expression text → its tree's fields the compiler reads (`plainTree`) and its cost. */
  readonly expressions: Readonly<Record<string, { readonly tree: ExpressionTree; readonly cost: number }>>;
}

export const EXPRESSION_SNAPSHOT_FORMAT = 'wargame-expression-snapshot/1';

/** Beside this module: dist/scenarios/ once built, where the build writes it. */
export const EXPRESSION_SNAPSHOT_URL = new URL('./expression-snapshot.json', import.meta.url);

const require = createRequire(import.meta.url);

/** The installed mathjs's version: a snapshot from another one is not used. */
export function mathjsVersion(): string {
  return (require('mathjs/package.json') as { version: string }).version;
}

/**
 * The snapshot of `texts`: each parsed by mathjs now. A text that does not parse is left
 * out (mathjs reports it at load, located), and so is a tree JSON cannot carry unchanged.
 */
export function expressionSnapshot(texts: Iterable<string>): ExpressionSnapshot {
  const expressions: Record<string, { tree: ExpressionTree; cost: number }> = {};
  for (const text of [...new Set(texts)].sort()) {
    let entry: { tree: ExpressionTree; cost: number };
    try {
      const parsed = parseExpression(text);
      entry = { tree: plainTree(parsed.tree), cost: parsed.cost };
    } catch {
      continue;
    }
    if (isDeepStrictEqual(JSON.parse(JSON.stringify(entry)), entry)) expressions[text] = entry;
  }
  return { format: EXPRESSION_SNAPSHOT_FORMAT, mathjs: mathjsVersion(), expressions };
}

/** The parses a snapshot file holds; none when it is missing, unreadable, of another format or of another mathjs. */
export function readExpressionSnapshot(url: URL = EXPRESSION_SNAPSHOT_URL): KnownParse {
  let known: Map<string, { tree: ExpressionTree; cost: number }>;
  try {
    const parsed = JSON.parse(readFileSync(url, 'utf8')) as Partial<ExpressionSnapshot>;
    const usable = parsed.format === EXPRESSION_SNAPSHOT_FORMAT && parsed.mathjs === mathjsVersion() && typeof parsed.expressions === 'object' && parsed.expressions !== null;
    known = new Map(usable ? Object.entries(parsed.expressions!) : []);
  } catch {
    known = new Map(); // none beside the source files, or unreadable: mathjs parses every text
  }
  return (text) => known.get(text);
}

let packaged: KnownParse | undefined;

/** The package's snapshot, read on the first expression compiled. */
export const packagedParse: KnownParse = (text) => (packaged ??= readExpressionSnapshot())(text);

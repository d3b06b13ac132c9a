import { parseMath } from './mathjs-parser.js';

/**
 * An expression's syntax tree as the compiler reads it: a mathjs node, or the same fields
 * kept as plain data (`plainTree`). Only these fields decide what the compiler accepts and
 * the code it writes.
 */
export interface ExpressionTree {
  readonly type: string;
  readonly value?: unknown;
  readonly name?: string;
  /** An operator's mathjs function name (`add`), or a call's callee. */
  readonly fn?: string | ExpressionTree;
  readonly op?: string;
  readonly args?: readonly ExpressionTree[];
  readonly content?: ExpressionTree;
  readonly condition?: ExpressionTree;
  readonly trueExpr?: ExpressionTree;
  readonly falseExpr?: ExpressionTree;
  readonly conditionals?: readonly string[];
  readonly params?: readonly ExpressionTree[];
}

/** What parsing an expression's text gives: its tree, and its nodes (a number is one), the cost of one evaluation. */
export interface ParsedExpression {
  readonly tree: ExpressionTree;
  readonly cost: number;
}

/**
 * The parse of an expression's text known without parsing it (a build-time snapshot of the
 * package's own expressions), or undefined: then mathjs parses it. Parsing is a function
 * of the text alone, so a known parse must be exactly what `parseExpression` gives for it.
 */
export type KnownParse = (text: string) => ParsedExpression | undefined;

/**
 * Parses `text` with mathjs. Throws mathjs's error for a syntax error. The cost is counted
 * when first read, after the compiler has accepted the tree (a tree it refuses is never walked).
 */
export function parseExpression(text: string): ParsedExpression {
  const tree = parseMath(text);
  let cost: number | undefined;
  return {
    tree: tree as unknown as ExpressionTree,
    get cost() {
      return (cost ??= Math.max(1, tree.filter(() => true).length));
    },
  };
}

const CHILD = ['content', 'condition', 'trueExpr', 'falseExpr'] as const;
const CHILDREN = ['args', 'params'] as const;

/**
 * The fields of `tree` the compiler reads, as plain data (JSON can carry it when its
 * constants are finite numbers, booleans or strings): what the snapshot records.
 */
export function plainTree(tree: ExpressionTree): ExpressionTree {
  const plain: Record<string, unknown> = { type: tree.type };
  if ('value' in tree) plain.value = tree.value;
  if (typeof tree.name === 'string') plain.name = tree.name;
  if (tree.fn !== undefined) plain.fn = typeof tree.fn === 'string' ? tree.fn : plainTree(tree.fn);
  if (typeof tree.op === 'string') plain.op = tree.op;
  for (const key of CHILD) if (tree[key] !== undefined) plain[key] = plainTree(tree[key]);
  for (const key of CHILDREN) if (tree[key] !== undefined) plain[key] = tree[key].map(plainTree);
  if (tree.conditionals !== undefined) plain.conditionals = [...tree.conditionals];
  return plain as unknown as ExpressionTree;
}

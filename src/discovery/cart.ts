import { discoveryData, type DiscoveryData, type DiscoveryRow, type OutcomeOfInterest } from './discovery-data.js';

export interface CartOptions extends OutcomeOfInterest {
  /** The input columns the tree may split on. */
  readonly inputs: readonly string[];
  /** Depth of the tree; default 3, small enough to read as rules. */
  readonly maxDepth?: number | undefined;
  /** Fewest runs a leaf may hold; default 1% of the runs (at least 1). */
  readonly minLeaf?: number | undefined;
}

/** A split of the tree: runs with `input ≤ threshold` go left, the others right. */
export interface CartSplit {
  readonly kind: 'split';
  readonly input: string;
  readonly threshold: number;
  readonly runs: number;
  readonly cases: number;
  readonly left: CartNode;
  readonly right: CartNode;
}

export interface CartLeaf {
  readonly kind: 'leaf';
  readonly runs: number;
  readonly cases: number;
}

export type CartNode = CartSplit | CartLeaf;

/**
 * A leaf as a box: on each input the path to it restricts, `low < x ≤ high` (null for no
 * limit on that side), with the leaf's runs, cases, density and coverage. A leaf whose
 * cases are the majority (`predicted` 1) is a box where the outcome is likely.
 */
export interface CartRule {
  readonly limits: readonly { readonly input: string; readonly low: number | null; readonly high: number | null }[];
  readonly runs: number;
  readonly cases: number;
  readonly density: number;
  readonly coverage: number;
  readonly mass: number;
  readonly predicted: 0 | 1;
}

export interface CartResult {
  readonly inputs: readonly string[];
  readonly runs: number;
  readonly cases: number;
  readonly maxDepth: number;
  readonly minLeaf: number;
  readonly tree: CartNode;
  /** The leaves, left to right. */
  readonly rules: readonly CartRule[];
}

/**
 * A small classification tree (CART: Breiman, Friedman, Olshen & Stone 1984) of whether
 * the outcome of interest held, grown as scikit-learn's `DecisionTreeClassifier` grows one
 * with the Gini criterion, `max_depth` and `min_samples_leaf` (the test compares the two):
 * a node splits unless it is pure, at the depth limit or too small for two leaves; its
 * split is the one that most lowers the runs' weighted Gini impurity, at the midpoint
 * between two neighbouring distinct values, trying inputs in order and thresholds from
 * low to high, the first of equals kept (scikit-learn tries inputs in a random order, so
 * it may keep another of two exactly equal splits). Its leaves read as boxes (`rules`).
 *
 * ```ts
 * const { rules } = cart(rows, { inputs: ['x1', 'x2'], outcome: 'y', maxDepth: 2 });
 * ```
 */
export function cart(rows: readonly DiscoveryRow[], options: CartOptions): CartResult {
  return cartOnData(discoveryData(rows, options.inputs, options), options);
}

/** `cart` over data already in columns. */
export function cartOnData(data: DiscoveryData, options: Pick<CartOptions, 'maxDepth' | 'minLeaf'> = {}): CartResult {
  const n = data.y.length;
  const maxDepth = options.maxDepth ?? 3;
  const minLeaf = options.minLeaf ?? Math.max(1, Math.floor(n / 100));
  if (!Number.isSafeInteger(maxDepth) || maxDepth < 1) throw new RangeError(`maxDepth must be a whole number ≥ 1, not ${maxDepth}`);
  if (!Number.isSafeInteger(minLeaf) || minLeaf < 1) throw new RangeError(`minLeaf must be a whole number ≥ 1, not ${minLeaf}`);
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const tree = grow(data, all, 0, maxDepth, minLeaf);
  const cases = tree.cases;
  const rules: CartRule[] = [];
  const walk = (node: CartNode, limits: Map<string, { low: number | null; high: number | null }>): void => {
    if (node.kind === 'leaf') {
      const density = node.runs === 0 ? 0 : node.cases / node.runs;
      rules.push({
        limits: [...limits].map(([input, l]) => ({ input, ...l })),
        runs: node.runs,
        cases: node.cases,
        density,
        coverage: cases === 0 ? 0 : node.cases / cases,
        mass: node.runs / n,
        // The majority class; a tie goes to 0, as numpy's argmax gives scikit-learn.
        predicted: 2 * node.cases > node.runs ? 1 : 0,
      });
      return;
    }
    const was = limits.get(node.input) ?? { low: null, high: null };
    walk(node.left, new Map(limits).set(node.input, { low: was.low, high: node.threshold }));
    walk(node.right, new Map(limits).set(node.input, { low: node.threshold, high: was.high }));
  };
  walk(tree, new Map());
  return { inputs: data.inputs, runs: n, cases, maxDepth, minLeaf, tree, rules };
}

/** scikit-learn's tolerances: values closer than this are one value; an impurity below EPSILON is pure. */
const FEATURE_THRESHOLD = 1e-7;
const EPSILON = Number.EPSILON;

function grow(data: DiscoveryData, runs: Int32Array, depth: number, maxDepth: number, minLeaf: number): CartNode {
  let cases = 0;
  for (const i of runs) cases += data.y[i]!;
  const n = runs.length;
  const leaf: CartLeaf = { kind: 'leaf', runs: n, cases };
  const p = n === 0 ? 0 : cases / n;
  const impurity = 1 - p * p - (1 - p) * (1 - p);
  if (depth >= maxDepth || n < 2 || n < 2 * minLeaf || impurity <= EPSILON) return leaf;
  const split = bestSplit(data, runs, cases, minLeaf);
  if (split === undefined) return leaf;
  const column = data.columns[split.input]!;
  const left = runs.filter((i) => column[i]! <= split.threshold);
  const right = runs.filter((i) => column[i]! > split.threshold);
  return {
    kind: 'split',
    input: data.inputs[split.input]!,
    threshold: split.threshold,
    runs: n,
    cases,
    left: grow(data, left, depth + 1, maxDepth, minLeaf),
    right: grow(data, right, depth + 1, maxDepth, minLeaf),
  };
}

function bestSplit(data: DiscoveryData, runs: Int32Array, cases: number, minLeaf: number): { input: number; threshold: number } | undefined {
  const n = runs.length;
  let best: { input: number; threshold: number } | undefined;
  let bestProxy = -Infinity;
  const order = new Int32Array(n);
  for (let j = 0; j < data.inputs.length; j++) {
    const column = data.columns[j]!;
    order.set(runs);
    order.sort((a, b) => column[a]! - column[b]!);
    if (column[order[n - 1]!]! <= column[order[0]!]! + FEATURE_THRESHOLD) continue;
    let leftCases = 0;
    for (let at = 1; at < n; at++) {
      leftCases += data.y[order[at - 1]!]!;
      const below = column[order[at - 1]!]!;
      const above = column[order[at]!]!;
      if (above <= below + FEATURE_THRESHOLD) continue;
      if (at < minLeaf || n - at < minLeaf) continue;
      const nl = at;
      const nr = n - at;
      const rightCases = cases - leftCases;
      // Σ counts² / n on each side: larger is a lower weighted Gini impurity.
      const proxy = (leftCases ** 2 + (nl - leftCases) ** 2) / nl + (rightCases ** 2 + (nr - rightCases) ** 2) / nr;
      if (proxy > bestProxy) {
        bestProxy = proxy;
        let threshold = below / 2 + above / 2;
        if (threshold === above || !Number.isFinite(threshold)) threshold = below;
        best = { input: j, threshold };
      }
    }
  }
  return best;
}

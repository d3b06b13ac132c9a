import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cart, type CartNode } from '../../src/discovery/cart.js';
import type { DiscoveryRow } from '../../src/discovery/discovery-data.js';
import { corner, inputsOf, syntheticRuns } from './synthetic-runs.js';
import { systemSklearn } from './system-sklearn.js';

/** The same tree as scikit-learn's, node by node, from the root, as nested plain data. */
type Plain = { input: string; threshold: number; runs: number; left: Plain; right: Plain } | { runs: number; cases: number };

function plain(node: CartNode): Plain {
  if (node.kind === 'leaf') return { runs: node.runs, cases: node.cases };
  return { input: node.input, threshold: node.threshold, runs: node.runs, left: plain(node.left), right: plain(node.right) };
}

interface TreeCase {
  readonly rows: readonly DiscoveryRow[];
  readonly inputs: readonly string[];
  readonly depth: number;
  readonly leaf: number;
}

/**
 * scikit-learn's DecisionTreeClassifier (Gini) on the same runs, read back into the same
 * shape: every case in one Python process, which spends most of its time importing sklearn.
 */
function sklearnTrees(cases: readonly TreeCase[]): Plain[] {
  const python = systemSklearn();
  const script = `
import json, sys
import numpy as np
from sklearn.tree import DecisionTreeClassifier
def grown(data):
    X = np.array(data["x"], dtype=np.float32)
    y = np.array(data["y"])
    t = DecisionTreeClassifier(criterion="gini", max_depth=data["depth"], min_samples_leaf=data["leaf"], random_state=0).fit(X, y).tree_
    def node(i):
        runs = int(t.n_node_samples[i])
        if t.children_left[i] == -1:
            share = t.value[i][0] / t.value[i][0].sum()
            return {"runs": runs, "cases": int(round(share[1] * runs)) if len(share) > 1 else 0}
        return {"input": data["inputs"][t.feature[i]], "threshold": float(t.threshold[i]), "runs": runs, "left": node(t.children_left[i]), "right": node(t.children_right[i])}
    return node(0)
print(json.dumps([grown(data) for data in json.load(sys.stdin)]))
`;
  const input = JSON.stringify(
    cases.map(({ rows, inputs, depth, leaf }) => ({ x: rows.map((r) => inputs.map((k) => r[k])), y: rows.map((r) => r.y), inputs, depth, leaf })),
  );
  const result = spawnSync(python, ['-c', script], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as Plain[];
}

describe('cart', () => {
  it("grows the same tree as scikit-learn's DecisionTreeClassifier: splits, thresholds, leaves", () => {
    const cases = [
      { rows: syntheticRuns(1500, 4, corner, { seed: 11 }), depth: 3, leaf: 1 },
      { rows: syntheticRuns(2000, 5, corner, { seed: 12, noise: 0.1 }), depth: 3, leaf: 20 },
      { rows: syntheticRuns(1000, 3, (x) => x[0]! + x[1]! > 1 && x[2]! < 0.5, { seed: 13 }), depth: 4, leaf: 5 },
    ];
    const trees = cases.map(({ rows, depth, leaf }) => ({ rows, inputs: Object.keys(rows[0]!).filter((k) => k !== 'y'), depth, leaf }));
    const theirs = sklearnTrees(trees);
    trees.forEach(({ rows, inputs, depth, leaf }, k) => {
      const ours = cart(rows, { inputs, outcome: 'y', maxDepth: depth, minLeaf: leaf });
      expect(plain(ours.tree)).toEqual(theirs[k]);
    });
  }, 120_000);

  it('reads its leaves as boxes: the corner is a leaf with x1 > ~0.7 and x2 ≤ ~0.3, all cases, no others', () => {
    const rows = syntheticRuns(2000, 4, corner, { seed: 14 });
    const { rules, cases } = cart(rows, { inputs: inputsOf(4), outcome: 'y', maxDepth: 2 });
    const likely = rules.filter((r) => r.predicted === 1);
    expect(likely).toHaveLength(1);
    const [rule] = likely;
    expect(rule).toMatchObject({ cases, density: 1, coverage: 1 });
    const x1 = rule!.limits.find((l) => l.input === 'x1')!;
    const x2 = rule!.limits.find((l) => l.input === 'x2')!;
    expect(Math.abs(x1.low! - 0.7)).toBeLessThan(0.01);
    expect(x1.high).toBeNull();
    expect(Math.abs(x2.high! - 0.3)).toBeLessThan(0.01);
    expect(rules.reduce((sum, r) => sum + r.runs, 0)).toBe(2000);
  });

  it('refuses a depth or leaf size that is not a whole number ≥ 1', () => {
    const rows = syntheticRuns(50, 2, corner, { seed: 15 });
    expect(() => cart(rows, { inputs: ['x1'], outcome: 'y', maxDepth: 0 })).toThrow(/maxDepth/);
    expect(() => cart(rows, { inputs: ['x1'], outcome: 'y', minLeaf: 1.5 })).toThrow(/minLeaf/);
  });
});

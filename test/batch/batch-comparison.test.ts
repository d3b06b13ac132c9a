import { describe, expect, it } from 'vitest';
import { runBatchInThread } from '../../src/batch/batch.js';
import { compareBatches } from '../../src/batch/batch-comparison.js';
import { newcombeInterval } from '../../src/batch/newcombe-interval.js';
import { loadScenario } from '../../src/scenarios/load.js';

describe('newcombeInterval', () => {
  it("gives Newcombe's (1998) published intervals for method 10", () => {
    // Table II of the paper: 56/70 − 48/80 = 0.2000, interval 0.0524 to 0.3339; 9/10 − 3/10: 0.1705 to 0.8090.
    const [low, high] = newcombeInterval(48, 80, 56, 70);
    expect(low).toBeCloseTo(0.0524, 4);
    expect(high).toBeCloseTo(0.3339, 4);
    const [low2, high2] = newcombeInterval(3, 10, 9, 10);
    expect(low2).toBeCloseTo(0.1705, 4);
    expect(high2).toBeCloseTo(0.809, 4);
  });

  it('stays within −1 and 1 and holds the difference, at the ends too', () => {
    for (const [a, na, b, nb] of [[0, 10, 10, 10], [10, 10, 0, 10], [0, 5, 0, 7], [3, 3, 0, 1]] as const) {
      const [low, high] = newcombeInterval(a, na, b, nb);
      const d = b / nb - a / na;
      expect(low).toBeGreaterThanOrEqual(-1);
      expect(high).toBeLessThanOrEqual(1);
      expect(low <= d && d <= high).toBe(true);
    }
  });
});

describe('compareBatches', () => {
  const hormuz = loadScenario('hormuz');
  const a = runBatchInThread(hormuz, { runs: 400, seed: 1 });
  const closedIran = runBatchInThread(loadScenario('hormuz', { 'iran.rationality': 6 }), { runs: 400, seed: 2 });

  it('gives each outcome B − A with its interval and a verdict that follows from it', () => {
    const c = compareBatches({ name: 'a.json', summary: a }, { name: 'b.json', summary: closedIran });
    expect(c.outcomes.map((o) => o.id)).toEqual(hormuz.outcomes.map((o) => o.id));
    for (const o of c.outcomes) {
      const [low, high] = newcombeInterval(o.a.count, 400, o.b.count, 400);
      expect(o.interval).toEqual([low, high].map((x) => Math.round(x * 1e6) / 1e6));
      expect(o.verdict).toBe(low > 0 ? 'higher' : high < 0 ? 'lower' : 'no clear difference');
    }
    expect(c.outcomes.find((o) => o.id === 'strait_closed')!.verdict).toBe('lower');
    expect(c.notes).toEqual(['different batch seeds (1 and 2): independent batches, as the interval assumes']);
  });

  it('notes the same seeds (common random numbers), another engine, another scenario', () => {
    const same = compareBatches({ name: 'a', summary: a }, { name: 'b', summary: a });
    expect(same.outcomes.every((o) => o.difference === 0 && o.verdict === 'no clear difference')).toBe(true);
    expect(same.notes.join(' ')).toMatch(/same batch seed \(1\).*common random numbers/);
    const other = compareBatches({ name: 'a', summary: a }, { name: 'b', summary: { ...runBatchInThread(loadScenario('strike'), { runs: 50, seed: 3 }), engineVersion: '0.0.1' } });
    expect(other.notes.join(' ')).toMatch(/different engine versions \(0\.3\.0 and 0\.0\.1\)|different engine versions/);
    expect(other.notes.join(' ')).toContain("different scenarios ('hormuz' and 'strike')");
    expect(other.unmatched.length).toBeGreaterThan(0);
  });

  it('claims less noise from common random numbers only within one scenario, and pairs only the runs both have', () => {
    const strike = runBatchInThread(loadScenario('strike'), { runs: 50, seed: 1 });
    const across = compareBatches({ name: 'a', summary: a }, { name: 'b', summary: strike }).notes.join(' ');
    expect(across).toContain('the same batch seed (1) in different scenarios');
    expect(across).not.toContain('less noisy');
    const shorter = runBatchInThread(hormuz, { runs: 20, seed: 1 });
    const uneven = compareBatches({ name: 'a', summary: a }, { name: 'b', summary: shorter }).notes.join(' ');
    expect(uneven).toContain('the first 20 runs of each used the same random numbers');
    expect(uneven).toContain('less noisy');
  });

  it("pairs a shard's summary only over the runs it shares with the other batch", () => {
    const shard = { ...a, runs: 200, firstRun: 200 };
    const half = { ...a, runs: 200 };
    const apart = compareBatches({ name: 'a', summary: half }, { name: 'b', summary: shard }).notes.join(' ');
    expect(apart).toContain('the same batch seed (1) but no run in common (A counts runs 0–199, B runs 200–399, from 0): independent batches, as the interval assumes');
    expect(apart).not.toContain('common random numbers');
    const within = compareBatches({ name: 'a', summary: a }, { name: 'b', summary: shard }).notes.join(' ');
    expect(within).toContain('runs 200–399, which both count, used the same random numbers');
  });
});

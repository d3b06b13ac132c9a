import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { BatchStatistics } from '../../src/batch/batch-statistics.js';
import { runSeed } from '../../src/batch/run-seed.js';
import { LeanRun } from '../../src/batch/lean-run.js';
import { loadScenario } from '../../src/scenarios/load.js';

const hormuz = loadScenario('hormuz');
const lean = new LeanRun(hormuz);
const RUNS = 120;
const results = Array.from({ length: RUNS }, (_, i) => {
  const r = lean.play(runSeed(4, i));
  return { seed: r.seed, held: r.held.slice(), firstTurn: r.firstTurn.slice(), values: r.values.slice() };
});

function tally(indexes: readonly number[]): BatchStatistics {
  const statistics = new BatchStatistics(hormuz);
  for (const i of indexes) statistics.add(results[i]!);
  return statistics;
}

describe('batch statistics', () => {
  property.prop([fc.array(fc.integer({ min: 0, max: RUNS }), { maxLength: 6 }), fc.integer()], { numRuns: 30 })(
    'merge into exactly the same figures however the runs are split and in whatever order',
    (cuts, shuffleSeed) => {
      const whole = tally([...Array(RUNS).keys()]);
      const edges = [0, ...[...cuts].sort((a, b) => a - b), RUNS];
      const parts = edges.slice(1).map((to, k) => tally([...Array(to - edges[k]!).keys()].map((j) => j + edges[k]!)));
      // Merge in an order that depends on the seed, through JSON, as shards are.
      parts.sort((a, b) => ((a.runs * 7919 + shuffleSeed) % 13) - ((b.runs * 7919 + shuffleSeed) % 13));
      const merged = new BatchStatistics(hormuz);
      for (const part of parts) merged.merge(BatchStatistics.fromJSON(hormuz, JSON.parse(JSON.stringify(part.toJSON()))));
      expect(merged.toJSON()).toEqual(whole.toJSON());
      expect(hormuz.quantities.map((_, q) => merged.quantity(q))).toEqual(hormuz.quantities.map((_, q) => whole.quantity(q)));
    },
  );

  it('give each quantity its exact mean and standard deviation (to six decimals)', () => {
    const statistics = tally([...Array(RUNS).keys()]);
    hormuz.quantities.forEach((quantity, q) => {
      const xs = results.map((r) => Math.round(r.values[q]! * 1e6) / 1e6);
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1));
      expect(statistics.quantity(q).mean, quantity.id).toBeCloseTo(mean, 5);
      expect(statistics.quantity(q).sd, quantity.id).toBeCloseTo(sd, 5);
    });
  });

  it('give a batch of one run its value as every statistic and an sd of 0 (one run has no spread to measure)', () => {
    const statistics = tally([0]);
    hormuz.quantities.forEach((quantity, q) => {
      const x = Math.round(results[0]!.values[q]! * 1e6) / 1e6;
      expect(statistics.quantity(q), quantity.id).toEqual({ mean: x, sd: 0, p05: x, p50: x, p95: x });
    });
  });

  it('read quantiles exactly where a bin holds one value, and within the bin otherwise', () => {
    const statistics = tally([...Array(RUNS).keys()]);
    hormuz.quantities.forEach((quantity, q) => {
      const sorted = results.map((r) => r.values[q]!).sort((a, b) => a - b);
      const exact = (p: number): number => sorted[Math.max(1, Math.ceil(p * RUNS)) - 1]!;
      const got = statistics.quantity(q);
      const width = quantity.integer ? 0 : (quantity.max - quantity.min) / 2000;
      for (const [p, value] of [[0.05, got.p05], [0.5, got.p50], [0.95, got.p95]] as const) {
        expect(Math.abs(value - exact(p)), `${quantity.id} at ${p}`).toBeLessThanOrEqual(width + 1e-6);
      }
    });
  });

  it('give each outcome the mean turn at which it first held', () => {
    const statistics = tally([...Array(RUNS).keys()]);
    hormuz.outcomes.forEach((_, i) => {
      const turns = results.filter((r) => r.held[i] === 1).map((r) => r.firstTurn[i]!);
      expect(statistics.meanFirstTurn(i)).toBe(turns.length === 0 ? null : Math.round((turns.reduce((a, b) => a + b, 0) / turns.length) * 1e6) / 1e6);
    });
  });

  it('refuse statistics of a different scenario', () => {
    const s400 = loadScenario('strike');
    const json = { ...tally([0]).toJSON(), counts: [1] };
    expect(() => BatchStatistics.fromJSON(s400, json)).toThrow(RangeError);
  });

  it('keeps its partial sums exact at their limit: 40,000 runs of the largest value they take', () => {
    const scenario = { ...hormuz, quantities: [{ ...hormuz.quantities[0]!, min: -1e12, max: 1e12, integer: false }], outcomes: [] };
    const statistics = new BatchStatistics(scenario);
    const largest = (2 ** 30 - 1) / 1e6; // on the grid, h = 1023 and l = 2^20 − 1
    const run = { seed: 0, held: new Uint8Array(0), firstTurn: new Int32Array(0), values: Float64Array.of(largest) };
    for (let i = 0; i < 40_000; i++) statistics.add(run);
    const scaled = BigInt(2 ** 30 - 1);
    expect(statistics.toJSON().sums).toEqual([String(40_000n * scaled)]);
    expect(statistics.toJSON().squares).toEqual([String(40_000n * scaled * scaled)]);
  });

  property.prop(
    [
      fc.array(fc.oneof(fc.double({ min: -1100, max: 1100, noNaN: true }), fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: -100, max: 100 })), {
        minLength: 1,
        maxLength: 40,
      }),
      fc.integer({ min: 1, max: 40_000 }),
    ],
    { numRuns: 25 },
  )('sum values and their squares exactly on the 1e-6 grid, large or small, across many runs', (values, runs) => {
    // One quantity of a one-quantity scenario, given `runs` values cycling through `values`.
    const scenario = { ...hormuz, quantities: [{ ...hormuz.quantities[0]!, min: -1e12, max: 1e12, integer: false }], outcomes: [] };
    const statistics = new BatchStatistics(scenario);
    let sum = 0n;
    let squares = 0n;
    const run = { seed: 0, held: new Uint8Array(0), firstTurn: new Int32Array(0), values: new Float64Array(1) };
    for (let i = 0; i < runs; i++) {
      const value = values[i % values.length]!;
      run.values[0] = value;
      statistics.add(run);
      const scaled = BigInt(Math.round(value * 1e6));
      sum += scaled;
      squares += scaled * scaled;
    }
    const json = statistics.toJSON();
    expect(json.sums).toEqual([String(sum)]);
    expect(json.squares).toEqual([String(squares)]);
  });
});

describe('batch statistics: when each outcome first held', () => {
  it('count the runs by the turn each outcome first held, with 5/50/95% turns read from those counts', () => {
    const statistics = tally([...Array(RUNS).keys()]);
    hormuz.outcomes.forEach((outcome, i) => {
      const turns = results.filter((r) => r.held[i] === 1).map((r) => r.firstTurn[i]!).sort((a, b) => a - b);
      const firstTurns = statistics.firstTurns(i);
      if (turns.length === 0) {
        expect(firstTurns, outcome.id).toBeNull();
        return;
      }
      const histogram = Array.from({ length: hormuz.settings.horizon + 1 }, (_, t) => turns.filter((x) => x === t).length);
      const at = (p: number) => turns[Math.max(1, Math.ceil(p * turns.length)) - 1];
      expect(firstTurns, outcome.id).toEqual({ p05: at(0.05), p50: at(0.5), p95: at(0.95), histogram });
    });
  });

  it('are unknown once merged with statistics written before they were kept, and say so rather than guess', () => {
    const old = tally([0, 1, 2]).toJSON();
    const { firstTurns: _, ...withoutTurns } = old;
    const merged = tally([3, 4]);
    merged.merge(BatchStatistics.fromJSON(hormuz, withoutTurns));
    expect(merged.firstTurnCounts).toBeUndefined();
    expect(merged.firstTurns(0)).toBeUndefined();
    expect(merged.toJSON()).not.toHaveProperty('firstTurns');
    expect(merged.counts).toEqual(tally([0, 1, 2, 3, 4]).counts);
  });

  it('refuse first-turn counts that do not add up to the outcome’s runs and turns', () => {
    const json = tally([...Array(RUNS).keys()]).toJSON();
    const i = json.counts.findIndex((c) => c > 0);
    const edited = json.firstTurns!.map((turns, k) => (k === i ? turns.map(([t, n], j) => [t, j === 0 ? n + 1 : n] as const) : turns));
    expect(() => BatchStatistics.fromJSON(hormuz, { ...json, firstTurns: edited })).toThrow(new RegExp(`^statistics\\.firstTurns\\[${i}\\]: `));
    const late = json.firstTurns!.map((turns, k) => (k === i ? [...turns, [hormuz.settings.horizon + 1, 0] as const] : turns));
    expect(() => BatchStatistics.fromJSON(hormuz, { ...json, firstTurns: late })).toThrow(/past the horizon/);
  });
});

import { describe, expect, it } from 'vitest';
import { runSeed } from '../../../src/batch/run-seed.js';
import { runScenario } from '../../../src/records/run.js';
import { escalationQuantity } from '../../../src/report/chart/run-series.js';
import { typicalPath } from '../../../src/report/chart/typical-path.js';
import { hormuz } from '../class-runs.js';

const rung = escalationQuantity(hormuz)!;

describe("the model's typical path", () => {
  it('is the median rung at each turn over the batch runs, from the trigger to the horizon', () => {
    const path = typicalPath(hormuz, rung, 41, 5);
    const runs = Array.from({ length: 41 }, (_, i) => runScenario(hormuz, { seed: runSeed(5, i) }));
    expect(path.map((p) => p.turn)).toEqual(Array.from({ length: hormuz.settings.horizon + 1 }, (_, t) => t));
    for (const { turn, value } of path) {
      const at = runs.map((r) => (turn === 0 ? r.trigger.state : r.turns[Math.min(turn, r.turns.length) - 1]!.state)[rung.id]!);
      // 41 runs: the 21st smallest, with as many runs at or above it as at or below it.
      expect(at.filter((v) => v <= value).length).toBeGreaterThanOrEqual(21);
      expect(at.filter((v) => v >= value).length).toBeGreaterThanOrEqual(21);
    }
  });

  it('is the same path every time for the same scenario, runs and seed', () => {
    expect(typicalPath(hormuz, rung)).toEqual(typicalPath(hormuz, rung));
    expect(typicalPath(hormuz, rung).length).toBe(hormuz.settings.horizon + 1);
  });
});

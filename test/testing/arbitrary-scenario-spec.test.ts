import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryScenarioSpec } from '../../src/testing/index.js';

// What a property over generated scenarios can find depends on how they are spread: these
// pin the spread that makes decisions and outcomes go more than one way.
describe('arbitraryScenarioSpec', () => {
  const specs = fc.sample(arbitraryScenarioSpec(), { numRuns: 200, seed: 1 });

  it('gives weights a decision can turn on, not nearly all zero', () => {
    const weights = specs.flatMap((spec) => spec.actors.flatMap((a) => a.interests.map((i) => i.weight)));
    expect(weights.filter((w) => w >= 0.01).length / weights.length).toBeGreaterThan(0.7);
  });

  it('compares a quantity with a level inside its range in most outcomes, so that they can go either way', () => {
    const inside = specs.flatMap((spec) =>
      spec.outcomes.map((o) => {
        const [, id, level] = /^(\w+) >= (-?\d+)$/.exec(String(o.when))!;
        const q = spec.quantities.find((x) => x.id === id)!;
        return Number(level) > q.min && Number(level) <= q.max;
      }),
    );
    expect(inside.filter(Boolean).length / inside.length).toBeGreaterThan(0.6);
  });
});

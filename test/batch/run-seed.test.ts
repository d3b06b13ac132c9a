import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { runSeed } from '../../src/batch/run-seed.js';

describe('runSeed', () => {
  property.prop([fc.maxSafeNat(), fc.nat()])('is a valid engine seed', (batch, index) => {
    const seed = runSeed(batch, index);
    expect(Number.isSafeInteger(seed)).toBe(true);
    expect(seed).toBeGreaterThanOrEqual(0);
  });

  property.prop([fc.maxSafeNat(), fc.nat()])('depends only on the batch seed and the index', (batch, index) => {
    expect(runSeed(batch, index)).toBe(runSeed(batch, index));
  });

  it('gives every run of a batch its own seed', () => {
    const seeds = new Set(Array.from({ length: 100_000 }, (_, i) => runSeed(1, i)));
    expect(seeds.size).toBe(100_000);
  });

  it('does not overlap between neighbouring batch seeds', () => {
    const a = new Set(Array.from({ length: 10_000 }, (_, i) => runSeed(1, i)));
    const overlap = Array.from({ length: 10_000 }, (_, i) => runSeed(2, i)).filter((s) => a.has(s));
    expect(overlap).toEqual([]);
  });

  it('uses the high bits of large batch seeds', () => {
    expect(runSeed(2 ** 40, 0)).not.toBe(runSeed(0, 0));
  });
});

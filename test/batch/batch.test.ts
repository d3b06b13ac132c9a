import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BatchRun, batchRuns, runBatchInThread } from '../../src/batch/batch.js';
import { runSeed } from '../../src/batch/run-seed.js';
import { RunError } from '../../src/engine/run-error.js';
import { runScenario } from '../../src/records/run.js';
import { loadScenario } from '../../src/scenarios/load.js';
import { arbitraryScenario, arbitrarySeed } from '../../src/testing/index.js';

describe('batches', () => {
  it('count the same outcomes however the runs are split', () => {
    let mixed = 0;
    fc.assert(
      fc.property(arbitraryScenario({ maxHorizon: 6 }), arbitrarySeed(), fc.integer({ min: 0, max: 20 }), (scenario, seed, split) => {
        const count = (runs: BatchRun[]): number[] => scenario.outcomes.map((_, i) => runs.filter((r) => r.outcomes[i]).length);
        const whole = [...batchRuns(scenario, seed, 0, 20)];
        const parts = [...batchRuns(scenario, seed, split, 20), ...batchRuns(scenario, seed, 0, split)]; // out of order, too
        expect(count(parts)).toEqual(count(whole));
        expect(runBatchInThread(scenario, { runs: 20, seed }).outcomes.map((o) => o.count)).toEqual(count(whole));
        if (count(whole).some((n) => n > 0 && n < 20)) mixed++;
      }),
      { numRuns: 40 },
    );
    // An outcome held in every run or in none would hide runs counted twice or lost.
    expect(mixed).toBeGreaterThan(2);
  });

  it('record each run seed, which reproduces that run on its own', () => {
    const s400 = loadScenario('s400');
    for (const run of batchRuns(s400, 9, 0, 5)) {
      const record = runScenario(s400, { seed: run.seed });
      expect(s400.outcomes.map((o) => record.outcomes[o.id])).toEqual(run.outcomes);
    }
  });

  it('summarise counts, shares and 95% intervals for each named outcome', () => {
    const summary = runBatchInThread(loadScenario('s400'), { runs: 50, seed: 3 });
    expect(summary.runs).toBe(50);
    expect(summary.requested).toBe(50);
    expect(summary.outcomes.map((o) => o.id)).toContain('russia_arms_iran');
    for (const o of summary.outcomes) {
      expect(o.share).toBe(o.count / 50);
      expect(o.interval[0]).toBeLessThanOrEqual(o.share);
      expect(o.interval[1]).toBeGreaterThanOrEqual(o.share);
    }
  });
});

describe('batch options', () => {
  const s400 = loadScenario('s400');
  it.each([
    [{ runs: 1.5, seed: 1 }, 'runs must be a whole number of at least 1, not 1.5'],
    [{ runs: 0, seed: 1 }, 'runs must be a whole number of at least 1, not 0'],
    [{ runs: -1, seed: 1 }, 'runs must be a whole number of at least 1, not -1'],
    [{ runs: 10, seed: 1.5 }, 'seed must be a whole number from 0 to 9007199254740991, not 1.5'],
    [{ runs: 10, seed: -1 }, 'seed must be a whole number from 0 to 9007199254740991, not -1'],
  ])('refuse %o rather than run a different batch', (options, message) => {
    expect(() => runBatchInThread(s400, options)).toThrow(new RangeError(message));
  });

  it('refuse a range of runs that is not whole or runs backwards', () => {
    expect(() => [...batchRuns(s400, 1, 0.5, 3)]).toThrow(/from must be a whole number/);
    expect(() => [...batchRuns(s400, 1, 3, 2)]).toThrow('to must be a whole number of at least 3, not 2');
  });
});

describe('a batch run that meets a failing expression', () => {
  it('ends the batch after yielding every run before it, and names the run, its seed and the turn', () => {
    const rareFault = loadScenario(new URL('../scenarios/fixtures/rare-fault.yaml', import.meta.url).pathname);
    const finished: number[] = [];
    let failure: unknown;
    try {
      for (const run of batchRuns(rareFault, 3, 0, 100)) finished.push(run.index);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(RunError);
    const { moment, message } = failure as RunError;
    expect(moment?.batchRun).toBe(finished.length);
    expect(finished).toEqual([...finished.keys()]);
    expect(moment?.seed).toBe(runSeed(3, finished.length));
    expect(message).toMatch(new RegExp(`\\(turn ${moment?.turn} of batch run ${finished.length + 1}, seed ${moment?.seed}\\)$`));
    // On its own, that run fails at the same turn.
    expect(() => runScenario(rareFault, { seed: moment!.seed })).toThrow(`(turn ${moment?.turn} of the run with seed ${moment?.seed})`);
  });
});

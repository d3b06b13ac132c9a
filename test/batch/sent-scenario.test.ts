import { describe, expect, it } from 'vitest';
import { batchRuns } from '../../src/batch/batch.js';
import { sendableSource } from '../../src/batch/scenario-source.js';
import { compileSentScenario } from '../../src/batch/sent-scenario.js';
import { builtInScenarioSpec } from '../../src/testing/index.js';

const rareFaultPath = new URL('../scenarios/fixtures/rare-fault.yaml', import.meta.url).pathname;

/** The message of the first run of a batch that fails. */
function firstFailure(scenario: Parameters<typeof batchRuns>[0]): string {
  try {
    for (const _ of batchRuns(scenario, 3, 0, 400));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('no run failed');
}

describe('a scenario as a worker thread is sent it', () => {
  it('compiles to the same scenario, hash included, from a file or from a spec with overrides', () => {
    for (const source of [
      { scenario: rareFaultPath, overrides: {} },
      { scenario: 'hormuz', overrides: { 'iran.rationality': 2 } },
      { spec: builtInScenarioSpec('s400'), overrides: { horizon: 3 } },
    ]) {
      const { scenario, sent } = sendableSource(source);
      expect(compileSentScenario(sent).hash).toBe(scenario.hash);
    }
  });

  it('places a failing expression in the scenario file, as the thread that read the file does', () => {
    const { scenario, sent } = sendableSource({ scenario: rareFaultPath, overrides: {} });
    const here = firstFailure(scenario);
    expect(here).toMatch(/rare-fault\.yaml:\d+:\d+/);
    expect(firstFailure(compileSentScenario(sent))).toBe(here);
  });

  it('places every expression of a scenario drawn from several files where the thread that read them does', () => {
    const { scenario, sent } = sendableSource({ scenario: 'hormuz', overrides: {} });
    const origins = (s: typeof scenario): string[] =>
      s.actors.flatMap((actor) => [...actor.interests.map((i) => i.term.origin), ...actor.actions.flatMap((a) => a.effect.formulas.map((f) => f.origin))]);
    const here = origins(scenario);
    expect(new Set(here.map((where) => where.split(':')[0])).size).toBeGreaterThan(2);
    expect(origins(compileSentScenario(sent))).toEqual(here);
  });

  it('travels in shared memory, so a chunk carries it without a copy', () => {
    const { sent } = sendableSource({ scenario: 's400', overrides: {} });
    expect(sent.bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('is refused when it does not compile to the hash the batch began with', () => {
    const { sent } = sendableSource({ scenario: 's400', overrides: {} });
    expect(() => compileSentScenario({ ...sent, hash: 'sha256:0' })).toThrow(/compiled the scenario 's400' differently \(hash sha256:\w+, expected sha256:0\)/);
  });
});

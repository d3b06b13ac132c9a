import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenarios/load.js';
import { arbitraryBuiltInScenario, arbitraryScenario, arbitraryScenarioSpec, arbitraryState, assessAt, stateWith } from '../../src/testing/index.js';

const s400 = loadScenario('s400');

/** fast-check's report of a property that fails, as a user's test would print it. */
function report<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => boolean): string {
  const details = fc.check(fc.property(arbitrary, predicate), { seed: 42, numRuns: 200 });
  expect(details.failed).toBe(true);
  return fc.defaultReportMessage(details)!;
}

describe('counterexamples read by name', () => {
  it('a state shrinks to the starting values except where it must differ, and prints as the stateWith call that makes it', () => {
    const defence = s400.quantities.find((q) => q.id === 'iran_air_defence')!;
    const start = s400.initial[defence.slot]!;
    const text = report(arbitraryState(s400), (state) => state[defence.slot]! < start + 10);
    const counterexample = /Counterexample: \[(.*)\]/.exec(text)![1]!;
    expect(counterexample).toBe(`stateWith(s400, s400.initial, { iran_air_defence: ${start + 10} })`);
    // The printed call makes the same state again.
    expect(() => assessAt(s400, stateWith(s400, s400.initial, { iran_air_defence: start + 10 }), 1)).not.toThrow();
  });
  it('a generated spec prints as YAML', () => {
    const text = report(arbitraryScenarioSpec(), (spec) => spec.actors.length < 2);
    expect(text).toMatch(/Counterexample: \[\nid: generated\ntitle: A generated scenario\n/);
    expect(text).toMatch(/^quantities:\n {2}- id: q0\n/m);
  });
  it('a compiled scenario prints as compileScenario of its spec, not as closures', () => {
    const text = report(arbitraryScenario(), (scenario) => scenario.actors.length < 2);
    expect(text).toMatch(/Counterexample: \[compileScenario\(\nid: generated\n/);
    expect(text).not.toMatch(/=>|function/);
  });
  it('a built-in scenario prints as loadScenario of its id', () => {
    expect(report(arbitraryBuiltInScenario(['s400']), () => false)).toContain(`Counterexample: [loadScenario("s400")]`);
  });
});

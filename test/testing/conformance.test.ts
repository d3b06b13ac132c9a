import { test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/scenario.js';
import { builtInScenarioIds, loadScenario } from '../../src/scenarios/load.js';
import {
  arbitraryScenario,
  assertConformance,
  checkScenario,
  CONFORMANCE_CHECK_NAMES,
  ConformanceError,
  conformanceTests,
  formatConformanceReport,
} from '../../src/testing/index.js';
import { impure, misread, narrowed, writing } from '../helpers/faulty-scenario.js';

describe.each(builtInScenarioIds())('the built-in scenario %s conforms', (id) => {
  conformanceTests(it, () => loadScenario(id), { runs: 6 });
});

describe('generated scenarios conform', () => {
  property.prop([arbitraryScenario({ maxHorizon: 6, maxLookahead: 2, maxActors: 3 })], { numRuns: 40 })('every check holds', (scenario) => {
    const report = checkScenario(scenario, { runs: 2 });
    if (!report.ok) throw new Error(formatConformanceReport(report));
  });
});

describe('a check fails when what it holds is broken', () => {
  const s400 = loadScenario('s400');
  const failed = (scenario: Scenario): string[] => checkScenario(scenario, { runs: 2 }).failures.map((f) => f.check);

  it('every check holds for the scenario the faults are made in', () => {
    expect(failed(s400)).toEqual([]);
  });
  it('ranges: quantities outside their declared ranges', () => {
    expect(failed(narrowed(s400))).toContain('ranges');
  });
  it('inputs-unchanged: an expression that writes to its state', () => {
    expect(failed(writing(s400))).toContain('inputs-unchanged');
  });
  it('determinism: an expression that is not a function of the state', () => {
    expect(failed(impure(s400))).toContain('determinism');
  });
  it("anticipation: terms the planner never re-evaluates after a move (a wrong 'reads')", () => {
    expect(failed(misread(s400))).toEqual(['anticipation']);
  });
  it('runs-complete: an expression that gives NaN, with the error and where', () => {
    const report = checkScenario(loadScenario(new URL('../scenarios/fixtures/rare-fault.yaml', import.meta.url).pathname), { runs: 40 });
    expect(report.failures.map((f) => f.check)).toEqual(['runs-complete']);
    expect(report.failures[0]!.message).toMatch(/^RunError: \S+rare-fault\.yaml:22:27: 'oil_price \+ sqrt\(-hormuz_flow\)' evaluated to NaN/);
  });
});

describe('the report', () => {
  const s400 = loadScenario('s400');

  it('names every check, how often it held, and each failure with its seed, turn and state by quantity id', () => {
    const text = formatConformanceReport(checkScenario(misread(s400), { runs: 1 }));
    for (const check of CONFORMANCE_CHECK_NAMES) expect(text).toContain(check);
    expect(text).toMatch(/FAILED anticipation/);
    expect(text).toMatch(/^ {2}seed \d+, turn 1 \(wargame run s400 --seed \d+\)$/m);
    expect(text).toMatch(/^ {2}state: \{ [a-z_]+: -?[\d.]+, /m);
    expect(text).toMatch(/1 of 10 checks failed\n$/);
  });
  it('assertConformance throws it as a ConformanceError, and returns it when every check holds', () => {
    expect(() => assertConformance(misread(s400), { runs: 1 })).toThrow(ConformanceError);
    expect(assertConformance(s400, { runs: 1 }).ok).toBe(true);
  });
  it('refuses options out of range', () => {
    expect(() => checkScenario(s400, { runs: 0 })).toThrow('checkScenario: runs must be a whole number from 1 to 1000000, not 0');
    expect(() => checkScenario(s400, { seed: -1 })).toThrow(RangeError);
  });
});

describe('conformanceTests', () => {
  it('registers one test per check, and runs the checks once, when the first test runs', () => {
    const names: string[] = [];
    const bodies: (() => void)[] = [];
    let loads = 0;
    conformanceTests((name, body) => (names.push(name), bodies.push(body)), () => (loads++, misread(loadScenario('s400'))), { runs: 1 });
    expect(names).toEqual(CONFORMANCE_CHECK_NAMES.map((c) => `conformance: ${c}`));
    expect(loads).toBe(0);
    const thrown = bodies.map((body) => {
      try {
        body();
        return undefined;
      } catch (error) {
        return (error as Error).message;
      }
    });
    expect(loads).toBe(1);
    expect(thrown.filter((m) => m !== undefined)).toHaveLength(1);
    expect(thrown[CONFORMANCE_CHECK_NAMES.indexOf('anticipation')]).toMatch(/^anticipation: .*\n {2}seed \d+, turn \d+/);
  });
});

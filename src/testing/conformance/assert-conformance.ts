import type { Scenario } from '../../engine/scenario.js';
import { checkScenario, type CheckScenarioOptions } from './check-scenario.js';
import { CONFORMANCE_CHECK_NAMES, type ConformanceCheck } from './conformance-check.js';
import { ConformanceError } from './conformance-error.js';
import type { ConformanceReport } from './conformance-report.js';
import { failureLines } from './format-report.js';

/**
 * checkScenario, throwing a ConformanceError (its message the readable report) when a
 * check fails: one line in any test runner, `it('conforms', () => assertConformance(s))`.
 */
export function assertConformance(scenario: Scenario, options: CheckScenarioOptions = {}): ConformanceReport {
  const report = checkScenario(scenario, options);
  if (!report.ok) throw new ConformanceError(report);
  return report;
}

/** A test-registering function such as vitest's `it` or `test` (or node:test's, or jest's). */
export type RegisterTest = (name: string, body: () => void) => unknown;

/**
 * Registers one test per conformance check with `test` (vitest's `it`, say), so a runner
 * lists each check and fails the one that does not hold, with its seed, turn and state:
 *
 * ```ts
 * import { describe, it } from 'vitest';
 * describe('my scenario', () => conformanceTests(it, loadScenario('my-scenario.yaml')));
 * ```
 *
 * The runs are played once, by the first test to run; `scenario` may be a function, so
 * that loading it counts as part of the tests. Imports nothing of any test runner.
 */
export function conformanceTests(test: RegisterTest, scenario: Scenario | (() => Scenario), options: CheckScenarioOptions = {}): void {
  let report: ConformanceReport | undefined;
  const checked = (): ConformanceReport => (report ??= checkScenario(typeof scenario === 'function' ? scenario() : scenario, options));
  for (const check of CONFORMANCE_CHECK_NAMES) {
    test(`conformance: ${check}`, () => {
      const failure = checked().failures.find((f) => f.check === check);
      if (failure !== undefined) throw new ConformanceCheckFailure(check, failureLines(`wargame run ${checked().scenario}`, failure).join('\n'));
    });
  }
}

/** One check's failure inside `conformanceTests`. */
class ConformanceCheckFailure extends Error {
  override readonly name = 'ConformanceCheckFailure';
  constructor(
    readonly check: ConformanceCheck,
    message: string,
  ) {
    super(message);
  }
}

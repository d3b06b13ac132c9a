import { WargameError } from '../../errors/wargame-error.js';
import type { ConformanceReport } from './conformance-report.js';
import { formatConformanceReport } from './format-report.js';

/** A scenario that failed conformance checks; the message is the whole report. Exit status 65 from `wargame check`. */
export class ConformanceError extends WargameError {
  override readonly name = 'ConformanceError';
  readonly code = 'invalid-data' as const;
  /** One line: the scenario and the checks that failed. */
  readonly summary: string;
  constructor(readonly report: ConformanceReport) {
    super(formatConformanceReport(report).trimEnd());
    const failed = report.failures.map((f) => f.check);
    this.summary = `'${report.scenario}' failed ${failed.length} conformance check${failed.length === 1 ? '' : 's'}: ${failed.join(', ')}`;
  }
}

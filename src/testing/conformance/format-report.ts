import { CONFORMANCE_CHECK_NAMES, CONFORMANCE_CHECKS } from './conformance-check.js';
import type { ConformanceFailure, ConformanceReport } from './conformance-report.js';

/**
 * A report as text: a line per check with how often it held, then each failure with the
 * seed, turn and state that show it. What `wargame check` prints and a ConformanceError says.
 * `run` is the command that plays a run of this scenario, to which a failure adds its
 * seed (default `wargame run <scenario id>`).
 */
export function formatConformanceReport(report: ConformanceReport, run = `wargame run ${report.scenario}`): string {
  const width = Math.max(...CONFORMANCE_CHECK_NAMES.map((c) => c.length));
  const lines = [`'${report.scenario}' (${report.hash.slice(0, 19)}…), ${report.runs} random run${report.runs === 1 ? '' : 's'} from seed ${report.seed}:`];
  for (const check of CONFORMANCE_CHECK_NAMES) {
    const failed = report.failures.some((f) => f.check === check);
    lines.push(`  ${failed ? 'FAILED' : 'ok    '} ${check.padEnd(width)}  ${failed ? 'failed' : `held ${report.passed[check]} times`}`);
  }
  if (report.skipped > 0) lines.push(`  (${report.skipped} decisions too big for the anticipation check were skipped)`);
  for (const failure of report.failures) lines.push('', ...failureLines(run, failure));
  lines.push('', report.ok ? 'every check held' : `${report.failures.length} of ${CONFORMANCE_CHECK_NAMES.length} checks failed`);
  return `${lines.join('\n')}\n`;
}

/** One failure: what is wrong, what the check holds, and how to see the run (`run` and its seed). */
export function failureLines(run: string, failure: ConformanceFailure): string[] {
  const at = failure.turn === undefined ? '' : failure.turn === 0 ? ', after the trigger' : `, turn ${failure.turn}`;
  return [
    `${failure.check}: ${failure.message}`,
    `  seed ${failure.seed}${at} (${run} --seed ${failure.seed})`,
    ...(failure.state === undefined ? [] : [`  state: ${failure.state}`]),
    `  the check: ${CONFORMANCE_CHECKS[failure.check]}`,
  ];
}

import type { BatchSummary } from '../../batch/batch.js';
import { overridesLines } from './overrides-lines.js';

/** A batch's outcome shares as a table with 95% intervals. */
export function formatBatchSummary(summary: BatchSummary): string {
  const width = Math.max(...summary.outcomes.map((o) => o.id.length), 'outcome'.length);
  // Small shares get two decimals, so a rare outcome's interval does not read 0.0%–0.0%.
  const pct = (x: number): string => `${(x * 100).toFixed(x > 0 && x < 0.01 ? 2 : 1)}%`;
  const counted = summary.runs === summary.requested ? `${summary.runs} runs` : `${summary.runs} of ${summary.requested} runs (stopped early)`;
  const lines = [
    `${summary.scenario.title}`,
    `${summary.scenario.id} · ${counted} · batch seed ${summary.seed} · engine ${summary.engineVersion}`,
    ...overridesLines(summary.overrides ?? {}),
    '',
    `${'outcome'.padEnd(width)}  ${'runs'.padStart(9)}  ${'share'.padStart(6)}  ${'95% interval'.padEnd(13)}  meaning`,
  ];
  for (const o of summary.outcomes) {
    lines.push(
      `${o.id.padEnd(width)}  ${String(o.count).padStart(9)}  ${pct(o.share).padStart(6)}  ${`${pct(o.interval[0])}–${pct(o.interval[1])}`.padEnd(13)}  ${o.label}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

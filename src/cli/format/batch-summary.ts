import type { BatchSummary } from '../../batch/batch-summary.js';
import { overridesLines } from '../../presentation/overrides-lines.js';
import { sharePercent } from '../../presentation/share-percent.js';

/** A batch's outcome shares as a table with 95% intervals, then each quantity's final values. */
export function formatBatchSummary(summary: BatchSummary): string {
  const width = Math.max(...summary.outcomes.map((o) => o.id.length), 'outcome'.length);
  const pct = sharePercent;
  const counted = summary.runs === summary.requested ? `${summary.runs} runs` : `${summary.runs} of ${summary.requested} runs (stopped early)`;
  const lines = [
    `${summary.scenario.title}`,
    `${summary.scenario.id} · ${counted} · batch seed ${summary.seed} · engine ${summary.engineVersion}`,
    ...overridesLines(summary.overrides ?? {}),
    '',
    `${'outcome'.padEnd(width)}  ${'runs'.padStart(9)}  ${'share'.padStart(6)}  ${'95% interval'.padEnd(13)}  ${'turn'.padStart(5)}  ${'5–50–95%'.padEnd(9)}  meaning`,
  ];
  for (const o of summary.outcomes) {
    const turn = o.meanFirstTurn === null ? '–' : o.meanFirstTurn.toFixed(1);
    const spread = o.firstTurns ? `${o.firstTurns.p05}–${o.firstTurns.p50}–${o.firstTurns.p95}` : '–';
    lines.push(
      `${o.id.padEnd(width)}  ${String(o.count).padStart(9)}  ${pct(o.share).padStart(6)}  ${`${pct(o.interval[0])}–${pct(o.interval[1])}`.padEnd(13)}  ${turn.padStart(5)}  ${spread.padEnd(9)}  ${o.label}`,
    );
  }
  lines.push('', 'turn: mean turn at which the outcome first held, in the runs where it held; 5–50–95%: the turns by which 5%, half and 95% of those runs had it', '');
  const qWidth = Math.max(...summary.quantities.map((q) => q.id.length), 'quantity'.length);
  const n = (x: number): string => String(Number(x.toPrecision(6)));
  lines.push(`${'quantity'.padEnd(qWidth)}  ${['mean', 'sd', '5%', '50%', '95%'].map((h) => h.padStart(10)).join('  ')}`);
  for (const q of summary.quantities) {
    lines.push(`${q.id.padEnd(qWidth)}  ${[q.mean, q.sd, q.p05, q.p50, q.p95].map((x) => n(x).padStart(10)).join('  ')}`);
  }
  return `${lines.join('\n')}\n`;
}

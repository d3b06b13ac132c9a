import type { SweepResult } from '../../experiments/sweep.js';
import type { Table } from '../write-rows.js';
import { overridesLines } from '../../presentation/overrides-lines.js';

const pct = (x: number): string => `${(x * 100).toFixed(x > 0 && x < 0.01 ? 2 : 1)}%`;

/** A sweep as text: one line per point, the varied values then each outcome's share and interval. */
export function formatSweep(result: SweepResult): string {
  const outcomes = [...new Set(result.rows.map((r) => r.outcome))];
  const done = result.finished === result.requested ? `${result.finished} points` : `${result.finished} of ${result.requested} points (stopped early)`;
  const lines = [
    result.scenario.title,
    `${result.scenario.id} · ${result.design} · ${done} × ${result.runs} runs, the same seeds at every point · seed ${result.seed} · engine ${result.engineVersion}`,
    ...overridesLines(result.overrides),
    '',
  ];
  const widths = result.factors.map((f) => Math.max(f.length, 8));
  const cell = Math.max(...outcomes.map((o) => o.length), 21);
  lines.push([...result.factors.map((f, i) => f.padStart(widths[i]!)), ...outcomes.map((o) => o.padEnd(cell))].join('  ').trimEnd());
  for (let p = 0; p < result.finished; p++) {
    const rows = result.rows.slice(p * outcomes.length, (p + 1) * outcomes.length);
    const values = result.factors.map((f, i) => String(+rows[0]!.point[f]!.toPrecision(6)).padStart(widths[i]!));
    lines.push([...values, ...rows.map((r) => `${pct(r.share).padStart(6)} ${pct(r.low)}–${pct(r.high)}`.padEnd(cell))].join('  ').trimEnd());
  }
  return `${lines.join('\n')}\n`;
}

/** The tidy rows: a column per varied path, then outcome, count, runs, share, low, high. */
export function sweepTable(result: SweepResult): Table {
  return {
    columns: [...result.factors, 'outcome', 'count', 'runs', 'share', 'low', 'high'],
    rows: result.rows.map((r) => [...result.factors.map((f) => r.point[f]!), r.outcome, r.count, r.runs, r.share, r.low, r.high]),
  };
}

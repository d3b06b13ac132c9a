import type { SweepResult } from '../../experiments/sweep.js';
import type { Table } from '../write-rows.js';
import { overridesLines } from '../../presentation/overrides-lines.js';

const pct = (x: number): string => `${(x * 100).toFixed(x > 0 && x < 0.01 ? 2 : 1)}%`;

/** A sweep as text: one line per point, the varied values then each outcome's share and interval. */
export function formatSweep(result: SweepResult, quantities: readonly string[] = []): string {
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
  if (quantities.length > 0) lines.push('', ...meansTable(result, quantities));
  return `${lines.join('\n')}\n`;
}

/** Final means of some quantities, a line per point: the varied values, then each mean. */
function meansTable(result: SweepResult, quantities: readonly string[]): string[] {
  const per = new Set(result.means.map((m) => m.quantity)).size;
  const widths = result.factors.map((f) => Math.max(f.length, 8));
  const cell = Math.max(...quantities.map((q) => q.length), 10);
  const lines = [`final means (mean ± 1.96 s.e.)`, [...result.factors.map((f, i) => f.padStart(widths[i]!)), ...quantities.map((q) => q.padStart(cell))].join('  ')];
  for (let p = 0; p < result.finished; p++) {
    const rows = result.means.slice(p * per, (p + 1) * per);
    if (rows.length === 0) break;
    const values = result.factors.map((f, i) => String(+rows[0]!.point[f]!.toPrecision(6)).padStart(widths[i]!));
    const shown = quantities.map((q) => {
      const row = rows.find((r) => r.quantity === q)!;
      return `${+row.mean.toPrecision(4)} ± ${+((row.high - row.low) / 2).toPrecision(2)}`.padStart(cell);
    });
    lines.push([...values, ...shown].join('  ').trimEnd());
  }
  return lines;
}

/** The tidy means: a column per varied path, then quantity, runs, mean, sd, low, high. */
export function sweepMeansTable(result: SweepResult): Table {
  return {
    columns: [...result.factors, 'quantity', 'runs', 'mean', 'sd', 'low', 'high'],
    rows: result.means.map((r) => [...result.factors.map((f) => r.point[f]!), r.quantity, r.runs, r.mean, r.sd, r.low, r.high]),
  };
}

/** The tidy rows: a column per varied path, then outcome, count, runs, share, low, high. */
export function sweepTable(result: SweepResult): Table {
  return {
    columns: [...result.factors, 'outcome', 'count', 'runs', 'share', 'low', 'high'],
    rows: result.rows.map((r) => [...result.factors.map((f) => r.point[f]!), r.outcome, r.count, r.runs, r.share, r.low, r.high]),
  };
}

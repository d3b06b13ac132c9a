import type { RunResult } from '../engine/lean-run.js';
import type { Scenario } from '../engine/scenario.js';
import { round6 } from '../records/round6.js';

/** Formats of per-run data, chosen by the output file's extension. */
export type RowFormat = 'csv' | 'jsonl';

/** The row format a file name asks for, or undefined. */
export function rowFormatOf(path: string): RowFormat | undefined {
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.jsonl$/i.test(path)) return 'jsonl';
  return undefined;
}

/**
 * Column names, in order: `run` (0-based index in the batch), `seed` (replays the run with
 * `wargame run --seed`), each outcome's id (1 if it held, else 0), `<outcome>_turn` (the
 * turn it first held, empty or null if it did not hold), and each quantity's id (its final
 * value). Ids are letters, digits and underscores, so they need no quoting in CSV.
 */
export function rowColumns(scenario: Scenario): string[] {
  return [
    'run',
    'seed',
    ...scenario.outcomes.map((o) => o.id),
    ...scenario.outcomes.map((o) => `${o.id}_turn`),
    ...scenario.quantities.map((q) => q.id),
  ];
}

/** The text before the first row: a header line for CSV, nothing for JSON Lines. */
export function rowsHeader(scenario: Scenario, format: RowFormat): string {
  return format === 'csv' ? `${rowColumns(scenario).join(',')}\n` : '';
}

/** One run as a line of text (newline included); numbers are rounded like a run record's. */
export function formatRow(format: RowFormat, columns: readonly string[], index: number, run: RunResult): string {
  const { held, firstTurn, values } = run;
  const cells: (number | null)[] = [index, run.seed];
  for (let i = 0; i < held.length; i++) cells.push(held[i]!);
  for (let i = 0; i < firstTurn.length; i++) cells.push(firstTurn[i]! < 0 ? null : firstTurn[i]!);
  for (let q = 0; q < values.length; q++) cells.push(round6(values[q]!));
  if (format === 'csv') return `${cells.map((c) => (c === null ? '' : String(c))).join(',')}\n`;
  const fields = cells.map((c, i) => `${JSON.stringify(columns[i])}:${c === null ? 'null' : String(c)}`);
  return `{${fields.join(',')}}\n`;
}

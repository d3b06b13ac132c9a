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
  // Built by appending, with no array of cells: a batch formats a row per run.
  const { held, firstTurn, values } = run;
  const keys = format === 'jsonl' ? jsonKeys(columns) : undefined;
  const empty = keys === undefined ? '' : 'null';
  let line = keys === undefined ? `${index},${run.seed}` : `{${keys[0]}${index}${keys[1]}${run.seed}`;
  let c = 2;
  for (let i = 0; i < held.length; i++) line += (keys === undefined ? ',' : keys[c++]) + (held[i] === 1 ? '1' : '0');
  for (let i = 0; i < firstTurn.length; i++) line += (keys === undefined ? ',' : keys[c++]) + (firstTurn[i]! < 0 ? empty : String(firstTurn[i]));
  for (let q = 0; q < values.length; q++) line += (keys === undefined ? ',' : keys[c++]) + String(round6(values[q]!));
  return keys === undefined ? `${line}\n` : `${line}}\n`;
}

/** Per column, the JSON text before its value: `"run":`, then `,"seed":`, and so on. */
const jsonKeysOf = new WeakMap<readonly string[], string[]>();
function jsonKeys(columns: readonly string[]): string[] {
  let keys = jsonKeysOf.get(columns);
  if (keys === undefined) {
    keys = columns.map((column, i) => `${i === 0 ? '' : ','}${JSON.stringify(column)}:`);
    jsonKeysOf.set(columns, keys);
  }
  return keys;
}

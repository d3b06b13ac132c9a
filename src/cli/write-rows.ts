import { writeOutputFile } from '../output/atomic-output.js';
import { UsageError } from './usage-error.js';

/** A tidy table: column names, and rows of numbers and text in that order. */
export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

/**
 * Writes a table to `file` as CSV (`.csv`) or JSON Lines (`.jsonl`, one object per row),
 * chosen by the file's extension. CSV quotes a field only when it must (RFC 4180); a
 * number that is not finite is written empty in CSV and null in JSON. The file takes its
 * name only once written whole (OutputError, exit 73, when it cannot be).
 */
export function writeRows(file: string, table: Table): void {
  let text: string;
  if (/\.csv$/i.test(file)) {
    text = [table.columns, ...table.rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n';
  } else if (/\.jsonl$/i.test(file)) {
    text = table.rows.map((row) => JSON.stringify(Object.fromEntries(table.columns.map((c, i) => [c, finiteOrNull(row[i] ?? null)])))).join('\n') + '\n';
  } else {
    throw new UsageError(`--out ${file}: name a .csv or .jsonl file`);
  }
  writeOutputFile(file, text);
}

/** Refuses, before any work, an --out that names neither a .csv nor a .jsonl file. */
export function checkRowsFileName(file: string | undefined, option = '--out'): void {
  if (file !== undefined && !/\.(csv|jsonl)$/i.test(file)) throw new UsageError(`${option} ${file}: name a .csv or .jsonl file`);
}

function finiteOrNull(v: string | number | null): string | number | null {
  return typeof v === 'number' && !Number.isFinite(v) ? null : v;
}

function csvField(v: string | number | null): string {
  if (v === null || (typeof v === 'number' && !Number.isFinite(v))) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

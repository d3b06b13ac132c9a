import type { DiscoveryRow } from './discovery-data.js';
import { WargameError } from '../errors/wargame-error.js';

/** Runs read from an exploration's (or a batch's) rows file. */
export interface ParsedRuns {
  /** Column names in file order, each once. */
  readonly columns: readonly string[];
  readonly rows: readonly DiscoveryRow[];
  /** Columns named twice (a quantity and an outcome with one id): the first is kept. */
  readonly repeated: readonly string[];
}

/** A rows file that is not numbers in columns: `file:line: what is wrong`. */
export class RunsFileError extends WargameError {
  override readonly name = 'RunsFileError';
  readonly code = 'invalid-data' as const;
}

/**
 * The rows of `wargame explore --out` or `wargame batch --out`, as CSV (a header line, then
 * one line per run; RFC 4180 quoting) or JSON Lines (one object per run), chosen by the
 * name's extension. Every cell is a number or empty (null in JSON): a missing first turn.
 */
export function parseRuns(text: string, file: string): ParsedRuns {
  return /\.jsonl$/i.test(file) ? parseJsonLines(text, file) : parseCsv(text, file);
}

function parseCsv(text: string, file: string): ParsedRuns {
  const lines = text.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) throw new RunsFileError(`${file}: empty; expected a header line and one line per run`);
  const header = csvCells(lines[0]!, file, 1);
  const { columns, keep, repeated } = distinct(header);
  const rows = lines.slice(1).map((line, at) => {
    const cells = csvCells(line, file, at + 2);
    if (cells.length !== header.length) throw new RunsFileError(`${file}:${at + 2}: ${cells.length} cells; the header names ${header.length}`);
    const row: Record<string, number | null> = {};
    for (const c of keep) row[header[c]!] = number(cells[c]!, file, at + 2, header[c]!);
    return row;
  });
  return { columns, rows, repeated };
}

function parseJsonLines(text: string, file: string): ParsedRuns {
  const columns: string[] = [];
  const seen = new Set<string>();
  const rows: DiscoveryRow[] = [];
  text.split(/\r?\n/).forEach((line, at) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new RunsFileError(`${file}:${at + 1}: not JSON`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RunsFileError(`${file}:${at + 1}: expected an object per line`);
    const row: Record<string, number | null> = {};
    for (const [key, cell] of Object.entries(value)) {
      if (cell !== null && (typeof cell !== 'number' || !Number.isFinite(cell))) throw new RunsFileError(`${file}:${at + 1}: '${key}' is not a number`);
      row[key] = cell;
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
    rows.push(row);
  });
  if (rows.length === 0) throw new RunsFileError(`${file}: empty; expected one JSON object per run`);
  return { columns, rows, repeated: [] };
}

function distinct(header: readonly string[]): { columns: string[]; keep: number[]; repeated: string[] } {
  const seen = new Set<string>();
  const keep: number[] = [];
  const repeated: string[] = [];
  header.forEach((name, c) => {
    if (seen.has(name)) repeated.push(name);
    else {
      seen.add(name);
      keep.push(c);
    }
  });
  return { columns: keep.map((c) => header[c]!), keep, repeated };
}

function csvCells(line: string, file: string, lineNumber: number): string[] {
  if (!line.includes('"')) return line.split(',');
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  if (quoted) throw new RunsFileError(`${file}:${lineNumber}: a quote is not closed`);
  cells.push(cell);
  return cells;
}

function number(cell: string, file: string, line: number, column: string): number | null {
  const text = cell.trim();
  if (text === '') return null;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new RunsFileError(`${file}:${line}: '${column}' is not a number: ${JSON.stringify(text.slice(0, 40))}`);
  return value;
}

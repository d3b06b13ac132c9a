import type { RunResult } from './lean-run.js';
import type { Scenario } from '../engine/scenario.js';
import { round6 } from '../records/round6.js';
import { RowBytes } from './row-bytes.js';

/** Formats of per-run data, chosen by the output file's extension. */
export type RowFormat = (typeof ROW_FORMATS)[number];

/** The row formats, in the order messages list them. */
export const ROW_FORMATS = ['csv', 'jsonl'] as const;

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
  const line = new RowBytes(256);
  writeRow(line, format, columns, index, run);
  return line.toString();
}

/** Writes one run's line, as `formatRow` gives it, into `rows`: a batch writes a row per run. */
export function writeRow(rows: RowBytes, format: RowFormat, columns: readonly string[], index: number, run: RunResult): void {
  const { held, firstTurn, values } = run;
  const { before, missing, start, end } = layoutOf(format, columns);
  let c = 0;
  rows.appendBytes(start);
  rows.appendBytes(before[c++]!);
  rows.appendNumber(index);
  rows.appendBytes(before[c++]!);
  rows.appendNumber(run.seed);
  for (let i = 0; i < held.length; i++) {
    rows.appendBytes(before[c++]!);
    rows.appendAscii(held[i] === 1 ? ONE : ZERO);
  }
  for (let i = 0; i < firstTurn.length; i++) {
    rows.appendBytes(before[c++]!);
    if (firstTurn[i]! >= 0) rows.appendNumber(firstTurn[i]!);
    else rows.appendBytes(missing);
  }
  for (let q = 0; q < values.length; q++) {
    rows.appendBytes(before[c++]!);
    rows.appendNumber(round6(values[q]!));
  }
  rows.appendBytes(end);
}

const ZERO = 0x30;
const ONE = 0x31;

/** A format's bytes around the cells: before each cell (its separator, or its JSON key), for a missing turn, and around the line. */
interface RowLayout {
  readonly before: readonly Uint8Array[];
  readonly missing: Uint8Array;
  readonly start: Uint8Array;
  readonly end: Uint8Array;
}

const layouts: Record<RowFormat, WeakMap<readonly string[], RowLayout>> = { csv: new WeakMap(), jsonl: new WeakMap() };
const ascii = (text: string): Uint8Array => Buffer.from(text, 'utf8');

function layoutOf(format: RowFormat, columns: readonly string[]): RowLayout {
  let layout = layouts[format].get(columns);
  if (layout === undefined) {
    const json = format === 'jsonl';
    layout = {
      before: columns.map((column, i) => ascii(`${i === 0 ? '' : ','}${json ? `${JSON.stringify(column)}:` : ''}`)),
      missing: ascii(json ? 'null' : ''),
      start: ascii(json ? '{' : ''),
      end: ascii(json ? '}\n' : '\n'),
    };
    layouts[format].set(columns, layout);
  }
  return layout;
}

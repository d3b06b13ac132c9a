import { InputError } from '../errors/input-error.js';

/** Per-turn rows (`wargame batch --out-turns`) reduced to what a report draws: each quantity's values by turn. */
export interface TurnRowsData {
  readonly runs: number;
  /** The quantities, in column order. */
  readonly quantities: readonly string[];
  /** values[q][turn]: every run's value of quantity q after that turn, in file order. */
  readonly values: readonly (readonly number[][])[];
}

const LEADING = ['run', 'seed', 'turn', 'actor', 'action', 'chance'];

/** Whether a file's first line is the header of per-turn rows (CSV) or its first object has their keys (JSON Lines). */
export function looksLikeTurnRows(text: string): boolean {
  const first = text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'));
  if (first.startsWith('{')) return /^\{"run":-?\d+,"seed":\d+,"turn":\d+,"actor":/.test(first);
  return first.startsWith(`${LEADING.join(',')},`);
}

/** Per-turn rows as CSV or JSON Lines, or an InputError naming the line that is not one. */
export function parseTurnRows(text: string, file: string): TurnRowsData {
  const lines = text.split(/\r?\n/).filter((l) => l !== '');
  const json = lines[0]?.startsWith('{') ?? false;
  const header = json ? Object.keys(parseObject(lines[0]!, file, 1)) : lines[0]!.split(',');
  if (header.slice(0, LEADING.length).join(',') !== LEADING.join(',')) throw new InputError(`${file}: not per-turn rows: the columns must begin ${LEADING.join(', ')}`);
  const quantities = header.slice(LEADING.length);
  const values: number[][][] = quantities.map(() => []);
  const runs = new Set<number>();
  const body = json ? lines : lines.slice(1);
  body.forEach((line, at) => {
    const number = at + (json ? 1 : 2);
    const cells: unknown[] = json ? Object.values(parseObject(line, file, number)) : line.split(',').map((c, k) => (k < 3 || k >= LEADING.length ? Number(c) : c));
    if (cells.length !== header.length) throw new InputError(`${file}:${number}: ${cells.length} cells; the header names ${header.length}`);
    const [run, , turn] = cells as number[];
    if (!Number.isSafeInteger(turn) || turn! < 0 || turn! > 100_000 || !Number.isSafeInteger(run)) throw new InputError(`${file}:${number}: not a run and turn`);
    runs.add(run!);
    quantities.forEach((_, q) => {
      const value = cells[LEADING.length + q];
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new InputError(`${file}:${number}: '${quantities[q]}' is not a number`);
      ((values[q]![turn!] ??= [])).push(value);
    });
  });
  if (runs.size === 0) throw new InputError(`${file}: no per-turn rows`);
  return { runs: runs.size, quantities, values: values.map((byTurn) => Array.from(byTurn, (v) => v ?? [])) };
}

function parseObject(line: string, file: string, number: number): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new InputError(`${file}:${number}: not a JSON object`);
}

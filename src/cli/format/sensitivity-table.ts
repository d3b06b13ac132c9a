import type { SensitivityResult, SensitivityRow } from '../../experiments/sensitivity.js';
import type { Table } from '../write-rows.js';
import { overridesLines } from '../../presentation/overrides-lines.js';

const num = (x: number | undefined, digits = 3): string => (x === undefined || Number.isNaN(x) ? '–' : x < 0 ? `−${(-x).toFixed(digits)}` : x.toFixed(digits));
const pm = (x: number | undefined, e: number | undefined): string => `${num(x)} ± ${num(e)}`;
const range = (r: SensitivityRow): string => (r.members === undefined ? `${+r.low.toPrecision(4)}–${+r.high.toPrecision(4)}` : `${r.members.length} inputs`);

/** The methods' columns: name, the row's field, and how to show it. */
const COLUMNS: Record<SensitivityResult['method'], readonly (readonly [string, (r: SensitivityRow) => string])[]> = {
  oat: [
    ['at low', (r) => num(r.shareLow ?? r.meanLow)],
    ['at high', (r) => num(r.shareHigh ?? r.meanHigh)],
    ['swing ± s.e.', (r) => pm(r.swing, r.swingError)],
  ],
  morris: [
    ['μ* ± s.e.', (r) => pm(r.muStar, r.muStarError)],
    ['μ', (r) => num(r.mu)],
    ['σ', (r) => num(r.sigma)],
  ],
  sobol: [
    ['S1 ± s.e.', (r) => pm(r.first, r.firstError)],
    ['ST ± s.e.', (r) => pm(r.total, r.totalError)],
    ['ST 95% interval', (r) => `${num(r.totalLow)}–${num(r.totalHigh)}`],
  ],
};

/** A ranked sensitivity table: the input that matters most first, each index with its Monte Carlo error. */
export function formatSensitivity(result: SensitivityResult): string {
  const columns = COLUMNS[result.method];
  const lines = [
    result.scenario.title,
    `${result.scenario.id} · ${result.method} on ${result.measure === 'mean' ? `the mean of ${result.outcome}` : `the share of '${result.outcome}'`} · ${result.points} points × ${result.runs} runs, the same seeds at every point · seed ${result.seed}`,
    ...overridesLines(result.overrides),
  ];
  if (result.baseShare !== undefined) lines.push(`share with every input as in the scenario: ${num(result.baseShare)}`);
  if (result.baseMean !== undefined) lines.push(`mean with every input as in the scenario: ${num(result.baseMean)}`);
  const width = Math.max('input'.length, ...result.rows.map((r) => r.input.length));
  const ranges = Math.max('range'.length, ...result.rows.map((r) => range(r).length));
  const cells = columns.map(([name], c) => Math.max(name.length, ...result.rows.map((r) => columns[c]![1](r).length)));
  lines.push('', [`${'input'.padEnd(width)}`, 'range'.padEnd(ranges), ...columns.map(([name], c) => name.padStart(cells[c]!))].join('  '));
  for (const row of result.rows) {
    lines.push([row.input.padEnd(width), range(row).padEnd(ranges), ...columns.map(([, show], c) => show(row).padStart(cells[c]!))].join('  '));
  }
  for (const row of result.rows.filter((r) => r.members !== undefined)) lines.push('', `group ${row.input}: ${row.members!.join(', ')}`);
  for (const diagnostic of result.diagnostics) lines.push('', `note: ${diagnostic.message}`);
  return `${lines.join('\n')}\n`;
}

/** Tidy rows, ranked: input, low, high, then the method's figures. */
export function sensitivityTable(result: SensitivityResult): Table {
  const fields: Record<SensitivityResult['method'], readonly (keyof SensitivityRow)[]> = {
    oat: result.measure === 'mean' ? ['meanLow', 'meanHigh', 'swing', 'swingError'] : ['shareLow', 'shareHigh', 'swing', 'swingError'],
    morris: ['muStar', 'muStarError', 'mu', 'sigma'],
    sobol: ['first', 'firstError', 'firstLow', 'firstHigh', 'total', 'totalError', 'totalLow', 'totalHigh'],
  };
  const names = fields[result.method];
  // Groups (--group) add their members, space-separated; analyses without keep their columns.
  const grouped = result.rows.some((r) => r.members !== undefined);
  return {
    columns: ['rank', 'input', 'low', 'high', ...(grouped ? ['members'] : []), ...names],
    rows: result.rows.map((r, i) => [i + 1, r.input, r.low, r.high, ...(grouped ? [(r.members ?? [r.input]).join(' ')] : []), ...names.map((n) => (r[n] as number | undefined) ?? null)]),
  };
}

/** Several analyses from one pass (`--outcome` repeated, or all), as `--json` prints them. */
export const SENSITIVITY_SET_FORMAT = 'wargame-sensitivity-set/1';

/**
 * One analysis's rows as `sensitivityTable` gives them; several, with a first column naming
 * the output, and every column any of them has, each row's figures under their own names
 * and empty elsewhere: an outcome's shares and a quantity's means are different columns.
 */
export function sensitivityTables(results: readonly SensitivityResult[]): Table {
  if (results.length === 1) return sensitivityTable(results[0]!);
  const tables = results.map(sensitivityTable);
  const columns: string[] = [];
  for (const table of tables) for (const column of table.columns) if (!columns.includes(column)) columns.push(column);
  return {
    columns: ['output', ...columns],
    rows: tables.flatMap((t, i) =>
      t.rows.map((row) => [
        results[i]!.outcome,
        ...columns.map((column) => {
          const at = t.columns.indexOf(column);
          return at < 0 ? null : row[at]!;
        }),
      ]),
    ),
  };
}

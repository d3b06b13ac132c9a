import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { RowBytes } from '../../src/batch/row-bytes.js';
import { formatRow, rowColumns, writeRow } from '../../src/batch/run-rows.js';
import type { RunResult } from '../../src/batch/lean-run.js';
import { builtInScenarioIds, loadScenario } from '../../src/scenarios/load.js';

const scenario = loadScenario('hormuz');
const columns = rowColumns(scenario);
const outcomes = scenario.outcomes.length;
const quantities = scenario.quantities.length;
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** Any run's result, with quantities anywhere from whole numbers to long fractions. */
const runResults = fc.record({
  seed: fc.maxSafeNat(),
  held: fc.uint8Array({ min: 0, max: 1, minLength: outcomes, maxLength: outcomes }),
  firstTurn: fc.array(fc.integer({ min: -1, max: 60 }), { minLength: outcomes, maxLength: outcomes }).map((a) => Int32Array.from(a)),
  values: fc
    .array(fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -1e9, max: 1e9, noNaN: true })), { minLength: quantities, maxLength: quantities })
    .map((a) => Float64Array.from(a)),
}) satisfies fc.Arbitrary<RunResult>;

describe('per-run rows', () => {
  property.prop([fc.nat(), runResults])('a CSV row is its cells, in column order, as String writes them, rounded to six decimals', (index, run) => {
    const cells = [
      index,
      run.seed,
      ...run.held,
      ...Array.from(run.firstTurn, (t) => (t < 0 ? '' : t)),
      ...Array.from(run.values, round6),
    ];
    expect(cells).toHaveLength(columns.length);
    expect(formatRow('csv', columns, index, run)).toBe(`${cells.map(String).join(',')}\n`);
  });

  property.prop([fc.nat(), runResults])('a JSON Lines row is one object with every column, null for a turn never reached', (index, run) => {
    const line = formatRow('jsonl', columns, index, run);
    expect(line.endsWith('}\n')).toBe(true);
    const object = JSON.parse(line) as Record<string, number | null>;
    expect(Object.keys(object)).toEqual(columns);
    expect(object.run).toBe(index);
    expect(object.seed).toBe(run.seed);
    scenario.outcomes.forEach((o, i) => {
      expect(object[o.id]).toBe(run.held[i]);
      expect(object[`${o.id}_turn`]).toBe(run.firstTurn[i]! < 0 ? null : run.firstTurn[i]);
    });
    // JSON has no −0: it is written 0, as String writes it.
    scenario.quantities.forEach((q, i) => expect(object[q.id]).toBe(round6(run.values[i]!) + 0));
  });

  property.prop([fc.array(fc.tuple(fc.nat(), runResults), { maxLength: 30 }), fc.constantFrom('csv' as const, 'jsonl' as const)])(
    'rows written one after another into a chunk are the formatted rows, end to end',
    (runs, format) => {
      const rows = new RowBytes(16);
      for (const [index, run] of runs) writeRow(rows, format, columns, index, run);
      expect(rows.toString()).toBe(runs.map(([index, run]) => formatRow(format, columns, index, run)).join(''));
    },
  );
});

describe('the columns of a batch\'s rows', () => {
  it.each(builtInScenarioIds())('are unique in %s, so pandas and R keep every one', (id) => {
    const names = rowColumns(loadScenario(id));
    expect(new Set(names).size).toBe(names.length);
  });
});

import { describe, expect, it } from 'vitest';
import { runBatchInThread } from '../../src/batch/batch.js';
import { recogniseReportInput } from '../../src/report/report-input.js';
import { cli } from '../helpers/cli.js';
import { hormuz, seatedRun } from './class-runs.js';

describe('recognising a report input by its format', () => {
  it('reads a run record as a run and a batch summary as a batch', () => {
    const record = seatedRun(1, {});
    const run = recogniseReportInput(JSON.stringify(record), 'r.json');
    expect(run).toEqual({ kind: 'run', file: 'r.json', record });
    const summary = runBatchInThread(hormuz, { runs: 5, seed: 2 });
    expect(recogniseReportInput(JSON.stringify(summary), 'b.json')).toEqual({ kind: 'batch', file: 'b.json', summary });
  });

  it('reads a file saved with a byte-order mark as the same input', () => {
    const summary = runBatchInThread(hormuz, { runs: 5, seed: 2 });
    expect(recogniseReportInput(`\uFEFF${JSON.stringify(summary)}`, 'b.json')).toEqual({ kind: 'batch', file: 'b.json', summary });
  });

  it('refuses a format it does not read, naming the file and the formats it does', () => {
    expect(() => recogniseReportInput('{"format":"wargame-sweep/9"}', 's.json')).toThrow(
      "s.json: its format 'wargame-sweep/9' is not one wargame report reads (wargame-run/1, wargame-batch/3, wargame-batch/2, wargame-sweep/1, wargame-sensitivity/1, wargame-discovery/1, wargame-comparison/1, wargame-sensitivity-set/1)",
    );
    expect(() => recogniseReportInput('[1,2]', 'x.json')).toThrow('x.json: it has no "format" field, so it is not one wargame report reads');
  });

  it('says a file that is not JSON is not, naming it (and the place, where JSON.parse gives one)', () => {
    expect(() => recogniseReportInput('{\n  "format": "wargame-run/1",\n}', 'bad.json')).toThrow(/^bad\.json:3:1: not valid JSON/);
    expect(() => recogniseReportInput('iran.rationality,run,seed,strait_closed\n1.5,0,1,0\n', 'runs.csv')).toThrow(
      'runs.csv: CSV rows of another kind than per-turn rows; a report reads per-turn rows (`wargame batch --out-turns`), and `wargame discover` reads the rows of `batch --out` and `explore --out`; a sweep or sensitivity analysis is reported from its `--json`',
    );
    expect(() => recogniseReportInput('{\n  "format": oops\n}', 'bad.json')).toThrow(/^bad\.json:(\d+:\d+:)? not valid JSON/);
  });

  it('names the field that makes a batch summary invalid', () => {
    const summary = { ...runBatchInThread(hormuz, { runs: 3, seed: 1 }), runs: -1 };
    expect(() => recogniseReportInput(JSON.stringify(summary), 'b.json')).toThrow(/^b\.json: not a batch summary at runs: /);
  });

  it('reads a sweep and a sensitivity analysis as their commands print them, an undefined index included', async () => {
    const sweep = (await cli('sweep', 'hormuz', '--vary', 'iran.rationality=1:9:3', '--runs', '5', '--json')).out;
    expect(recogniseReportInput(sweep, 's.json')).toEqual({ kind: 'sweep', file: 's.json', sweep: JSON.parse(sweep) });
    // strait_closed is never reached over these ranges: the Sobol indices are undefined (null).
    const sobol = (await cli('sensitivity', 'hormuz', '--outcome', 'strait_closed', '--method', 'sobol', '--samples', '4', '--vary', 'iran.rationality=1:9', '--vary', 'horizon=8:14', '--runs', '5', '--json')).out;
    expect(sobol).toContain('"first": null');
    expect(recogniseReportInput(sobol, 'i.json')).toEqual({ kind: 'sensitivity', file: 'i.json', sensitivity: JSON.parse(sobol) });
    const broken = { ...JSON.parse(sweep), design: 'random' };
    expect(() => recogniseReportInput(JSON.stringify(broken), 's.json')).toThrow(/^s\.json: not a sweep result at design: /);
    // Figures no sweep could count, each named: a count past the runs, a share not count/runs, an interval without its share.
    const edited = (change: (row: { count: number; runs: number; share: number; low: number; high: number }) => void): string => {
      const data = JSON.parse(sweep) as { rows: { count: number; runs: number; share: number; low: number; high: number }[] };
      change(data.rows[1]!);
      return JSON.stringify(data);
    };
    expect(() => recogniseReportInput(edited((r) => (r.count = r.runs + 1)), 's.json')).toThrow(/^s\.json: not a sweep result a sweep could write, at rows\.1\.count: 6 runs of 5$/);
    expect(() => recogniseReportInput(edited((r) => (r.share = r.share === 1 ? 0.5 : Math.min(1, r.share + 0.2))), 's.json')).toThrow(/at rows\.1\.share: [\d.]+, but \d+ of 5 runs is [\d.]+$/);
    expect(() => recogniseReportInput(edited((r) => ((r.share = 1), (r.count = 5), (r.low = 1), (r.high = 0.99))), 's.json')).toThrow(/at rows\.1\.low–high: 1–0\.99, but the 95% interval of 5 in 5 is [\d.]+–1$/);
    const share = JSON.parse(sobol);
    share.rows[0].low = 'low';
    expect(() => recogniseReportInput(JSON.stringify(share), 'i.json')).toThrow(/^i\.json: not a sensitivity result at rows\.0\.low: /);
  });
});

describe('batch summaries, version 3 and version 2', () => {
  const summary = runBatchInThread(hormuz, { runs: 40, seed: 2 });

  it('reads a summary of version 2, written before first turns were kept', () => {
    const old = { ...summary, format: 'wargame-batch/2', outcomes: summary.outcomes.map(({ firstTurns: _, ...o }) => o) };
    expect(recogniseReportInput(JSON.stringify(old), 'old.json')).toEqual({ kind: 'batch', file: 'old.json', summary: old });
    const mixed = { ...old, outcomes: summary.outcomes };
    expect(() => recogniseReportInput(JSON.stringify(mixed), 'mixed.json')).toThrow(/^mixed\.json: not a batch summary as wargame writes one at format: version 2 has no firstTurns/);
  });

  it('refuses first turns that are not the outcome’s: runs by turn, mean and quantiles must agree', () => {
    const i = summary.outcomes.findIndex((o) => o.count > 1);
    const edit = (change: (turns: { p05: number; p50: number; p95: number; histogram: number[] }) => object) => ({
      ...summary,
      outcomes: summary.outcomes.map((o, k) => (k === i ? { ...o, firstTurns: change({ ...o.firstTurns!, histogram: [...o.firstTurns!.histogram] }) } : o)),
    });
    const more = edit((t) => ({ ...t, histogram: t.histogram.map((n, turn) => (turn === t.p50 ? n + 1 : n)) }));
    expect(() => recogniseReportInput(JSON.stringify(more), 'b.json')).toThrow(new RegExp(`at outcomes\\.${i}\\.firstTurns: \\d+ runs by turn for an outcome that held in`));
    const median = edit((t) => ({ ...t, p50: t.p50 + 1 }));
    expect(() => recogniseReportInput(JSON.stringify(median), 'b.json')).toThrow(/but the histogram's are/);
  });
});

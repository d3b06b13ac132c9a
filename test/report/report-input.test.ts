import { describe, expect, it } from 'vitest';
import { runBatchInThread } from '../../src/batch/batch.js';
import { recogniseReportInput } from '../../src/report/report-input.js';
import { hormuz, seatedRun } from './class-runs.js';

describe('recognising a report input by its format', () => {
  it('reads a run record as a run and a batch summary as a batch', () => {
    const record = seatedRun(1, {});
    const run = recogniseReportInput(JSON.stringify(record), 'r.json');
    expect(run).toEqual({ kind: 'run', file: 'r.json', record });
    const summary = runBatchInThread(hormuz, { runs: 5, seed: 2 });
    expect(recogniseReportInput(JSON.stringify(summary), 'b.json')).toEqual({ kind: 'batch', file: 'b.json', summary });
  });

  it('refuses a format it does not read, naming the file and the formats it does', () => {
    expect(() => recogniseReportInput('{"format":"wargame-sweep/9"}', 's.json')).toThrow(
      "s.json: its format 'wargame-sweep/9' is not one wargame report reads (wargame-run/1, wargame-batch/2)",
    );
    expect(() => recogniseReportInput('[1,2]', 'x.json')).toThrow('x.json: it has no "format" field, so it is not one wargame report reads');
  });

  it('says a file that is not JSON is not, naming it (and the place, where JSON.parse gives one)', () => {
    expect(() => recogniseReportInput('{\n  "format": "wargame-run/1",\n}', 'bad.json')).toThrow(/^bad\.json:3:1: not valid JSON/);
    expect(() => recogniseReportInput('{\n  "format": oops\n}', 'bad.json')).toThrow(/^bad\.json:(\d+:\d+:)? not valid JSON/);
  });

  it('names the field that makes a batch summary invalid', () => {
    const summary = { ...runBatchInThread(hormuz, { runs: 3, seed: 1 }), runs: -1 };
    expect(() => recogniseReportInput(JSON.stringify(summary), 'b.json')).toThrow(/^b\.json: not a batch summary at runs: /);
  });
});

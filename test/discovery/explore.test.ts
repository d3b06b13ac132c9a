import { describe, expect, it } from 'vitest';
import { runSeed } from '../../src/batch/run-seed.js';
import { explore, type ExploreOptions } from '../../src/discovery/explore.js';
import { leanRunFor } from '../../src/batch/lean-run.js';
import { loadScenario } from '../../src/scenarios/load.js';
import { OverrideError } from '../../src/scenarios/override-error.js';
import { withLateWorkers } from '../helpers/late-workers.js';

const MINI = 'test/scenarios/fixtures/mini.yaml';
const RARE_FAULT = 'test/scenarios/fixtures/rare-fault.yaml';
// Worker threads load the built worker module, which `npm test` builds first.
const SLOW = 120_000;

async function rowsOf(options: Omit<ExploreOptions, 'onRows'>, scenario = MINI): Promise<{ text: string; result: Awaited<ReturnType<typeof explore>> }> {
  const parts: Uint8Array[] = [];
  const result = await explore(scenario, { ...options, onRows: (bytes) => void parts.push(bytes) });
  return { text: Buffer.concat(parts).toString('utf8'), result };
}

const base = {
  factors: [{ path: 'china.rationality', range: [0, 8] as const }, { path: 'horizon', range: [1, 6] as const }],
  design: 'lhs' as const,
  samples: 6,
  runs: 3,
  seed: 4,
  rows: 'csv' as const,
};

describe('explore', () => {
  it('writes one row per run: the point, then the batch columns; every run its own seed', async () => {
    const { text, result } = await rowsOf({ ...base, workers: 1 });
    const [header, ...lines] = text.trimEnd().split('\n');
    const columns = header!.split(',');
    expect(columns.slice(0, 4)).toEqual(['china.rationality', 'horizon', 'run', 'seed']);
    expect(lines).toHaveLength(18);
    expect(result).toMatchObject({ requested: 6, finished: 6, runs: 18, interrupted: false, factors: ['china.rationality', 'horizon'] });
    lines.forEach((line, i) => {
      const cells = line.split(',');
      expect(Number(cells[2])).toBe(i);
      expect(Number(cells[3])).toBe(runSeed(4, i));
      expect(Number.isInteger(Number(cells[1]))).toBe(true); // horizon is whole
    });
    expect(new Set(lines.map((l) => l.split(',')[3])).size).toBe(18);
  });

  it('gives each row what a run of the scenario with those overrides and that seed gives', async () => {
    const { text } = await rowsOf({ ...base, workers: 1 });
    const [header, ...lines] = text.trimEnd().split('\n');
    const columns = header!.split(',');
    for (const line of [lines[0]!, lines[10]!, lines[17]!]) {
      const cells = line.split(',');
      const scenario = loadScenario(MINI, { 'china.rationality': Number(cells[0]), horizon: Number(cells[1]) });
      const run = leanRunFor(scenario).play(Number(cells[3]));
      scenario.outcomes.forEach((o, i) => expect(cells[columns.indexOf(o.id)]).toBe(String(run.held[i])));
    }
  });

  it('writes the same bytes on one thread and on two, in CSV and in JSON Lines', async () => {
    for (const rows of ['csv', 'jsonl'] as const) {
      const one = await rowsOf({ ...base, rows, workers: 1 });
      // This thread and a worker both, however fast the machine (see withLateWorkers).
      const { result: two, handed } = await withLateWorkers(() => rowsOf({ ...base, rows, workers: 2 }));
      expect(handed.length).toBeGreaterThan(0);
      expect(two.text).toBe(one.text);
    }
    const jsonl = await rowsOf({ ...base, rows: 'jsonl', workers: 1 });
    const first = JSON.parse(jsonl.text.split('\n')[0]!) as Record<string, number>;
    expect(Object.keys(first).slice(0, 3)).toEqual(['china.rationality', 'horizon', 'run']);
  });

  it('writes the same bytes and totals when worker threads play every point, several at once', async () => {
    const wide = { ...base, samples: 12, runs: 5 };
    for (const [rows, workers] of [['csv', 3], ['jsonl', 2]] as const) {
      const one = await rowsOf({ ...wide, rows, workers: 1 });
      expect(one.text.trimEnd().split('\n')).toHaveLength(rows === 'csv' ? 61 : 60);
      const pooled = await rowsOf({ ...wide, rows, workers, playHere: false });
      expect(pooled.text).toBe(one.text);
      expect(pooled.result).toEqual(one.result);
    }
  }, SLOW);

  it('stops its rows before the first run that fails, whichever thread met it, and names that run\'s point', async () => {
    // rare-fault fails in a few runs: the first failure (in run order) ends the rows.
    const options = { ...base, factors: [{ path: 'china.rationality', range: [0, 8] as const }], samples: 40, runs: 10 };
    const one = await rowsOf({ ...options, workers: 1 }, RARE_FAULT);
    const failure = one.result.failure!;
    expect(failure).toBeDefined();
    const failed = failure.moment!.batchRun!;
    expect(one.result.runs).toBe(failed);
    expect(one.text.trimEnd().split('\n')).toHaveLength(failed + 1);
    expect(one.result.finished).toBe(Math.floor(failed / 10));
    expect(one.result.interrupted).toBe(false);
    const value = one.result.failedPoint!['china.rationality'];
    expect(value).toBeDefined();
    if (failed % 10 > 0) expect(one.text.trimEnd().split('\n').at(-1)!.split(',')[0]).toBe(String(value));
    const pooled = await rowsOf({ ...options, workers: 2, playHere: false }, RARE_FAULT);
    expect(pooled.text).toBe(one.text);
    expect(pooled.result.failure!.moment!.batchRun).toBe(failed);
    expect(pooled.result.failedPoint).toEqual(one.result.failedPoint);
  }, SLOW);

  it('counts each outcome over every run', async () => {
    const { text, result } = await rowsOf({ ...base, workers: 1 });
    const [header, ...lines] = text.trimEnd().split('\n');
    const columns = header!.split(',');
    for (const { id, count } of result.outcomes) {
      expect(lines.filter((l) => l.split(',')[columns.indexOf(id)] === '1')).toHaveLength(count);
    }
  });

  it('stops when aborted, keeping only whole points', async () => {
    const controller = new AbortController();
    const parts: Uint8Array[] = [];
    const seen: { runs: number; points: number; totalRuns: number; totalPoints: number }[] = [];
    const result = await explore(MINI, {
      ...base,
      workers: 1,
      onRows: (b) => void parts.push(b),
      onProgress: (done) => {
        seen.push(done);
        if (done.runs >= 6) controller.abort();
      },
      signal: controller.signal,
    });
    expect(result.interrupted).toBe(true);
    expect(result.runs).toBe(6);
    expect(result.finished).toBe(2);
    expect(Buffer.concat(parts).toString().trimEnd().split('\n')).toHaveLength(7);
    expect(seen[0]).toEqual({ runs: 0, points: 0, totalRuns: 18, totalPoints: 6 });
    expect(seen.at(-1)).toEqual({ runs: 6, points: 2, totalRuns: 18, totalPoints: 6 });
  });

  it('keeps, when aborted on worker threads, whole points that begin the rows of the whole exploration', async () => {
    // Points enough that the abort, heard after the first, lands long before the last:
    // with a dozen, fast threads could finish them all first.
    const whole = await rowsOf({ ...base, samples: 200, workers: 1 });
    const controller = new AbortController();
    const parts: Uint8Array[] = [];
    const result = await explore(MINI, {
      ...base,
      samples: 200,
      workers: 2,
      playHere: false,
      onRows: (b) => void parts.push(b),
      onProgress: (done) => {
        if (done.points >= 1) controller.abort();
      },
      signal: controller.signal,
    });
    expect(result.interrupted).toBe(true);
    expect(result.runs).toBe(result.finished * 3);
    expect(result.finished).toBeLessThan(200);
    const text = Buffer.concat(parts).toString();
    expect(whole.text.startsWith(text)).toBe(true);
    expect(text.trimEnd().split('\n')).toHaveLength(result.runs + 1);
  }, SLOW);

  it('refuses a factor without a range, an unknown path and a range out of bounds before any run', async () => {
    const none = () => undefined;
    await expect(explore(MINI, { ...base, factors: [{ path: 'horizon', values: [1, 2] }], onRows: none })).rejects.toThrow(/needs a range/);
    await expect(explore(MINI, { ...base, factors: [{ path: 'china.rationalty', range: [0, 1] }], onRows: none })).rejects.toThrow(OverrideError);
    await expect(explore(MINI, { ...base, factors: [{ path: 'horizon', range: [1, 9999] }], onRows: none })).rejects.toThrow(OverrideError);
  });

  it('refuses, as a library call with no option parser in front, runs, seeds, designs and row formats it cannot use, writing nothing', async () => {
    let written = 0;
    const count = () => void written++;
    const { runs: _runs, ...noRuns } = base;
    await expect(explore(MINI, { ...(noRuns as typeof base), onRows: count })).rejects.toThrow('runs must be a whole number of at least 1, not undefined');
    await expect(explore(MINI, { ...base, runs: 0, onRows: count })).rejects.toThrow('runs must be a whole number of at least 1, not 0');
    await expect(explore(MINI, { ...base, runs: 1.5, onRows: count })).rejects.toThrow(RangeError);
    await expect(explore(MINI, { ...base, seed: -1, onRows: count })).rejects.toThrow('seed must be a whole number from 0 to 9007199254740991, not -1');
    await expect(explore(MINI, { ...base, seed: 2 ** 60, onRows: count })).rejects.toThrow(RangeError);
    await expect(explore(MINI, { ...base, design: 'foo' as 'lhs', onRows: count })).rejects.toThrow('design must be one of lhs, mc, sobol, not foo');
    await expect(explore(MINI, { ...base, rows: 'xml' as 'csv', onRows: count })).rejects.toThrow('rows must be one of csv, jsonl, not xml');
    expect(written).toBe(0);
  });
});

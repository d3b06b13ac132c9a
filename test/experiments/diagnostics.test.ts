import { describe, expect, it } from 'vitest';
import { sensitivityDiagnostics, type DiagnosticsInput } from '../../src/experiments/diagnostics.js';
import type { SensitivityRow } from '../../src/experiments/sensitivity.js';

const row = (input: string, figures: Partial<SensitivityRow>): SensitivityRow => ({ input, low: 0, high: 1, ...figures });
/** Shares that vary far more than 2,000 runs' binomial noise. */
const spread = Float64Array.from({ length: 40 }, (_, i) => 0.1 + (0.8 * i) / 39);
const base: DiagnosticsInput = { method: 'sobol', output: "the share of 'closed'", rows: [], outputs: spread, runs: 2000, samples: 16, share: true };

describe('what a sensitivity analysis says in words', () => {
  it('nothing, when the output varies well beyond its noise and every index stands clear of its error', () => {
    const rows = [row('a', { first: 0.6, firstError: 0.05, total: 0.7, totalError: 0.05 }), row('b', { first: 0.2, firstError: 0.05, total: 0.3, totalError: 0.05 })];
    expect(sensitivityDiagnostics({ ...base, rows })).toEqual([]);
  });

  it('an output that never varied: what it means (no index) and what to do', () => {
    const [note, ...rest] = sensitivityDiagnostics({ ...base, method: 'morris', rows: [row('a', { muStar: Number.NaN })], outputs: new Float64Array(12) });
    expect(rest).toEqual([]);
    expect(note!.kind).toBe('constant-output');
    expect(note!.message).toBe(
      "The share of 'closed' was 0 at every one of 12 points: no input moved it over these ranges, so every index is undefined (–). Widen the ranges (--vary PATH=lo:hi), study another output, or check with `wargame batch` that it can vary at all.",
    );
  });

  it('too few runs per point: noise near the spread between points, and the runs that would do', () => {
    const narrow = Float64Array.from({ length: 40 }, (_, i) => 0.45 + (0.1 * i) / 39);
    const notes = sensitivityDiagnostics({ ...base, method: 'oat', outputs: narrow, runs: 20 });
    expect(notes.map((n) => n.kind)).toEqual(['few-runs']);
    expect(notes[0]!.message).toMatch(/^20 runs per point are few: binomial noise makes as much as all of the spread of the share of 'closed' between points/);
    const some = sensitivityDiagnostics({ ...base, method: 'oat', outputs: narrow, runs: 400 });
    expect(some[0]!.message).toMatch(/^400 runs per point are few: binomial noise makes up to \d+% of the spread .* Run with --runs (\d+) or more, which leaves it about 5%\.$/);
    const suggested = Number(/--runs (\d+)/.exec(some[0]!.message)![1]);
    expect(suggested).toBeGreaterThan(400);
    // At the runs suggested, the same spread no longer draws the note.
    expect(sensitivityDiagnostics({ ...base, method: 'oat', outputs: narrow, runs: suggested })).toEqual([]);
  });

  it('S1 above ST beyond their errors, as at --samples 16: impossible in truth, so more samples', () => {
    const rows = [row('russia.rationality', { first: 0.997, firstError: 0.013, total: 0.543, totalError: 0.06 }), row('b', { first: 0.3, firstError: 0.02, total: 0.35, totalError: 0.02 })];
    const notes = sensitivityDiagnostics({ ...base, rows });
    expect(notes.map((n) => n.kind)).toEqual(['first-above-total', 'first-above-total']);
    expect(notes[0]!.inputs).toEqual(['russia.rationality']);
    expect(notes[0]!.message).toBe(
      'S1 is above ST beyond their errors for russia.rationality (russia.rationality: S1 0.997 ± 0.013, ST 0.543 ± 0.060). In truth S1 ≤ ST, since an input\'s effect alone is part of its total: at N = 16 the estimates have not settled. Run with --samples 64 or more (the error falls as 1/√N).',
    );
    expect(notes[1]!.message).toMatch(/^The S1 sum to 1\.297, past 1 beyond their errors\./);
  });

  it('S1 above ST within their errors is noise, and says nothing', () => {
    const rows = [row('a', { first: 0.5, firstError: 0.2, total: 0.45, totalError: 0.2 })];
    expect(sensitivityDiagnostics({ ...base, rows })).toEqual([]);
  });

  it('an index no larger than its error: cannot be told from zero; run more, of what', () => {
    const rows = [row('a', { muStar: 0.3, muStarError: 0.02 }), row('b', { muStar: 0.01, muStarError: 0.02 }), row('c', { muStar: 0, muStarError: 0 })];
    const notes = sensitivityDiagnostics({ ...base, method: 'morris', rows });
    expect(notes).toEqual([
      {
        kind: 'error-as-large',
        inputs: ['b'],
        message: 'The μ* of b is no larger than its error, so it cannot be told from zero: this analysis does not say whether it matters. To tell, quadruple --runs (binomial noise) and --trajectories (sampling) to halve it.',
      },
    ]);
  });
});

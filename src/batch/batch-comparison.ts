import { round6 } from '../records/round6.js';
import { COMPARISON_FORMAT } from './batch-formats.js';
import type { BatchSummary } from './batch-summary.js';
import { newcombeInterval } from './newcombe-interval.js';

/** One outcome in two batches: each share, their difference B − A with its 95% interval, and what it says. */
export interface OutcomeDifference {
  readonly id: string;
  readonly label: string;
  readonly a: { readonly count: number; readonly share: number };
  readonly b: { readonly count: number; readonly share: number };
  readonly difference: number;
  /** Newcombe's 95% interval for the difference (hybrid score, from the two Wilson intervals). */
  readonly interval: readonly [number, number];
  /** `higher` or `lower` in B when the interval leaves out 0; `no clear difference` otherwise. */
  readonly verdict: 'higher' | 'lower' | 'no clear difference';
}

export interface BatchComparison {
  readonly format: 'wargame-comparison/1';
  readonly a: ComparedBatch;
  readonly b: ComparedBatch;
  /** Outcomes both batches name, in A's order. */
  readonly outcomes: readonly OutcomeDifference[];
  /** Outcomes only one of them names. */
  readonly unmatched: readonly string[];
  /** What the reader must know before trusting the intervals: different engines, scenarios, or the same seeds. */
  readonly notes: readonly string[];
}

/**
 * What a comparison reads of each side: a batch summary, or one point of a sweep (its runs,
 * seed and overrides, and each outcome's count there).
 */
export type ComparedSummary = Pick<BatchSummary, 'engineVersion' | 'scenario' | 'seed' | 'firstRun' | 'overrides' | 'runs'> & {
  readonly outcomes: readonly { readonly id: string; readonly label: string; readonly count: number }[];
};

/** What the comparison says about each batch. */
export interface ComparedBatch {
  readonly name: string;
  readonly scenario: { readonly id: string; readonly title: string; readonly hash: string };
  readonly engineVersion: string;
  readonly seed: number;
  readonly runs: number;
  readonly overrides: Readonly<Record<string, number>>;
}

/**
 * Compares two batch summaries outcome by outcome: B's share minus A's, with Newcombe's
 * 95% interval and a verdict. The interval assumes independent samples: true of batches
 * with different seeds; batches with the same seed share their runs' random numbers, so
 * their difference is less noisy than the interval says (it is then conservative), and a
 * note says so. Different engine versions or scenarios are noted too.
 */
export function compareBatches(a: { readonly name: string; readonly summary: ComparedSummary }, b: { readonly name: string; readonly summary: ComparedSummary }): BatchComparison {
  const byId = new Map(b.summary.outcomes.map((o) => [o.id, o]));
  const outcomes = a.summary.outcomes.flatMap((oa): OutcomeDifference[] => {
    const ob = byId.get(oa.id);
    if (ob === undefined) return [];
    const pa = a.summary.runs === 0 ? 0 : oa.count / a.summary.runs;
    const pb = b.summary.runs === 0 ? 0 : ob.count / b.summary.runs;
    const [low, high] = newcombeInterval(oa.count, a.summary.runs, ob.count, b.summary.runs);
    return [
      {
        id: oa.id,
        label: oa.label,
        a: { count: oa.count, share: round6(pa) },
        b: { count: ob.count, share: round6(pb) },
        difference: round6(pb - pa),
        interval: [round6(low), round6(high)],
        verdict: low > 0 ? 'higher' : high < 0 ? 'lower' : 'no clear difference',
      },
    ];
  });
  const ids = new Set(a.summary.outcomes.map((o) => o.id));
  const unmatched = [...a.summary.outcomes.filter((o) => !byId.has(o.id)).map((o) => o.id), ...b.summary.outcomes.filter((o) => !ids.has(o.id)).map((o) => o.id)];
  return { format: COMPARISON_FORMAT, a: compared(a), b: compared(b), outcomes, unmatched, notes: notesOn(a.summary, b.summary) };
}

function compared({ name, summary }: { readonly name: string; readonly summary: ComparedSummary }): ComparedBatch {
  return { name, scenario: summary.scenario, engineVersion: summary.engineVersion, seed: summary.seed, runs: summary.runs, overrides: summary.overrides ?? {} };
}

function notesOn(a: ComparedSummary, b: ComparedSummary): string[] {
  const notes: string[] = [];
  if (a.engineVersion !== b.engineVersion) notes.push(`different engine versions (${a.engineVersion} and ${b.engineVersion}): a difference may be the engine's, not the scenario's`);
  if (a.scenario.id !== b.scenario.id) notes.push(`different scenarios ('${a.scenario.id}' and '${b.scenario.id}'): outcomes are matched by id`);
  // Two points of one sweep share the scenario's hash and differ by their overrides.
  else if (a.scenario.hash === b.scenario.hash && sameOverrides(a.overrides, b.overrides)) notes.push('the same scenario under the same overrides: any difference is chance alone');
  if (a.seed === b.seed) notes.push(sameSeedNote(a, b));
  else {
    notes.push(`different batch seeds (${a.seed} and ${b.seed}): independent batches, as the interval assumes`);
  }
  return notes;
}

/**
 * What the same seed means for the interval. Within one scenario (a sweep's points, a batch
 * and its variant) run i of each draws the same random numbers at the same moments, and
 * paired runs tend to end alike, so the difference is less noisy than the interval says.
 * Two different scenarios may draw those numbers for different things: the pairing then
 * gains little or nothing, and no claim is made either way.
 */
function sameSeedNote(a: ComparedSummary, b: ComparedSummary): string {
  // Run i of a batch plays the same seed whatever the batch's size; a shard's summary starts at its firstRun.
  const [fa, fb] = [a.firstRun ?? 0, b.firstRun ?? 0];
  const [from, to] = [Math.max(fa, fb), Math.min(fa + a.runs, fb + b.runs)];
  if (to <= from) return `the same batch seed (${a.seed}) but no run in common (A counts runs ${span(fa, a.runs)}, B runs ${span(fb, b.runs)}, from 0): independent batches, as the interval assumes`;
  const runs = fa !== fb ? `runs ${span(from, to - from)}, which both count,` : a.runs === b.runs ? 'run i of each' : `the first ${to - from} runs of each`;
  if (a.scenario.id !== b.scenario.id) {
    return `the same batch seed (${a.seed}) in different scenarios: ${runs} began from the same random numbers (common random numbers), but how far that pairs their outcomes depends on how alike the two scenarios draw; the interval assumes independent batches`;
  }
  return `the same batch seed (${a.seed}): ${runs} used the same random numbers (common random numbers), so the difference is usually less noisy than the interval, which assumes independent batches, says; the interval is then conservative`;
}

/** Runs `first` … `first + count − 1`, as a range. */
function span(first: number, count: number): string {
  return count === 0 ? 'none' : count === 1 ? `${first}` : `${first}–${first + count - 1}`;
}

function sameOverrides(a: Readonly<Record<string, number>> | undefined, b: Readonly<Record<string, number>> | undefined): boolean {
  const ka = Object.keys(a ?? {});
  return ka.length === Object.keys(b ?? {}).length && ka.every((k) => b?.[k] === a?.[k]);
}

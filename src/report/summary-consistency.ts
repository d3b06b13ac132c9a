import type { BatchSummary } from '../batch/batch-summary.js';
import { BATCH_FORMAT_V2 } from '../batch/batch-formats.js';
import { wilsonInterval } from '../batch/wilson-interval.js';
import { round6 } from '../records/round6.js';

/**
 * Where a count of runs, its share and its interval are not what wargame writes for them
 * (in a batch summary, or a sweep's row): a count above the runs, a share other than the
 * count's over the runs, an interval other than its 95% Wilson interval. Each figure
 * rounded to 6 decimals as written. Returns the field that is wrong and why, or undefined.
 */
export function shareInconsistency(count: number, runs: number, share: number, [low, high]: readonly [number, number]): { field: 'count' | 'share' | 'interval'; problem: string } | undefined {
  if (count > runs) return { field: 'count', problem: `${count} runs of ${runs}` };
  const counted = round6(runs === 0 ? 0 : count / runs);
  if (share !== counted) return { field: 'share', problem: `${share}, but ${count} of ${runs} runs is ${counted}` };
  const [wilsonLow, wilsonHigh] = wilsonInterval(count, runs).map(round6) as [number, number];
  if (low !== wilsonLow || high !== wilsonHigh) return { field: 'interval', problem: `${low}–${high}, but the 95% interval of ${count} in ${runs} is ${wilsonLow}–${wilsonHigh}` };
  return undefined;
}

/**
 * Where a batch summary is not what `wargame batch --json` writes: a count above the
 * runs, a share or interval that is not its count's, a first turn without runs to have
 * it, quantiles out of order. A report shows a summary as the model's figures, so an
 * edited one must not pass for them. Returns the first field that is wrong and why, or
 * undefined when the summary holds together.
 */
export function summaryInconsistency(summary: BatchSummary): { field: string; problem: string } | undefined {
  const { runs } = summary;
  if (runs > summary.requested) return { field: 'runs', problem: `${runs} runs finished of ${summary.requested} asked for` };
  for (const [i, o] of summary.outcomes.entries()) {
    const field = `outcomes.${i}`;
    const counted = shareInconsistency(o.count, runs, o.share, o.interval);
    if (counted !== undefined) return { field: `${field}.${counted.field}`, problem: counted.problem };
    if ((o.meanFirstTurn === null) !== (o.count === 0) || (o.meanFirstTurn !== null && o.meanFirstTurn < 0)) {
      return { field: `${field}.meanFirstTurn`, problem: `${o.meanFirstTurn} for an outcome that held in ${o.count} runs` };
    }
    const wrong = firstTurnsInconsistency(o);
    if (wrong !== undefined) return { field: `${field}.firstTurns`, problem: wrong };
  }
  if (summary.format === BATCH_FORMAT_V2 && summary.outcomes.some((o) => o.firstTurns !== undefined)) {
    return { field: 'format', problem: 'version 2 has no firstTurns' };
  }
  for (const [i, q] of summary.quantities.entries()) {
    if (q.sd < 0) return { field: `quantities.${i}.sd`, problem: `${q.sd}, below 0` };
    if (!(q.p05 <= q.p50 && q.p50 <= q.p95)) return { field: `quantities.${i}`, problem: `quantiles ${q.p05}, ${q.p50}, ${q.p95} out of order` };
  }
  return undefined;
}

/** A first-turn distribution that is not its outcome's: runs by turn that do not add up to its count or mean, quantiles that are not the histogram's. */
function firstTurnsInconsistency(o: BatchSummary['outcomes'][number]): string | undefined {
  const turns = o.firstTurns;
  if (turns === undefined) return undefined;
  if (turns === null) return o.count === 0 ? undefined : `none for an outcome that held in ${o.count} runs`;
  const runs = turns.histogram.reduce((a, b) => a + b, 0);
  if (runs !== o.count) return `${runs} runs by turn for an outcome that held in ${o.count}`;
  const mean = round6(turns.histogram.reduce((sum, n, t) => sum + n * t, 0) / runs);
  if (mean !== o.meanFirstTurn) return `a mean turn of ${mean}, not the ${o.meanFirstTurn} given`;
  const quantile = (p: number): number => {
    const rank = Math.max(1, Math.ceil(p * runs));
    let seen = 0;
    return turns.histogram.findIndex((n) => (seen += n) >= rank);
  };
  const expected = [quantile(0.05), quantile(0.5), quantile(0.95)];
  if (turns.p05 !== expected[0] || turns.p50 !== expected[1] || turns.p95 !== expected[2]) {
    return `turns ${turns.p05}, ${turns.p50}, ${turns.p95} at 5/50/95%, but the histogram's are ${expected.join(', ')}`;
  }
  return undefined;
}

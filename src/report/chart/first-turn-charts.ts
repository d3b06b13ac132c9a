import type { BatchSummary } from '../../batch/batch-summary.js';
import type { ChartSpec } from './render-chart.js';

/**
 * When each outcome first held: a small bar chart per outcome of the runs by turn, as a
 * share of the runs where it held, with the median turn marked. Outcomes that never held,
 * or whose distribution the summary does not have, are left out.
 */
export function firstTurnsChart(summary: BatchSummary): ChartSpec | undefined {
  const known = summary.outcomes.filter((o) => o.firstTurns);
  if (known.length === 0) return undefined;
  const name = (o: (typeof known)[number]) => `${o.label} (${o.count} runs)`;
  const values = known.flatMap((o) => o.firstTurns!.histogram.map((runs, turn) => ({ outcome: name(o), turn, share: runs / o.count, median: turn === o.firstTurns!.p50 })));
  // About eight labelled turns whatever the horizon, so that labels never overlap.
  const every = Math.max(1, Math.ceil(known[0]!.firstTurns!.histogram.length / 8));
  return {
    data: { values },
    facet: { field: 'outcome', type: 'nominal', title: null, sort: known.map(name), header: { labelLimit: 0 } },
    columns: 2,
    spec: {
      width: 250,
      height: 110,
      mark: 'bar',
      encoding: {
        x: { field: 'turn', type: 'ordinal', title: 'turn it first held', axis: { labelAngle: 0, labelExpr: `datum.value % ${every} === 0 ? datum.label : ''` } },
        y: { field: 'share', type: 'quantitative', title: 'share of its runs', axis: { format: '.0%', tickCount: 3 } },
        color: { field: 'median', type: 'nominal', title: null, scale: { domain: [true, false], range: ['#d1495b', '#1f5fa8'] }, legend: null },
      },
    },
  };
}

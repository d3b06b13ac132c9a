import type { ChartSpec } from './render-chart.js';
import { bandHeight, splitLabels, wrapLabel } from './wrap-label.js';
import type { BatchSummary } from '../../batch/batch-summary.js';

const WIDTH = 560;
const shareAxis = { format: '.0%', tickCount: 5 } as const;

/** A batch's share of runs reaching each outcome, with its 95% interval as a bar. */
export function outcomeSharesChart(summary: BatchSummary): ChartSpec {
  const values = summary.outcomes.map((o) => ({ outcome: wrapLabel(o.label), share: o.share, low: o.interval[0], high: o.interval[1] }));
  const y = { field: 'outcome', type: 'nominal', title: null, sort: null, axis: splitLabels } as const;
  return {
    width: WIDTH,
    height: bandHeight(values.map((v) => v.outcome)),
    data: { values },
    layer: [
      { mark: { type: 'bar', color: '#9cc3e6' }, encoding: { y, x: { field: 'share', type: 'quantitative', title: `share of ${summary.runs} runs, with 95% interval`, scale: { domain: [0, 1] }, axis: shareAxis } } },
      { mark: { type: 'rule', strokeWidth: 2.5, color: '#1a1a1a' }, encoding: { y, x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } } },
      { mark: { type: 'tick', thickness: 2.5, color: '#1a1a1a' }, encoding: { y, x: { field: 'share', type: 'quantitative' } } },
    ],
  };
}

/** How many groups reached each outcome, beside the model's share and its interval. */
export interface ClassOutcome {
  readonly label: string;
  readonly groups: number;
  readonly of: number;
  readonly model: { readonly share: number; readonly interval: readonly [number, number] };
}

/** The class's share of groups reaching each outcome beside the model's share of runs. */
export function classOutcomesChart(outcomes: readonly ClassOutcome[], runs: number): ChartSpec {
  const groupsName = `groups (of ${outcomes[0]?.of ?? 0})`;
  const modelName = `the model (${runs} runs, 95% interval)`;
  const values = outcomes.flatMap((o) => [
    { outcome: wrapLabel(o.label), who: groupsName, share: o.of === 0 ? 0 : o.groups / o.of, low: null, high: null },
    { outcome: wrapLabel(o.label), who: modelName, share: o.model.share, low: o.model.interval[0], high: o.model.interval[1] },
  ]);
  const y = { field: 'outcome', type: 'nominal', title: null, sort: null, axis: splitLabels } as const;
  const yOffset = { field: 'who', type: 'nominal', sort: [groupsName, modelName] } as const;
  const color = { field: 'who', type: 'nominal', title: null, sort: [groupsName, modelName], scale: { range: ['#d1495b', '#1f5fa8'] } } as const;
  return {
    width: WIDTH,
    height: bandHeight(values.map((v) => v.outcome), 2),
    data: { values },
    layer: [
      { mark: 'bar', encoding: { y, yOffset, color, x: { field: 'share', type: 'quantitative', title: 'share', scale: { domain: [0, 1] }, axis: shareAxis } } },
      {
        transform: [{ filter: 'datum.low !== null' }],
        mark: { type: 'rule', strokeWidth: 2.5, color: '#1a1a1a' },
        encoding: { y, yOffset, x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } },
      },
    ],
  };
}

import type { BatchComparison } from '../../batch/batch-comparison.js';
import type { ChartSpec } from './render-chart.js';
import { splitLabels, wrapLabel } from './wrap-label.js';

/** Each outcome's difference B − A as a dot with its 95% interval as a line, around a rule at no difference. */
export function differenceChart(comparison: BatchComparison): ChartSpec | undefined {
  if (comparison.outcomes.length === 0) return undefined;
  const values = comparison.outcomes.map((o) => ({ outcome: wrapLabel(o.label, 34), difference: o.difference, low: o.interval[0], high: o.interval[1], verdict: o.verdict }));
  const y = { field: 'outcome', type: 'nominal', title: null, sort: null, axis: splitLabels } as const;
  const x = { field: 'difference', type: 'quantitative', title: "B's share minus A's, with its 95% interval", axis: { format: '+.0%' } } as const;
  const color = { field: 'verdict', type: 'nominal', title: null, scale: { domain: ['higher', 'lower', 'no clear difference'], range: ['#d1495b', '#1f5fa8', '#888888'] } } as const;
  return {
    width: 560,
    // Room for a label wrapped onto two lines.
    height: { step: 36 },
    data: { values },
    layer: [
      { mark: { type: 'rule', strokeWidth: 2.5 }, encoding: { y, x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' }, color } },
      { mark: { type: 'circle', size: 110, opacity: 1 }, encoding: { y, x, color } },
      { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', strokeDash: [4, 3], color: '#1a1a1a' }, encoding: { x: { field: 'zero', type: 'quantitative' } } },
    ],
  };
}

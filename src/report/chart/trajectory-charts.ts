import type { TrajectoryPoint } from '../trajectories.js';
import type { ChartSpec } from './render-chart.js';

/** A small chart per quantity: its median over the turns as a line, the 5–95% band of the runs around it. */
export function trajectoryChart(points: readonly TrajectoryPoint[]): ChartSpec | undefined {
  if (points.length === 0) return undefined;
  const x = { field: 'turn', type: 'quantitative', title: 'turn', axis: { tickMinStep: 1 } } as const;
  return {
    data: { values: points },
    facet: { field: 'quantity', type: 'nominal', title: null, sort: [...new Set(points.map((p) => p.quantity))], header: { labelLimit: 0 } },
    columns: 3,
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: 170,
      height: 100,
      layer: [
        { mark: { type: 'area', opacity: 0.25, color: '#1f5fa8' }, encoding: { x, y: { field: 'p05', type: 'quantitative', title: null, scale: { zero: false } }, y2: { field: 'p95' } } },
        { mark: { type: 'line', color: '#1f5fa8', strokeWidth: 2 }, encoding: { x, y: { field: 'p50', type: 'quantitative' } } },
      ],
    },
  };
}

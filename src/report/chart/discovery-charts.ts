import type { DiscoveryData } from '../parse-discovery.js';
import type { ChartSpec } from './render-chart.js';
import { splitLabels, wrapLabel } from './wrap-label.js';

const WIDTH = 560;
const shareAxis = { format: '.0%', tickCount: 5 } as const;

/**
 * PRIM's trade-off: each step of a box's trajectory as a point, coverage across and
 * density up, coloured by how many inputs it restricts; the chosen step ringed.
 */
export function tradeOffChart(data: DiscoveryData, b: number): ChartSpec | undefined {
  const box = data.prim.boxes[b];
  if (box === undefined) return undefined;
  const values = box.trajectory.map((s, i) => ({ step: i, coverage: s.coverage, density: s.density, mass: s.mass, restricted: String(s.restricted), chosen: i === box.chosen }));
  const x = { field: 'coverage', type: 'quantitative', title: 'coverage: share of the runs where it held that are in the box', scale: { domain: [0, 1] }, axis: shareAxis } as const;
  const y = { field: 'density', type: 'quantitative', title: 'density: share of the box where it held', scale: { domain: [0, 1] }, axis: shareAxis } as const;
  return {
    width: WIDTH,
    height: 320,
    data: { values },
    layer: [
      { mark: { type: 'line', color: '#bbbbbb' }, encoding: { x, y, order: { field: 'step' } } },
      { mark: { type: 'circle', size: 70, opacity: 1 }, encoding: { x, y, color: { field: 'restricted', type: 'ordinal', title: 'inputs restricted', scale: { scheme: 'viridis' }, legend: { titleLimit: 0 } } } },
      { transform: [{ filter: 'datum.chosen' }], mark: { type: 'point', size: 320, strokeWidth: 2.5, color: '#d1495b' }, encoding: { x, y } },
    ],
  };
}

/**
 * The chosen box against each input's range: a grey bar for the range the runs covered, a
 * dark one for the box's limits, each input scaled to its own range (0 to 1), with the
 * quasi-p-value in the label of each restricted input.
 */
export function boxLimitsChart(data: DiscoveryData, b: number): ChartSpec | undefined {
  const box = data.prim.boxes[b];
  if (box === undefined) return undefined;
  const values = box.limits.map((l, j) => {
    const [lo, hi] = data.prim.ranges[j]!;
    const span = hi - lo || 1;
    const name = l.restricted ? `${l.input} (${+l.low.toPrecision(3)}–${+l.high.toPrecision(3)}; quasi-p ${l.quasiP! < 0.001 ? l.quasiP!.toExponential(0) : l.quasiP!.toFixed(3)})` : `${l.input} (unrestricted)`;
    return { input: wrapLabel(name, 44), from: (l.low - lo) / span, to: (l.high - lo) / span, restricted: l.restricted };
  });
  const y = { field: 'input', type: 'nominal', title: null, sort: null, axis: splitLabels } as const;
  return {
    width: WIDTH,
    // Room for a label wrapped onto two lines.
    height: { step: 36 },
    data: { values },
    layer: [
      { mark: { type: 'bar', color: '#e4e4e4' }, encoding: { y, x: { datum: 0, type: 'quantitative', title: AXIS, scale: { domain: [0, 1] } }, x2: { datum: 1 } } },
      {
        mark: { type: 'bar', height: { band: 0.55 } },
        encoding: { y, x: { field: 'from', type: 'quantitative', title: AXIS }, x2: { field: 'to' }, color: { field: 'restricted', type: 'nominal', title: 'restricted', scale: { domain: [true, false], range: ['#1f5fa8', '#9cc3e6'] } } },
      },
    ],
  };
}

const AXIS = "the box within each input's range over the runs (low end 0, high end 1)";

/** Inputs ranked by their Kolmogorov–Smirnov distance, largest first. */
export function featureScoreChart(data: DiscoveryData): ChartSpec | undefined {
  if (data.scores.length === 0) return undefined;
  const values = data.scores.map((s) => ({ input: wrapLabel(s.input, 34), score: s.score, significant: s.p < 0.05 ? 'p < 0.05' : 'p ≥ 0.05' }));
  return {
    width: WIDTH,
    data: { values },
    mark: 'bar',
    encoding: {
      y: { field: 'input', type: 'nominal', title: null, sort: null, axis: splitLabels },
      x: { field: 'score', type: 'quantitative', title: 'Kolmogorov–Smirnov distance, where it held against elsewhere', scale: { domain: [0, 1] } },
      color: { field: 'significant', type: 'nominal', title: null, scale: { domain: ['p < 0.05', 'p ≥ 0.05'], range: ['#1f5fa8', '#bbbbbb'] } },
    },
  };
}

import type { SensitivityData, SweepData } from '../parse-experiment.js';
import type { ChartSpec } from './render-chart.js';
import { bandHeight, splitLabels, wrapLabel } from './wrap-label.js';

const WIDTH = 560;
const shareAxis = { format: '.0%', tickCount: 5 } as const;
/** Vega-Lite reads a dot in a field name as a path into an object, and input paths have dots. */
const AXES = ['x', 'y'] as const;

/**
 * A sweep's shares: over one input, a line per outcome with its 95% interval as a band;
 * over two, a small heatmap per outcome (a grid) or a dot per point coloured by share (a
 * Latin hypercube). More inputs than two are not drawn.
 */
export function sweepChart(sweep: SweepData, label: (outcome: string) => string): ChartSpec | undefined {
  const { factors } = sweep;
  if (factors.length > 2 || sweep.rows.length === 0) return undefined;
  const values = sweep.rows.map((r) => ({
    ...Object.fromEntries(factors.map((f, i) => [AXES[i]!, r.point[f]!])),
    outcome: label(r.outcome),
    share: r.share,
    low: r.low,
    high: r.high,
  }));
  const color = { field: 'outcome', type: 'nominal', title: null, sort: null } as const;
  if (factors.length === 1) {
    const x = { field: 'x', type: 'quantitative', title: factors[0], scale: { zero: false } } as const;
    return {
      width: WIDTH,
      height: 320,
      data: { values },
      layer: [
        { mark: { type: 'area', opacity: 0.18 }, encoding: { x, y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' }, color } },
        {
          mark: { type: 'line', point: true, strokeWidth: 2.5 },
          encoding: { x, y: { field: 'share', type: 'quantitative', title: `share of ${sweep.runs} runs, with 95% interval`, scale: { domain: [0, 1] }, axis: shareAxis }, color },
        },
      ],
    };
  }
  const grid = sweep.design === 'grid';
  const kind = grid ? 'ordinal' : 'quantitative';
  const shade = { field: 'share', type: 'quantitative', title: 'share', scale: { domain: [0, 1], scheme: 'blues' }, legend: { format: '.0%' } } as const;
  return {
    data: { values },
    facet: { field: 'outcome', type: 'nominal', title: null, sort: null, header: { labelLimit: 0 } },
    columns: 2,
    spec: {
      width: 230,
      height: 160,
      mark: grid ? { type: 'rect' } : { type: 'circle', size: 90, opacity: 1 },
      encoding: {
        x: { field: 'x', type: kind, title: factors[0], ...(grid ? { axis: { labelAngle: 0 } } : { scale: { zero: false } }) },
        y: { field: 'y', type: kind, title: factors[1], ...(grid ? { sort: 'descending' } : { scale: { zero: false } }) },
        color: shade,
      },
    },
  };
}

/** An input with its range, or a group (--group) with its size. */
const inputName = (r: SensitivityData['rows'][number]): string => (r.members ? `${r.input} (${r.members.length} inputs)` : `${r.input} (${r.low}–${r.high})`);

const defined = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** One at a time: a tornado, each input's bar spanning the share at its low and its high, around the share as written. */
export function tornadoChart(result: SensitivityData, outcome: string): ChartSpec | undefined {
  // A quantity's mean (--outcome <quantity>) is drawn on its own scale, not as a share.
  const mean = result.measure === 'mean';
  const base = mean ? result.baseMean : result.baseShare;
  const ends = (r: SensitivityData['rows'][number]) => (mean ? [r.meanLow, r.meanHigh] : [r.shareLow, r.shareHigh]);
  const rows = result.rows.filter((r) => ends(r).every(defined));
  if (base === undefined || rows.length === 0) return undefined;
  const lowName = 'input at its low';
  const highName = 'input at its high';
  const values = rows.flatMap((r) => [
    { input: wrapLabel(inputName(r), 34), end: lowName, from: base, to: ends(r)[0] },
    { input: wrapLabel(inputName(r), 34), end: highName, from: base, to: ends(r)[1] },
  ]);
  const x = mean
    ? { field: 'from', type: 'quantitative', title: `mean of ${result.runs} runs: ${outcome}`, scale: { zero: false } }
    : { field: 'from', type: 'quantitative', title: `share of ${result.runs} runs: ${outcome}`, scale: { domain: [0, 1] }, axis: shareAxis };
  const y = { field: 'input', type: 'nominal', title: null, sort: null, axis: splitLabels } as const;
  return {
    width: WIDTH,
    height: bandHeight(values.map((v) => v.input)),
    data: { values },
    layer: [
      {
        mark: { type: 'bar', opacity: 0.85 },
        encoding: {
          y,
          x,
          x2: { field: 'to' },
          color: { field: 'end', type: 'nominal', title: null, sort: [lowName, highName], scale: { range: ['#1f5fa8', '#d1495b'] } },
        },
      },
      { data: { values: [{ base }] }, mark: { type: 'rule', strokeWidth: 2, color: '#1a1a1a', strokeDash: [4, 3] }, encoding: { x: { field: 'base', type: 'quantitative' } } },
    ],
  };
}

// Axis titles stay on one line: vega-lite copies them into a tooltip expression, which a line break breaks.

/**
 * Morris or Sobol: each input's index as a bar, ranked, with its error as a line (Morris:
 * μ* ± its bootstrap error; Sobol: first-order and total indices with their 95% intervals).
 * Inputs whose index is undefined (the share did not vary) are left out.
 */
export function rankedIndexChart(result: SensitivityData, outcome: string): ChartSpec | undefined {
  const name = (r: SensitivityData['rows'][number]) => wrapLabel(inputName(r), 34);
  const values =
    result.method === 'morris'
      ? result.rows
          .filter((r) => defined(r.muStar))
          .map((r) => {
            const error = defined(r.muStarError) ? r.muStarError : 0;
            return { input: name(r), index: 'μ*', value: r.muStar!, low: Math.max(0, r.muStar! - error), high: r.muStar! + error };
          })
      : result.rows.flatMap((r) => [
          ...(defined(r.first) ? [{ input: name(r), index: 'first order', value: r.first, low: r.firstLow ?? r.first, high: r.firstHigh ?? r.first }] : []),
          ...(defined(r.total) ? [{ input: name(r), index: 'total', value: r.total, low: r.totalLow ?? r.total, high: r.totalHigh ?? r.total }] : []),
        ]);
  if (values.length === 0) return undefined;
  const indices = result.method === 'morris' ? ['μ*'] : ['first order', 'total'];
  const of = result.measure === 'mean' ? 'the mean' : 'the share';
  const title = result.method === 'morris' ? `μ*, the mean |effect| on ${of} (${outcome}), ± its error` : `Sobol index of ${of} (${outcome}), 95% interval`;
  const y = { field: 'input', type: 'nominal', title: null, sort: null, axis: splitLabels } as const;
  const yOffset = { field: 'index', type: 'nominal', sort: indices } as const;
  return {
    width: WIDTH,
    height: bandHeight(values.map((v) => v.input), indices.length),
    data: { values },
    layer: [
      {
        mark: 'bar',
        encoding: {
          y,
          yOffset,
          x: { field: 'value', type: 'quantitative', title },
          color: { field: 'index', type: 'nominal', title: null, sort: indices, scale: { range: ['#1f5fa8', '#9cc3e6'] } },
        },
      },
      { mark: { type: 'rule', strokeWidth: 2.5, color: '#1a1a1a' }, encoding: { y, yOffset, x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } } },
    ],
  };
}

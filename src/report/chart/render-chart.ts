import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { trusted, type Html } from '../html.js';
import { withChartTitles } from './chart-text.js';

/**
 * A Vega-Lite specification as plain data. Its shape is checked when it is compiled, and
 * every chart the reports draw is rendered in the tests.
 */
export type ChartSpec = Readonly<Record<string, unknown>>;

/** Fonts and sizes every chart shares, large enough to read from the back of a room. */
const CHART_CONFIG = {
  font: 'DejaVu Sans, Noto Sans, Arial, sans-serif',
  axis: { labelFontSize: 15, titleFontSize: 15, labelLimit: 0, grid: true, gridColor: '#e4e4e4' },
  legend: { labelFontSize: 15, titleFontSize: 15, labelLimit: 0, orient: 'bottom' },
  header: { labelFontSize: 16, titleFontSize: 16 },
  title: { fontSize: 16, anchor: 'start' },
  view: { stroke: null },
} as const;

/**
 * A Vega-Lite chart as SVG markup, drawn now in Node by vega's headless renderer: the
 * report carries the picture, not a script or a request to draw it. Data must be inline
 * (`values`); the loader refuses anything else, so making a report never touches the
 * network either. Titles pass through chartText, as vega-lite would misparse some.
 */
export async function renderChart(spec: ChartSpec): Promise<Html> {
  const { spec: vegaSpec } = compile({ ...withChartTitles(spec), config: CHART_CONFIG } as unknown as TopLevelSpec);
  const view = new View(parse(vegaSpec), { renderer: 'none', loader: refusingLoader });
  try {
    return trusted(await view.toSVG());
  } finally {
    view.finalize();
  }
}

const refuse = (what: unknown): Promise<never> => Promise.reject(new Error(`a report chart may not load ${String(what)}`));

/** A vega loader that loads nothing: charts get their rows inline. */
const refusingLoader = { load: refuse, sanitize: refuse, http: refuse, file: refuse } as never;

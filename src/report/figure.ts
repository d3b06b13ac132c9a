import { renderChart, type ChartSpec } from './chart/render-chart.js';
import { html, type Html } from './html.js';

/** A chart drawn now, with a caption; nothing when there is nothing to chart. */
export async function figure(spec: ChartSpec | undefined, caption: string): Promise<Html> {
  if (spec === undefined) return html``;
  return html`<figure>${await renderChart(spec)}<figcaption>${caption}</figcaption></figure>`;
}

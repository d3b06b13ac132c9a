import { trajectoryChart } from './chart/trajectory-charts.js';
import { figure } from './figure.js';
import { html, type Html } from './html.js';
import type { TurnRowsData } from './parse-turn-rows.js';
import { trajectories } from './trajectories.js';

/** Per-turn rows (`wargame batch --out-turns`): every quantity that moves, its median and 5–95% band over the turns. */
export async function trajectoryReport(data: TurnRowsData, file: string): Promise<Html> {
  const points = trajectories(data);
  const moving = new Set(points.map((p) => p.quantity));
  const still = data.quantities.filter((q) => !moving.has(q));
  return html`<h1>Trajectories over ${data.runs} runs</h1>
<p class="meta">${file}</p>
${await figure(trajectoryChart(points), 'Each quantity after each turn (0 is right after the trigger): the median of the runs as a line, the band from their 5% to their 95% quantile. Each chart has its own scale.')}
${still.length === 0 ? html`` : html`<p>Not drawn, as their median and band never move: ${still.join(', ')}.</p>`}`;
}

import type { BatchSummary } from '../batch/batch-summary.js';
import { sharePercent } from '../presentation/share-percent.js';
import { overridesLines } from '../presentation/overrides-lines.js';
import { firstTurnsChart } from './chart/first-turn-charts.js';
import { outcomeSharesChart } from './chart/outcome-charts.js';
import { figure } from './figure.js';
import { html, type Html } from './html.js';

/** A batch summary: each outcome's share of runs with its 95% interval, as a chart and a table. */
export async function batchReport(summary: BatchSummary, file: string): Promise<Html> {
  const counted = summary.runs === summary.requested ? `${summary.runs} runs` : `${summary.runs} of ${summary.requested} runs (stopped early)`;
  const rows = summary.outcomes.map(
    (o) =>
      html`<tr><td>${o.label}</td><td class="num">${o.count}</td><td class="num">${sharePercent(o.share)}</td><td class="num">${sharePercent(o.interval[0])}–${sharePercent(o.interval[1])}</td><td class="num">${o.firstTurns ? `${o.firstTurns.p05} · ${o.firstTurns.p50} · ${o.firstTurns.p95}` : '—'}</td></tr>`,
  );
  return html`<h1>${summary.scenario.title}: ${counted} of the model</h1>
<p class="meta">${summary.scenario.id} · ${counted} · batch seed ${summary.seed} · engine ${summary.engineVersion}${overridesLines(summary.overrides ?? {}).map((l) => ` · ${l}`)} · ${file}</p>
${await figure(outcomeSharesChart(summary), 'Share of runs reaching each outcome; the black line spans its 95% Wilson interval.')}
${await figure(firstTurnsChart(summary), 'When each outcome first held, in the runs where it held: the share of those runs at each turn (0 is right after the trigger); the median turn in red. A mean turn can fall where no run is.')}
<table><thead><tr><th>outcome</th><th class="num">runs</th><th class="num">share</th><th class="num">95% interval</th><th class="num">first turn 5% · 50% · 95%</th></tr></thead><tbody>${rows}</tbody></table>`;
}

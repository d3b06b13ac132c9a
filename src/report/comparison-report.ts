import type { BatchComparison } from '../batch/batch-comparison.js';
import { sharePercent } from '../presentation/share-percent.js';
import { differenceChart } from './chart/comparison-charts.js';
import { figure } from './figure.js';
import { html, type Html } from './html.js';

const points = (x: number): string => `${x < 0 ? '−' : x > 0 ? '+' : '±'}${(Math.abs(x) * 100).toFixed(Math.abs(x) > 0 && Math.abs(x) < 0.01 ? 2 : 1)}`;

/** Two batches compared (`wargame compare --json`, or two summaries given to a report): each outcome's difference, interval and verdict. */
export async function comparisonReport(c: BatchComparison, file: string | undefined): Promise<Html> {
  const batch = (label: string, b: BatchComparison['a']) =>
    html`<li><strong>${label}</strong>: ${b.name} · ${b.scenario.id} · ${b.runs} runs · batch seed ${b.seed} · engine ${b.engineVersion}${Object.entries(b.overrides).map(([k, v]) => ` · ${k}=${v}`)}</li>`;
  const rows = c.outcomes.map(
    (o) =>
      html`<tr><td>${o.label}</td><td class="num">${sharePercent(o.a.share)}</td><td class="num">${sharePercent(o.b.share)}</td><td class="num">${points(o.difference)}</td><td class="num">${points(o.interval[0])} to ${points(o.interval[1])}</td><td>${o.verdict === 'no clear difference' ? o.verdict : `${o.verdict} in B`}</td></tr>`,
  );
  return html`<h1>${c.a.scenario.title}: B against A</h1>
${file === undefined ? html`` : html`<p class="meta">${file}</p>`}
<ul>${batch('A', c.a)}${batch('B', c.b)}</ul>
${c.notes.map((n) => html`<p>${n[0]!.toUpperCase()}${n.slice(1)}.</p>`)}
${await figure(differenceChart(c), "B's share of runs minus A's for each outcome, with Newcombe's 95% interval (hybrid score, from the two Wilson intervals); red where B is clearly higher, blue where clearly lower.")}
<table><thead><tr><th>outcome</th><th class="num">A</th><th class="num">B</th><th class="num">B − A (points)</th><th class="num">95% interval</th><th>verdict</th></tr></thead><tbody>${rows}</tbody></table>
${c.unmatched.length === 0 ? html`` : html`<p>Not compared, named by one batch only: ${c.unmatched.join(', ')}.</p>`}`;
}

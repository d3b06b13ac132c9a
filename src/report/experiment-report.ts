import { sharePercent } from '../presentation/share-percent.js';
import { overridesLines } from '../presentation/overrides-lines.js';
import { decimal } from '../presentation/minus-sign.js';
import { rankedIndexChart, sweepChart, tornadoChart } from './chart/experiment-charts.js';
import { figure } from './figure.js';
import { html, type Html } from './html.js';
import type { SensitivityData, SensitivityRowData, SweepData } from './parse-experiment.js';

/** An outcome's label, or its id when the report does not know the scenario's labels. */
export type OutcomeLabel = (outcome: string) => string;

const facts = (result: SweepData | SensitivityData, what: string, file: string): Html =>
  html`<p class="meta">${result.scenario.id} · ${what} · ${result.runs} runs a point, seed ${result.seed} · engine ${result.engineVersion}${overridesLines(result.overrides).map((l) => ` · ${l}`)} · ${file}</p>`;

/** A sweep (`wargame sweep --json`): each outcome's share over the varied inputs. */
export async function sweepReport(sweep: SweepData, file: string, label: OutcomeLabel): Promise<Html> {
  const points = sweep.finished === sweep.requested ? `${sweep.finished} points` : `${sweep.finished} of ${sweep.requested} points (stopped early)`;
  const design = sweep.design === 'grid' ? 'a grid' : 'a Latin hypercube';
  const caption =
    sweep.factors.length === 1
      ? `Share of runs reaching each outcome as ${sweep.factors[0]} varies; the band is its 95% Wilson interval. The same run seeds at every point.`
      : `Share of runs reaching each outcome at each point of ${design} over ${sweep.factors.join(' and ')}; darker is more.`;
  const drawn = await figure(sweepChart(sweep, label), caption);
  const rows = sweep.rows.map(
    (r) => html`<tr>${sweep.factors.map((f) => html`<td class="num">${r.point[f]}</td>`)}<td>${label(r.outcome)}</td><td class="num">${sharePercent(r.share)}</td><td class="num">${sharePercent(r.low)}–${sharePercent(r.high)}</td></tr>`,
  );
  return html`<h1>${sweep.scenario.title}: a sweep over ${sweep.factors.join(', ')}</h1>
${facts(sweep, `${design}, ${points}`, file)}
${sweep.factors.length > 2 ? html`<p>A sweep over more than two inputs is not drawn; the table lists every point.</p>` : drawn}
<table><thead><tr>${sweep.factors.map((f) => html`<th class="num">${f}</th>`)}<th>outcome</th><th class="num">share</th><th class="num">95% interval</th></tr></thead><tbody>${rows}</tbody></table>`;
}

const METHODS = { oat: 'one input at a time', morris: 'Morris elementary effects', sobol: 'Sobol indices' } as const;

/** A sensitivity analysis (`wargame sensitivity --json`): a tornado, or ranked indices with their errors. */
export async function sensitivityReport(result: SensitivityData, file: string, label: OutcomeLabel): Promise<Html> {
  const chart = result.method === 'oat' ? tornadoChart(result, label(result.outcome)) : rankedIndexChart(result, label(result.outcome));
  const caption =
    result.method === 'oat'
      ? `Each input moved to the low and the high end of its range, the others as written; the dashed line is the ${result.measure === 'mean' ? `mean as written (${result.baseMean ?? 0})` : `share as written (${sharePercent(result.baseShare ?? 0)})`}. Inputs ranked by swing.`
      : result.method === 'morris'
        ? 'Inputs ranked by μ*, the mean size of the change in share an input makes over its whole range; the line spans ± its bootstrap error.'
        : 'First-order index (the share of variance an input explains alone) and total index (with its interactions); the lines are 95% bootstrap intervals.';
  const undefinedRows = result.rows.filter((r) => !hasIndex(result.method, r)).map((r) => r.input);
  return html`<h1>${result.scenario.title}: what moves “${label(result.outcome)}”</h1>
${facts(result, `${METHODS[result.method]}, ${result.points} points`, file)}
${await figure(chart, caption)}
${undefinedRows.length > 0 ? html`<p>Not drawn, since the share did not vary there and the index is undefined: ${undefinedRows.join(', ')}.</p>` : html``}
${(result.diagnostics ?? []).map((d) => html`<p class="note">${d.message}</p>`)}
${sensitivityTable(result)}`;
}

function hasIndex(method: SensitivityData['method'], r: SensitivityRowData): boolean {
  const value = method === 'oat' ? r.swing : method === 'morris' ? r.muStar : r.total;
  return typeof value === 'number' && Number.isFinite(value);
}

const figureOf = (x: number | null | undefined): string => (typeof x === 'number' && Number.isFinite(x) ? decimal(x, 3) : '—');

function sensitivityTable(result: SensitivityData): Html {
  const columns: Record<SensitivityData['method'], [string, (r: SensitivityRowData) => string][]> = {
    oat: [
      ['share at low', (r) => (r.shareLow === undefined ? '—' : sharePercent(r.shareLow))],
      ['share at high', (r) => (r.shareHigh === undefined ? '—' : sharePercent(r.shareHigh))],
      ['swing', (r) => figureOf(r.swing)],
      ['± error', (r) => figureOf(r.swingError)],
    ],
    morris: [
      ['μ*', (r) => figureOf(r.muStar)],
      ['± error', (r) => figureOf(r.muStarError)],
      ['μ', (r) => figureOf(r.mu)],
      ['σ', (r) => figureOf(r.sigma)],
    ],
    sobol: [
      ['first order', (r) => figureOf(r.first)],
      ['95% interval', (r) => `${figureOf(r.firstLow)}–${figureOf(r.firstHigh)}`],
      ['total', (r) => figureOf(r.total)],
      ['95% interval', (r) => `${figureOf(r.totalLow)}–${figureOf(r.totalHigh)}`],
    ],
  };
  const shown = columns[result.method];
  const rows = result.rows.map((r) => html`<tr><td>${r.input}</td><td class="num">${r.members === undefined ? `${r.low}–${r.high}` : r.members.join(', ')}</td>${shown.map(([, cell]) => html`<td class="num">${cell(r)}</td>`)}</tr>`);
  return html`<table><thead><tr><th>input</th><th class="num">range</th>${shown.map(([name]) => html`<th class="num">${name}</th>`)}</tr></thead><tbody>${rows}</tbody></table>`;
}

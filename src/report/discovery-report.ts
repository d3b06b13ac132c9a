import { sharePercent } from '../presentation/share-percent.js';
import { boxLimitsChart, featureScoreChart, tradeOffChart } from './chart/discovery-charts.js';
import { figure } from './figure.js';
import { html, type Html } from './html.js';
import type { DiscoveryData } from './parse-discovery.js';

const value = (x: number): string => `${+x.toPrecision(4)}`.replace('-', '−');
const pValue = (x: number | null): string => (x === null ? '' : x < 1e-16 ? '< 1e-16' : x < 0.001 ? x.toExponential(0) : x.toFixed(3));

/** A scenario discovery (`wargame discover --json`): inputs ranked, each PRIM box with its trade-off and limits, CART's rules. */
export async function discoveryReport(data: DiscoveryData, file: string, label: (outcome: string) => string): Promise<Html> {
  const condition = data.threshold === 0.5 && !data.below ? `“${label(data.outcome)}”` : `${data.outcome} ${data.below ? '≤' : '>'} ${data.threshold}`;
  const scores = data.scores.map(
    (s) => html`<tr><td>${s.input}</td><td class="num">${s.score.toFixed(3)}</td><td class="num">${pValue(s.p)}</td><td class="num">${s.caseMedian === null ? '—' : value(s.caseMedian)}</td><td class="num">${s.otherMedian === null ? '—' : value(s.otherMedian)}</td></tr>`,
  );
  const boxes: Html[] = [];
  for (const [b, box] of data.prim.boxes.entries()) {
    const rows = box.limits
      .filter((l) => l.restricted)
      .map((l) => {
        const [lo, hi] = data.prim.ranges[data.inputs.indexOf(l.input)]!;
        return html`<tr><td>${l.input}</td><td class="num">${value(l.low)}</td><td class="num">${value(l.high)}</td><td class="num">${value(lo)}–${value(hi)}</td><td class="num">${pValue(l.quasiP)}</td></tr>`;
      });
    const free = box.limits.filter((l) => !l.restricted).map((l) => l.input);
    boxes.push(html`<h2>PRIM box ${b + 1}: coverage ${sharePercent(box.coverage)}, density ${sharePercent(box.density)}, mass ${sharePercent(box.mass)}</h2>
<p>Step ${box.chosen} of ${box.trajectory.length - 1} on its trajectory (${box.runs} runs, ${box.cases} where it held); ${box.peeled === box.trajectory.length - 1 ? 'pasting widened nothing' : `steps after ${box.peeled} come from pasting`}.</p>
${await figure(tradeOffChart(data, b), `Each step of peeling and pasting: coverage against density. Peeling trades coverage for density; the ringed step is the box shown. Peeling α ${data.prim.peelAlpha}, pasting α ${data.prim.pasteAlpha}, minimum mass ${data.prim.minMass}, objective ${data.prim.objective}.`)}
${await figure(boxLimitsChart(data, b), "The box's limits within each input's range over the runs. A small quasi-p-value says the restriction matters: so many cases in so few runs would be unlikely at the density without it.")}
${rows.length === 0 ? html`<p>The box restricts no input.</p>` : html`<table><thead><tr><th>input</th><th class="num">low</th><th class="num">high</th><th class="num">range of the runs</th><th class="num">quasi-p</th></tr></thead><tbody>${rows}</tbody></table>`}
${free.length === 0 ? html`` : html`<p>Unrestricted: ${free.join(', ')}.</p>`}`);
  }
  const likely = data.cart.rules.filter((r) => r.predicted === 1);
  const rules = likely.map((r) => html`<tr><td>${ruleText(r.limits)}</td><td class="num">${r.runs}</td><td class="num">${sharePercent(r.density)}</td><td class="num">${sharePercent(r.coverage)}</td></tr>`);
  return html`<h1>When does ${condition} happen?</h1>
<p class="meta">${data.cases} of ${data.runs} runs (${sharePercent(data.cases / data.runs)}) · inputs ${data.inputs.join(', ')} · ${data.file} · ${file}</p>
<h2>Inputs that separate the runs where it held from the rest</h2>
${await figure(featureScoreChart(data), 'The Kolmogorov–Smirnov distance between the values of each input in the runs where it held and in the others; 0 is no difference, 1 complete separation. Each input alone: one that matters only together with another may score low.')}
<table><thead><tr><th>input</th><th class="num">distance</th><th class="num">p-value</th><th class="num">median where it held</th><th class="num">median elsewhere</th></tr></thead><tbody>${scores}</tbody></table>
${boxes.length === 0 ? html`<p>PRIM found no box: the outcome never held.</p>` : boxes}
<h2>CART: ${likely.length} of ${data.cart.rules.length} leaves where it is likely</h2>
<p>A classification tree of depth ${data.cart.maxDepth}, leaves of at least ${data.cart.minLeaf} runs; each leaf is a box.</p>
${rules.length === 0 ? html`<p>No leaf where it held in most runs.</p>` : html`<table><thead><tr><th>rule</th><th class="num">runs</th><th class="num">density</th><th class="num">coverage</th></tr></thead><tbody>${rules}</tbody></table>`}`;
}

function ruleText(limits: DiscoveryData['cart']['rules'][number]['limits']): string {
  if (limits.length === 0) return 'every run';
  return limits
    .map((l) => (l.low !== null && l.high !== null ? `${value(l.low)} < ${l.input} ≤ ${value(l.high)}` : l.low !== null ? `${l.input} > ${value(l.low)}` : `${l.input} ≤ ${value(l.high!)}`))
    .join(' and ');
}

#!/usr/bin/env node
// Measures the sensitivity table in docs/MODEL.md: each row reweighs one built-in actor in
// a variation of a built-in scenario (`extends:`) and counts one outcome over 2000 runs
// (batch seed 1), next to the unchanged scenario. Prints the table; with --write, replaces
// it in docs/MODEL.md between its markers.
//
//   npm run build && node scripts/measure-sensitivity.mjs [--write]
import { readFileSync, writeFileSync } from 'node:fs';
import { loadScenario, parseScenarioText, runBatchInThread } from '../dist/index.js';
import { wilsonInterval } from '../dist/batch/wilson-interval.js';

const RUNS = 2000;
const rows = [
  { change: 'Iran: security 5 → 1, oil sales 2 → 1', scenario: 'hormuz', actor: 'iran', weights: { security: 1, oil_exports: 1 }, outcome: 'strait_closed' },
  { change: 'Iran: security 0.5, oil sales 0.5, leverage 4', scenario: 'hormuz', actor: 'iran', weights: { security: 0.5, oil_exports: 0.5, leverage: 4 }, outcome: 'strait_closed' },
  { change: 'Russia: Ukraine war 5 → 2, Israel and Gulf ties 3 → 1', scenario: 's400', actor: 'russia', weights: { ukraine_war: 2, ties_with_israel: 1, ties_with_gulf: 1 }, outcome: 'russia_arms_iran' },
  { change: 'Russia: Ukraine war 1, Israel and Gulf 0.5, Iran ties 4', scenario: 's400', actor: 'russia', weights: { ukraine_war: 1, ties_with_israel: 0.5, ties_with_gulf: 0.5, ties_with_iran: 4 }, outcome: 'russia_arms_iran' },
  { change: 'Russia: Iran ties 6, Israel ties 1.5 (the issue’s reweighting)', scenario: 's400', actor: 'russia', weights: { ties_with_iran: 6, ties_with_israel: 1.5 }, outcome: 'russia_arms_iran' },
  { change: 'China: Iran ties 1.5 → 8', scenario: 'beijing', actor: 'china', weights: { ties_with_iran: 8 }, outcome: 'china_arms_iran' },
];

const pct = (count) => `${((100 * count) / RUNS).toFixed(1)}%`;
const interval = (count) => wilsonInterval(count, RUNS).map((x) => `${(100 * x).toFixed(1)}`).join('–');
const shareOf = (scenario, outcome) => runBatchInThread(scenario, { runs: RUNS, seed: 1 }).outcomes.find((o) => o.id === outcome).count;

const lines = ['| change | outcome | baseline | changed |', '|---|---|---|---|'];
for (const row of rows) {
  const base = loadScenario(row.scenario);
  const actors = base.actors.map((a) => (a.id === row.actor ? { use: a.id, weights: row.weights } : a.id));
  const changed = parseScenarioText(`extends: ${row.scenario}\nid: sensitivity\nactors: ${JSON.stringify(actors)}\n`);
  const b = shareOf(base, row.outcome);
  const c = shareOf(changed, row.outcome);
  lines.push(`| ${row.change} | \`${row.scenario}\` ${row.outcome} | ${pct(b)} (${interval(b)}) | ${pct(c)} (${interval(c)}) |`);
}

const table = lines.join('\n');
if (process.argv.includes('--write')) {
  const path = new URL('../docs/MODEL.md', import.meta.url);
  const pattern = /(<!-- sensitivity:start -->\n)[\s\S]*?(<!-- sensitivity:end -->)/;
  const text = readFileSync(path, 'utf8');
  if (!pattern.test(text)) throw new Error('docs/MODEL.md has no <!-- sensitivity:start --> … <!-- sensitivity:end --> markers');
  writeFileSync(path, text.replace(pattern, (_, start, end) => `${start}${table}\n${end}`));
} else {
  process.stdout.write(`${table}\n`);
}

#!/usr/bin/env node
// Measures every entry of the causal ledger (test/ledger/ledger.yaml): the outcome's share
// at the low and the high level of its circumstance, over the same seeds on both sides
// (common random numbers), with 95% Wilson intervals. Prints the ledger and the table as
// Markdown; with --write, replaces them in docs/MODEL.md between their markers.
//
//   npm run build && node scripts/measure-ledger.mjs [--runs 1000] [--only id,id] [--write]
//
// The property tests (test/ledger/ledger.test.ts) build the same variations from the same
// file; this script reads the built package so that it runs on plain Node.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { loadScenario, parseScenarioText, playTurn, runOutcomes, startRun, wilsonInterval } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] ?? 1000) || 1000;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined;
const entries = parse(readFileSync(join(root, 'test/ledger/ledger.yaml'), 'utf8')).entries.filter((e) => !only || only.includes(e.id));

/** Scenario YAML for an entry at one level of its circumstance: a variation of its scenario. */
function variation(entry, level) {
  const base = loadScenario(entry.scenario);
  const initial = { ...(entry.context?.initial ?? {}) };
  const weights = structuredClone(entry.context?.weights ?? {});
  const c = entry.circumstance;
  if (c.quantity) initial[c.quantity] = level;
  else {
    const [actor, interest] = c.weight.split('.');
    weights[actor] = { ...(weights[actor] ?? {}), [interest]: level };
  }
  const lines = [`extends: ${entry.scenario}`, `id: ledger_${entry.id}`, `initial: ${JSON.stringify(initial)}`];
  if (Object.keys(weights).length > 0) {
    const actors = base.actors.map((a) => (weights[a.id] ? { use: a.id, weights: weights[a.id] } : a.id));
    lines.push(`actors: ${JSON.stringify(actors)}`);
  }
  return parseScenarioText(lines.join('\n') + '\n', `ledger:${entry.id}`);
}

/** seed → whether the entry's outcome happened in that run. */
function outcomeOf(scenario, outcome) {
  if (!outcome.includes('.')) {
    const index = scenario.outcomes.findIndex((o) => o.id === outcome);
    if (index < 0) throw new Error(`${scenario.id} has no outcome ${outcome}`);
    return (seed) => runOutcomes(scenario, seed)[index];
  }
  const [actorId, actionId] = outcome.split('.');
  return (seed) => {
    let run = startRun(scenario, seed);
    let taken = false;
    while (run.turn < scenario.settings.horizon) {
      const result = playTurn(scenario, run);
      if (!result.ok) throw new Error(`turn refused in ${scenario.id}`);
      const { actor, assessment, chosen } = result.played;
      const a = scenario.actors[actor];
      if (chosen >= 0 && a.id === actorId && a.actions[assessment.legal[chosen]].id === actionId) taken = true;
      run = result.run;
    }
    return taken;
  };
}

const pct = (x) => `${(100 * x).toFixed(1)}%`;
const circumstanceName = (c) => (c.quantity ? `\`${c.quantity}\`` : `weight \`${c.weight}\``);

const rows = [];
for (const entry of entries) {
  const { low, high } = entry.circumstance;
  const lowRun = outcomeOf(variation(entry, low), entry.outcome);
  const highRun = outcomeOf(variation(entry, high), entry.outcome);
  let a = 0;
  let b = 0;
  for (let seed = 1; seed <= runs; seed++) {
    a += lowRun(seed) ? 1 : 0;
    b += highRun(seed) ? 1 : 0;
  }
  const [al, ah] = wilsonInterval(a, runs);
  const [bl, bh] = wilsonInterval(b, runs);
  const holds = entry.direction === 'up' ? b >= a : b <= a;
  rows.push(
    `| ${entry.id} | \`${entry.scenario}\` | ${circumstanceName(entry.circumstance)} ${low} → ${high} | \`${entry.outcome}\` ${entry.direction === 'up' ? '↑' : '↓'} | ` +
      `${pct(a / runs)} (${pct(al)}–${pct(ah)}) | ${pct(b / runs)} (${pct(bl)}–${pct(bh)}) | ${holds ? 'yes' : '**no**'} |`,
  );
  process.stderr.write(`${entry.id}: ${pct(a / runs)} → ${pct(b / runs)} ${holds ? '' : 'VIOLATED'}\n`);
}

const context = (entry) => {
  const parts = [];
  for (const [q, v] of Object.entries(entry.context?.initial ?? {})) parts.push(`${q} ${v}`);
  for (const [actor, ws] of Object.entries(entry.context?.weights ?? {})) {
    for (const [interest, w] of Object.entries(ws)) parts.push(`${actor}.${interest} ${w}`);
  }
  return parts.length === 0 ? 'baseline' : parts.join(', ');
};

const ledger = entries
  .map(
    (e, i) =>
      `${i + 1}. **${e.id}** — ${e.claim}\n   > “${e.quote}” (\`${e.article}\`)\n\n` +
      `   Mechanism: ${e.mechanism} Direction: more ${circumstanceName(e.circumstance)} → \`${e.outcome}\` ${e.direction === 'up' ? 'more' : 'less'} likely. ` +
      `Measured in \`${e.scenario}\` with ${context(e)}.`,
  )
  .join('\n\n');
const table =
  `Measured by \`node scripts/measure-ledger.mjs --runs ${runs}\`: ${runs} runs a side, seeds 1–${runs} on both sides, 95% Wilson intervals.\n\n` +
  '| entry | scenario | circumstance, low → high | outcome, expected | share at low | share at high | direction holds |\n' +
  '|---|---|---|---|---|---|---|\n' +
  rows.join('\n');

if (args.includes('--write')) {
  const path = join(root, 'docs/MODEL.md');
  let text = readFileSync(path, 'utf8');
  for (const [name, body] of [['ledger', ledger], ['ledger-table', table]]) {
    const pattern = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
    if (!pattern.test(text)) throw new Error(`docs/MODEL.md has no <!-- ${name}:start --> … <!-- ${name}:end --> markers`);
    text = text.replace(pattern, (_, start, end) => `${start}${body}\n${end}`);
  }
  writeFileSync(path, text);
} else {
  process.stdout.write(`${ledger}\n\n${table}\n`);
}

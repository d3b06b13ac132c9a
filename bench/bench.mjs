// @ts-check
// `npm run bench`: single-thread throughput of the built engine, as medians of repeated
// timed rounds, plus the cost of one expression evaluation three ways in the same process.
// Figures vary by machine; ratios measured in one run are what to compare.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { builtInScenarioIds, loadScenario, runOutcomes, runScenario } from '../dist/index.js';
import { compileExpression } from '../dist/engine/expression/compile-expression.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 400);

/**
 * Runs `work` repeatedly for about ROUND_MS per round; returns the median rate of `units` per second.
 * @param {(i: number) => void} work
 * @param {number} [units]
 */
function medianRate(work, units = 1) {
  for (let i = 0; i < 50; i++) work(i); // warm-up: let the JIT settle
  const rates = [];
  let i = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let done = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < ROUND_MS) {
      work(i++);
      done += units;
      elapsed = performance.now() - start;
    }
    rates.push((done / elapsed) * 1000);
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)] ?? 0;
}

/**
 * Counts expression evaluations in one run, on a copy of the scenario whose formulas count calls.
 * @param {import('../dist/index.js').Scenario} scenario
 * @param {number} seed
 */
function evaluationsPerRun(scenario, seed) {
  let count = 0;
  const seen = new Set();
  /** @type {(value: any) => any} */
  const counted = (value) => {
    if (Array.isArray(value)) return value.map(counted);
    if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
    if (seen.has(value)) return value;
    /** @type {Record<string, unknown>} */
    const copy = {};
    for (const [k, v] of Object.entries(value)) copy[k] = counted(v);
    if (typeof value.evaluate === 'function' && typeof value.origin === 'string') {
      const evaluate = value.evaluate;
      copy['evaluate'] = (/** @type {Float64Array} */ s) => (count++, evaluate(s));
    }
    return copy;
  };
  runOutcomes(/** @type {any} */ (counted(scenario)), seed);
  return count;
}

const format = (/** @type {number} */ x) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} k` : x.toFixed(0));
console.log(`wargame bench · node ${process.version} · ${ROUNDS} rounds of ${ROUND_MS} ms · medians\n`);

console.log('scenario   runs/s (outcomes only)   runs/s (full record)   evaluations/run   evaluations/s');
for (const id of builtInScenarioIds()) {
  const scenario = loadScenario(id);
  const lean = medianRate((i) => runOutcomes(scenario, i));
  const full = medianRate((i) => runScenario(scenario, { seed: i }));
  const perRun = Math.round(
    [1, 2, 3, 4, 5].map((seed) => evaluationsPerRun(scenario, seed)).reduce((a, b) => a + b) / 5,
  );
  console.log(
    `${id.padEnd(9)}  ${format(lean).padStart(22)}   ${format(full).padStart(20)}   ${format(perRun).padStart(15)}   ${format(lean * perRun).padStart(13)}`,
  );
}

// One interest term, evaluated three ways.
const mathjs = createRequire(import.meta.url)('mathjs/lib/browser/math.js');
const source = '(oil_price - 70) / 70 - escalation / 12';
const compiledByMathjs = mathjs.compile(source);
const scopes = Array.from({ length: 1024 }, (_, i) => ({ oil_price: 60 + (i % 90), escalation: i % 45 }));
const states = scopes.map((s) => Float64Array.from([s.oil_price, s.escalation]));
const names = ['oil_price', 'escalation'];
const ours = compileExpression(source, { slotOf: (/** @type {string} */ n) => (names.includes(n) ? names.indexOf(n) : undefined), names }).evaluate;
const plain = (/** @type {Float64Array} */ s) => ((s[0] ?? 0) - 70) / 70 - (s[1] ?? 0) / 12;
let sink = 0;
const BATCH = 1024;
const mathjsRate = medianRate(() => {
  for (const scope of scopes) sink += compiledByMathjs.evaluate(scope);
}, BATCH);
const oursRate = medianRate(() => {
  for (const state of states) sink += ours(state);
}, BATCH);
const plainRate = medianRate(() => {
  for (const state of states) sink += plain(state);
}, BATCH);
const ns = (/** @type {number} */ rate) => `${(1e9 / rate).toFixed(1)} ns`;
console.log(`\none evaluation of '${source}':`);
console.log(`  mathjs compile().evaluate()   ${ns(mathjsRate).padStart(9)}   (${(oursRate / mathjsRate).toFixed(0)}× slower than wargame's closures)`);
console.log(`  wargame compiled closures     ${ns(oursRate).padStart(9)}`);
console.log(`  plain JavaScript              ${ns(plainRate).padStart(9)}   (closures take ${(plainRate / oursRate).toFixed(1)}× as long as plain JS)`);
if (sink === 42) console.log(''); // keep the results alive

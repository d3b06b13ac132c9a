// @ts-check
// `npm run bench`: throughput of the built engine, as medians of repeated timed rounds.
// - single-thread runs/s per built-in scenario, against another build timed in the same
//   process, rounds interleaved (`npm run bench:base` builds main into .bench-base/; or
//   BENCH_BASE=path/to/dist), with the decision memo and without it (every turn searched);
// - runs/s of a whole batch (20,000 and 100,000 runs) on 2 threads against 1 (`--workers 2`
//   against `--workers 1`),
//   and one run on a fresh worker thread (what a worker costs to start);
// - start-up: wall and CPU time of `wargame --help`, `list` and `run hormuz --seed 1` (targets
//   0.25 s, 0.25 s, 0.6 s), against the base build (bench/startup.mjs);
// - a variant of a compiled scenario (`withOverrides`) against compiling the overridden spec;
// - the cost of one expression evaluation three ways; loading and refusing files.
// - experiments against batches of as many runs, and the targets of issue 22 (experiments.mjs).
// `npm run bench:million` times `wargame batch hormuz --runs 1000000 --out runs.csv`.
// Figures vary by machine and load; ratios measured in one run are what to compare.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { applyOverrides, builtInScenarioIds, defaultFactors, overrideKeys, loadScenario, loadResolvedScenario, parseScenarioText, runOutcomes, runParallelBatch, runScenario, withOverrides } from '../dist/index.js';
import { compileExpression } from '../dist/engine/expression/compile-expression.js';
// Internal: the batch's fast path, timed with and without its memo.
import { LeanRun } from '../dist/batch/lean-run.js';
import { benchExperiments } from './experiments.mjs';
import { benchStartup } from './startup.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 400);
const SHORT_RUNS = 20_000;
const PARALLEL_RUNS = Number(process.env.BENCH_PARALLEL_RUNS ?? 100000);
// Warm-up runs use seeds of their own, so the timed runs are all new: a batch's runs never
// repeat a seed, and a remembered decision must be met again to count.
const WARM_UP_SEEDS = 1e12;
const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * One timed round: runs `work` for about ROUND_MS; returns `units` per second.
 * @param {(i: number) => void} work
 * @param {number} units
 * @param {{ i: number }} counter
 */
function round(work, units, counter) {
  let done = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ROUND_MS) {
    work(counter.i++);
    done += units;
    elapsed = performance.now() - start;
  }
  return (done / elapsed) * 1000;
}

/**
 * Runs `work` repeatedly for about ROUND_MS per round; returns the median rate of `units` per second.
 * @param {(i: number) => void} work
 * @param {number} [units]
 * @param {number} [warmUp] calls before timing, to let the JIT settle
 */
function medianRate(work, units = 1, warmUp = 50) {
  for (let i = 0; i < warmUp; i++) work(WARM_UP_SEEDS + i);
  const counter = { i: 0 };
  return median(Array.from({ length: ROUNDS }, () => round(work, units, counter)));
}

/**
 * Rates of two implementations, their rounds interleaved so that a busy machine slows both alike.
 * @param {(i: number) => void} a
 * @param {(i: number) => void} b
 */
function pairedRates(a, b, warmUp = 1500) {
  for (let i = 0; i < warmUp; i++) (a(WARM_UP_SEEDS + i), b(WARM_UP_SEEDS + i));
  const ca = { i: 0 };
  const cb = { i: 0 };
  const ra = [];
  const rb = [];
  const ratios = [];
  for (let r = 0; r < ROUNDS; r++) {
    const x = round(a, 1, ca);
    const y = round(b, 1, cb);
    ra.push(x);
    rb.push(y);
    ratios.push(y / x);
  }
  return { a: median(ra), b: median(rb), ratio: median(ratios) };
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
      const { evaluate, store } = value;
      copy['evaluate'] = (/** @type {Float64Array} */ s) => (count++, evaluate(s));
      if (store) copy['store'] = (/** @type {Float64Array} */ s, /** @type {Float64Array} */ o, /** @type {number} */ k) => (count++, store(s, o, k));
    }
    return copy;
  };
  runOutcomes(/** @type {any} */ (counted(scenario)), seed);
  return count;
}

const format = (/** @type {number} */ x) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} k` : x.toFixed(0));
console.log(`wargame bench · node ${process.version} · ${ROUNDS} rounds of ${ROUND_MS} ms · medians\n`);

const baseDist = process.env.BENCH_BASE ?? fileURLToPath(new URL('../.bench-base/dist', import.meta.url));
/** @type {any} */
const base = existsSync(`${baseDist}/index.js`) ? await import(pathToFileURL(`${baseDist}/index.js`).href) : undefined;
console.log(base ? `single thread, this build against ${baseDist} (rounds interleaved):` : 'single thread (no base build: `npm run bench:base` to compare):');
console.log('scenario   runs/s (outcomes)   base runs/s   × base   no memo runs/s   × base   runs/s (full record)   evaluations/run');
for (const id of builtInScenarioIds()) {
  const scenario = loadScenario(id);
  const full = medianRate((i) => runScenario(scenario, { seed: i }));
  const perRun = Math.round([1, 2, 3, 4, 5].map((seed) => evaluationsPerRun(scenario, seed)).reduce((a, b) => a + b) / 5);
  let lean;
  let then = '–';
  let ratio = '–';
  // A scenario the base build does not have is timed alone.
  if (base && base.builtInScenarioIds().includes(id)) {
    const old = base.loadScenario(id);
    const paired = pairedRates((i) => base.runOutcomes(old, i), (i) => runOutcomes(scenario, i));
    lean = paired.b;
    then = format(paired.a);
    ratio = `${paired.ratio.toFixed(2)}×`;
  } else {
    lean = medianRate((i) => runOutcomes(scenario, i), 1, 1500);
  }
  // The same runs with no decision remembered: every turn searched, as the base build does.
  const forgetful = new LeanRun(scenario, LeanRun.sharedMemo(scenario, 0));
  let searched;
  let searchedRatio = '–';
  if (base && base.builtInScenarioIds().includes(id)) {
    const old = base.loadScenario(id);
    const paired = pairedRates((i) => base.runOutcomes(old, i), (i) => forgetful.play(i), 300);
    searched = paired.b;
    searchedRatio = `${paired.ratio.toFixed(2)}×`;
  } else {
    searched = medianRate((i) => forgetful.play(i), 1, 300);
  }
  console.log(
    `${id.padEnd(9)}  ${format(lean).padStart(17)}   ${then.padStart(11)}   ${ratio.padStart(6)}   ${format(searched).padStart(14)}   ${searchedRatio.padStart(6)}   ${format(full).padStart(20)}   ${format(perRun).padStart(15)}`,
  );
}

// Threads: a whole batch's rate, start-up included (a worker compiles the scenario it is
// sent), 1 and 2 threads interleaved, alternating which goes first. Each batch starts with
// an empty decision memo, as a user's does. A short batch shows what a worker's start costs.
/** @param {number} workers @param {number} runs */
async function batchRate(workers, runs) {
  const started = performance.now();
  await runParallelBatch({ scenario: 'hormuz', overrides: {} }, { runs, seed: 1, workers });
  return (runs / (performance.now() - started)) * 1000;
}
for (const runs of [SHORT_RUNS, PARALLEL_RUNS]) {
  /** @type {number[]} */
  const one = [];
  /** @type {number[]} */
  const two = [];
  const ratios = [];
  for (let r = 0; r < 3; r++) {
    for (const workers of r % 2 === 0 ? [1, 2] : [2, 1]) (workers === 1 ? one : two).push(await batchRate(workers, runs));
    ratios.push(/** @type {number} */ (two.at(-1)) / /** @type {number} */ (one.at(-1)));
  }
  console.log(`\nhormuz batch of ${format(runs)} runs, whole batch, median of 3 (interleaved):`);
  console.log(`  1 thread   ${format(median(one)).padStart(8)} runs/s`);
  console.log(`  2 threads  ${format(median(two)).padStart(8)} runs/s   (${median(ratios).toFixed(2)}× one; rounds ${ratios.map((x) => x.toFixed(2)).join(', ')})`);
}

// What a worker thread costs to start: a batch of one run played on one worker thread
// (pool start, the worker's modules, loading and compiling the scenario, one run).
const starts = [];
for (let r = 0; r < 3; r++) {
  const started = performance.now();
  await runParallelBatch({ scenario: 'hormuz', overrides: {} }, { runs: 1, seed: 1, workers: 1, playHere: false });
  starts.push((performance.now() - started) / 1000);
}
console.log(`  one run on a fresh worker thread: ${median(starts).toFixed(2)} s (median of 3): what a second thread gives up at the start`);

// Variants: an experiment's point is the compiled scenario with overrides. `withOverrides`
// against compiling the overridden spec, for one weight and for a Morris point of every
// default input; and a variant made ready to play (its planner, and the thread's memo reopened).
{
  const resolved = loadResolvedScenario('hormuz');
  const compiled = resolved.compile(resolved.spec);
  const factors = defaultFactors(resolved.spec);
  const whole = new Set(overrideKeys(resolved.spec).filter((k) => k.integer).map((k) => k.path));
  /** @param {number} i */
  const onePoint = (i) => ({ 'china.energy_security': 1 + (i % 7) / 7 });
  /** @param {number} i */
  const everyPoint = (i) => Object.fromEntries(factors.map((f) => {
    const [lo, hi] = /** @type {[number, number]} */ (f.range);
    const v = lo + ((hi - lo) * (i % 5)) / 4;
    return [f.path, whole.has(f.path) ? Math.round(v) : v];
  }));
  const us = (/** @type {number} */ rate) => (1e6 / rate).toFixed(rate > 1e4 ? 1 : 0).padStart(8);
  console.log(`
hormuz at another point (${factors.length} default inputs), per point, medians:`);
  for (const [label, point] of /** @type {[string, (i: number) => Record<string, number>][]} */ ([['one weight', onePoint], [`all ${factors.length} inputs`, everyPoint]])) {
    const variant = medianRate((i) => withOverrides(compiled, point(i)), 1, 200);
    const ready = medianRate((i) => new LeanRun(withOverrides(compiled, point(i))), 1, 50);
    const full = medianRate((i) => resolved.compile(applyOverrides(resolved.spec, point(i))), 1, 5);
    console.log(`  ${label.padEnd(16)} withOverrides ${us(variant)} µs   + ready to play ${us(ready)} µs   compiling it ${us(full)} µs   (${(variant / full).toFixed(0)}× faster)`);
  }
}

// Interest terms evaluated three ways, over 1,024 varied states. The loop itself costs
// something: an empty function measured the same way is subtracted, and shown.
const mathjs = createRequire(import.meta.url)('mathjs/lib/browser/math.js');
const names = ['oil_price', 'escalation', 'hormuz_flow'];
const scope = { slotOf: (/** @type {string} */ n) => (names.includes(n) ? names.indexOf(n) : undefined), names };
const scopes = Array.from({ length: 1024 }, (_, i) => ({ oil_price: 60 + (i % 90), escalation: i % 45, hormuz_flow: (i % 11) / 10 }));
const states = scopes.map((s) => Float64Array.from([s.oil_price, s.escalation, s.hormuz_flow]));
let sink = 0;
/** @param {(s: Float64Array) => number} f */
const perState = (f) => medianRate(() => {
  for (const state of states) sink += f(state);
}, states.length);
/** @param {{ evaluate(scope: object): number }} f */
const perScope = (f) => medianRate(() => {
  for (const s of scopes) sink += f.evaluate(s);
}, scopes.length);
const ns = (/** @type {number} */ rate) => 1e9 / rate;
const loop = ns(perState(() => 0));
const terms = [
  ['(oil_price - 70) / 70 - escalation / 12', (/** @type {Float64Array} */ s) => ((s[0] ?? 0) - 70) / 70 - (s[1] ?? 0) / 12],
  [
    'min(1, max(0, (oil_price - 70) / 70)) * (escalation >= 9 ? 2 : 1) - abs(hormuz_flow - 1)',
    (/** @type {Float64Array} */ s) => Math.min(1, Math.max(0, ((s[0] ?? 0) - 70) / 70)) * ((s[1] ?? 0) >= 9 ? 2 : 1) - Math.abs((s[2] ?? 0) - 1),
  ],
];
console.log(`\none evaluation, net of the timing loop (${loop.toFixed(1)} ns per call for an empty function):`);
for (const [source, plain] of /** @type {[string, (s: Float64Array) => number][]} */ (terms)) {
  const viaMathjs = ns(perScope(mathjs.compile(source))) - loop;
  const ours = ns(perState(compileExpression(source, scope).evaluate)) - loop;
  const js = ns(perState(plain)) - loop;
  console.log(`  ${source}`);
  console.log(`    mathjs compile().evaluate()  ${viaMathjs.toFixed(1).padStart(7)} ns   (${(viaMathjs / ours).toFixed(0)}× wargame's)`);
  console.log(`    wargame compiled closures    ${ours.toFixed(1).padStart(7)} ns`);
  console.log(`    hand-written JavaScript      ${js.toFixed(1).padStart(7)} ns   (wargame's take ${(ours / js).toFixed(1)}× as long)`);
}
if (sink === 42) console.log(''); // keep the results alive

// Loading: a built-in scenario, and refusing a file that is wrong in bulk (20,000 unknown keys).
const mini = readFileSync(new URL('../test/scenarios/fixtures/mini.yaml', import.meta.url), 'utf8');
const bulk = mini.replace('actors: [china, iran]', `actors: [china, iran]\ninitial:\n  ${Array.from({ length: 20000 }, (_, i) => `k${i}: 1`).join('\n  ')}`);
const refuse = () => {
  try {
    parseScenarioText(bulk, 'bulk.yaml');
  } catch {
    return;
  }
  throw new Error('the bulk file was accepted');
};
const loadRate = medianRate(() => parseScenarioText(mini, 'mini.yaml'));
const refuseRate = medianRate(refuse, 1, 2);
console.log(`\nloading a small scenario file          ${(1000 / loadRate).toFixed(1).padStart(7)} ms`);
console.log(`refusing a 20,000-problem file        ${(1000 / refuseRate).toFixed(0).padStart(7)} ms`);

// Start-up: the CLI as a user's shell starts it, each command in turn, rounds interleaved
// with the base build's when there is one; wall and CPU time (bench/startup.mjs).
// Targets (issue 23, quiet machine): --help and list 0.25 s, run 0.6 s.
benchStartup(Number(process.env.BENCH_STARTUP_ROUNDS ?? 15), base ? [{ label: 'base', dist: baseDist }] : []);

await benchExperiments();

// The classroom host under load (loopback only, bounded): see classroom-load.mjs.
await import('./classroom-load.mjs');

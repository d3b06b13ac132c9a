// @ts-check
// Experiments against batches (issue 22's targets), on the CLI's own evaluators:
// - runs/s of an experiment (the default one-at-a-time analysis of s400: 161 points × 200
//   runs) against a batch of the same total runs, at 1 and 2 workers; target ≥ 0.7×;
// - wall time of that analysis on 2 workers (target ≤ 3 s) and of the default Morris
//   screen of hormuz, 10 trajectories (target ≤ 15 s);
// - the same bytes at 1 and 2 workers;
// - an exploration of hormuz (2 varied inputs, 200 points × 50 runs, one row per run,
//   every run its own seed) against a batch of as many runs with its rows, at 1 and 2
//   workers, and its rows the same bytes at both.
// Rounds are interleaved (experiment, batch; 1 worker, 2) so that a busy machine slows
// both alike; medians of BENCH_EXPERIMENT_ROUNDS rounds (default 3).
// Run alone with `npm run bench:experiments`; `npm run bench` runs it last.
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { explore, loadResolvedScenario, runParallelBatch, sensitivity } from '../dist/index.js';
import { evaluatorFor } from '../dist/cli/experiment-options.js';

const ROUNDS = Number(process.env.BENCH_EXPERIMENT_ROUNDS ?? 3);
const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const seconds = (/** @type {number} */ s) => `${s.toFixed(2)} s`;

/**
 * Runs a default sensitivity analysis as `wargame sensitivity` does; returns its wall time and result.
 * @param {string} id
 * @param {'oat' | 'morris'} method
 * @param {string} outcome
 * @param {number} workers
 */
async function analysis(id, method, outcome, workers) {
  const started = performance.now();
  const resolved = loadResolvedScenario(id);
  const result = await sensitivity(resolved, { outcome, method, runs: 200, seed: 1, trajectories: 10, evaluator: evaluatorFor(resolved, workers) });
  return { seconds: (performance.now() - started) / 1000, result };
}

/** @param {string} id @param {number} runs @param {number} workers @param {'csv'} [rows] */
async function batch(id, runs, workers, rows) {
  const started = performance.now();
  await runParallelBatch({ scenario: id, overrides: {} }, { runs, seed: 1, workers, ...(rows === undefined ? {} : { rows, onRows: () => {} }) });
  return (performance.now() - started) / 1000;
}

const EXPLORED = [
  { path: 'iran.rationality', range: /** @type {const} */ ([0, 8]) },
  { path: 'initial.oil_price', range: /** @type {const} */ ([40, 120]) },
];

/**
 * `wargame explore hormuz --vary iran.rationality=0:8 --vary initial.oil_price=40:120
 * --samples 200 --runs 50 --out rows.csv`, its rows hashed rather than written; returns its
 * wall time and the hash of its rows.
 * @param {number} workers
 */
async function exploration(workers) {
  const started = performance.now();
  const hash = createHash('sha256');
  await explore('hormuz', { factors: EXPLORED, design: 'lhs', samples: 200, runs: 50, seed: 1, workers, rows: 'csv', onRows: (bytes) => void hash.update(bytes) });
  return { seconds: (performance.now() - started) / 1000, digest: hash.digest('hex') };
}

export async function benchExplore() {
  const runs = 200 * 50;
  /** @type {Record<number, { explore: number[]; batch: number[]; ratio: number[] }>} */
  const by = { 1: { explore: [], batch: [], ratio: [] }, 2: { explore: [], batch: [], ratio: [] } };
  /** @type {Set<string>} */
  const digests = new Set();
  for (let r = 0; r < ROUNDS; r++) {
    for (const workers of r % 2 === 0 ? [1, 2] : [2, 1]) {
      const { seconds: took, digest } = await exploration(workers);
      digests.add(digest);
      const batchTook = await batch('hormuz', runs, workers, 'csv');
      const slot = /** @type {{ explore: number[]; batch: number[]; ratio: number[] }} */ (by[workers]);
      slot.explore.push(took);
      slot.batch.push(batchTook);
      slot.ratio.push(batchTook / took);
    }
  }
  console.log(`  hormuz, explore of 2 inputs (200 points × 50 runs, ${runs.toLocaleString('en')} rows) against a batch of as many runs with its rows:`);
  for (const workers of [1, 2]) {
    const slot = /** @type {{ explore: number[]; batch: number[]; ratio: number[] }} */ (by[workers]);
    console.log(
      `    ${workers} worker${workers === 1 ? ' ' : 's'}  explore ${seconds(median(slot.explore)).padStart(8)} (${Math.round(runs / median(slot.explore)).toLocaleString('en')} runs/s)   batch ${seconds(median(slot.batch)).padStart(8)} (${Math.round(runs / median(slot.batch)).toLocaleString('en')} runs/s)   explore/batch ${median(slot.ratio).toFixed(2)}×`,
    );
  }
  const one = median(/** @type {{ explore: number[] }} */ (by[1]).explore);
  const two = median(/** @type {{ explore: number[] }} */ (by[2]).explore);
  console.log(`    2 workers against 1: ${(one / two).toFixed(2)}× as fast; the same rows at 1 and 2 workers, every round: ${digests.size === 1 ? 'yes' : 'NO'}`);
}

export async function benchExperiments() {
  console.log(`\nexperiments against batches, medians of ${ROUNDS} interleaved rounds (wall time, start-up included):`);
  /** @type {Record<number, { experiment: number[]; batch: number[]; ratio: number[]; bytes: Set<string> }>} */
  const by = { 1: { experiment: [], batch: [], ratio: [], bytes: new Set() }, 2: { experiment: [], batch: [], ratio: [], bytes: new Set() } };
  let runs = 0;
  for (let r = 0; r < ROUNDS; r++) {
    for (const workers of r % 2 === 0 ? [1, 2] : [2, 1]) {
      const { seconds: took, result } = await analysis('s400', 'oat', 'russia_arms_iran', workers);
      runs = result.points * result.runs;
      const batchTook = await batch('s400', runs, workers);
      const slot = /** @type {{ experiment: number[]; batch: number[]; ratio: number[]; bytes: Set<string> }} */ (by[workers]);
      slot.experiment.push(took);
      slot.batch.push(batchTook);
      slot.ratio.push(batchTook / took);
      by[1]?.bytes.add(JSON.stringify(result));
    }
  }
  console.log(`  s400, default oat (${runs.toLocaleString('en')} runs) against a batch of as many runs:`);
  for (const workers of [1, 2]) {
    const slot = /** @type {{ experiment: number[]; batch: number[]; ratio: number[] }} */ (by[workers]);
    const ratio = median(slot.ratio);
    console.log(
      `    ${workers} worker${workers === 1 ? ' ' : 's'}  experiment ${seconds(median(slot.experiment)).padStart(8)} (${Math.round(runs / median(slot.experiment)).toLocaleString('en')} runs/s)   batch ${seconds(median(slot.batch)).padStart(8)} (${Math.round(runs / median(slot.batch)).toLocaleString('en')} runs/s)   experiment/batch ${ratio.toFixed(2)}× (target ≥ 0.70: ${ratio >= 0.7 ? 'met' : 'NOT met'})`,
    );
  }
  const oat2 = median(/** @type {{ experiment: number[] }} */ (by[2]).experiment);
  console.log(`    default oat of s400 on 2 workers: ${seconds(oat2)} (target ≤ 3 s: ${oat2 <= 3 ? 'met' : 'NOT met'})`);
  console.log(`    the same bytes at 1 and 2 workers: ${by[1]?.bytes.size === 1 ? 'yes' : 'NO'}`);

  const morris = [];
  const batches = [];
  /** @type {Set<string>} */
  const morrisBytes = new Set();
  for (let r = 0; r < ROUNDS; r++) {
    const { seconds: took, result } = await analysis('hormuz', 'morris', 'strait_closed', 2);
    morris.push(took);
    morrisBytes.add(JSON.stringify(result));
    // A batch of as many runs, for what the machine gives at the moment.
    batches.push(await batch('hormuz', result.points * result.runs, 2));
    if (r === 0) console.log(`  hormuz, default Morris (10 trajectories, ${result.points} points × 200 runs), 2 workers, against a batch of as many runs:`);
  }
  const m = median(morris);
  console.log(`    ${seconds(m)} (rounds ${morris.map(seconds).join(', ')}; target ≤ 15 s: ${m <= 15 ? 'met' : 'NOT met'}; the same bytes every round: ${morrisBytes.size === 1 ? 'yes' : 'NO'})`);
  console.log(`    the batch: ${seconds(median(batches))} (rounds ${batches.map(seconds).join(', ')}); experiment/batch ${(median(batches) / m).toFixed(2)}×`);
  await benchExplore();
}

if (import.meta.url === `file://${process.argv[1]}`) await benchExperiments();

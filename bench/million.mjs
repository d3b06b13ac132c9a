// @ts-check
// `npm run bench:million`: wall time and peak resident memory of
//   wargame batch hormuz --runs 1000000 --out runs.csv
// in a child process (peak RSS is the kernel's VmHWM, read while it runs), on 2 threads
// and on 1, rounds interleaved (alternating which goes first) so that a busy machine slows
// both alike; medians, and the median of each round's ratio. BENCH_MILLION_RUNS and BENCH_MILLION_ROUNDS change the
// size and the number of rounds; arguments after `--` go to every batch.
//
// Each round also measures what the machine itself gives two cores of this work: two
// separate one-thread batches (other seeds) at the same time, sharing nothing. Twice the
// one-thread time over the pair's is the most two threads could reach on this machine
// then (its caches, memory and clock shared by both cores), so the batch's ratio can be
// read against it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const runs = process.env.BENCH_MILLION_RUNS ?? '1000000';
const rounds = Number(process.env.BENCH_MILLION_ROUNDS ?? 3);
const bin = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));

/**
 * One batch on `workers` threads: seconds, peak RSS in MB, CSV bytes.
 * @param {number} workers
 * @param {string[]} more arguments for this batch alone
 */
async function batch(workers, more = []) {
  const dir = mkdtempSync(join(tmpdir(), 'wargame-million-'));
  const out = join(dir, 'runs.csv');
  const args = [bin, 'batch', 'hormuz', '--runs', runs, '--out', out, '--quiet', '--workers', String(workers), ...more, ...process.argv.slice(2)];
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  let peakKb = 0;
  let cpuTicks = 0;
  const poll = setInterval(() => {
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
      // utime and stime, all threads, in the kernel's 1/100 s ticks (fields 14 and 15).
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      cpuTicks = Math.max(cpuTicks, Number(fields[11]) + Number(fields[12]));
    } catch {}
  }, 100);
  const code = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(poll);
  const seconds = (performance.now() - started) / 1000;
  const bytes = statSync(out).size;
  rmSync(dir, { recursive: true, force: true });
  if (code !== 0) throw new Error(`the batch on ${workers} threads exited ${code}`);
  return { seconds, peak: peakKb / 1024, bytes, cpu: cpuTicks / 100 };
}

/** @param {string} label @param {{ seconds: number, peak: number, bytes: number, cpu: number }} x */
function report(label, x) {
  console.log(`  ${label.padEnd(26)}${x.seconds.toFixed(1).padStart(6)} s   CPU ${x.cpu.toFixed(1).padStart(5)} s   peak RSS ${x.peak.toFixed(0)} MB   ${(x.bytes / 1e6).toFixed(0)} MB of CSV`);
  return x;
}

/** Two one-thread batches with their own seeds, at the same time: seconds until both are done. */
async function pair() {
  const started = performance.now();
  await Promise.all([batch(1, ['--seed', '101']), batch(1, ['--seed', '202'])]);
  const seconds = (performance.now() - started) / 1000;
  console.log(`  two 1-thread batches at once ${seconds.toFixed(1).padStart(5)} s`);
  return seconds;
}

/** The middle value (the mean of the middle two for an even count). @param {number[]} xs */
function median(xs) {
  const sorted = [...xs].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[half] ?? 0) : ((sorted[half - 1] ?? 0) + (sorted[half] ?? 0)) / 2;
}

console.log(`wargame batch hormuz --runs ${runs} --out runs.csv ${process.argv.slice(2).join(' ')} · ${rounds} rounds`);
/** @type {{ seconds: number, peak: number, cpu: number }[]} */
const two = [];
/** @type {{ seconds: number, peak: number, cpu: number }[]} */
const one = [];
const ratios = [];
const ceilings = [];
for (let r = 0; r < rounds; r++) {
  // Alternate the order, so that a machine speeding up or slowing down favours none.
  /** @type {number | undefined} */
  let pairSeconds;
  for (const step of r % 2 === 0 ? ['2', '1', 'pair'] : ['pair', '1', '2']) {
    if (step === 'pair') pairSeconds = await pair();
    else if (step === '2') two.push(report('2 threads', await batch(2)));
    else one.push(report('1 thread', await batch(1)));
  }
  const oneSeconds = /** @type {number} */ (one.at(-1)?.seconds);
  ratios.push(oneSeconds / /** @type {number} */ (two.at(-1)?.seconds));
  ceilings.push((2 * oneSeconds) / /** @type {number} */ (pairSeconds));
  console.log(`  round ${r + 1}: 2 threads ${ratios.at(-1)?.toFixed(2)}× as fast as 1; two separate batches ${ceilings.at(-1)?.toFixed(2)}× the work of one`);
}
const list = (/** @type {number[]} */ xs) => xs.map((x) => x.toFixed(2)).join(', ');
console.log(`median: 2 threads ${median(two.map((x) => x.seconds)).toFixed(1)} s (peak RSS ${median(two.map((x) => x.peak)).toFixed(0)} MB, highest ${Math.max(...two.map((x) => x.peak)).toFixed(0)} MB)`);
console.log(`        1 thread  ${median(one.map((x) => x.seconds)).toFixed(1)} s (peak RSS ${median(one.map((x) => x.peak)).toFixed(0)} MB)`);
console.log(`        CPU time (every thread of the process, up to its last 0.1 s): 2 threads ${median(two.map((x) => x.cpu)).toFixed(1)} s, 1 thread ${median(one.map((x) => x.cpu)).toFixed(1)} s`);
console.log(`        2 threads are ${median(ratios).toFixed(2)}× as fast as 1 (rounds: ${list(ratios)})`);
console.log(`        two separate 1-thread batches at once did ${median(ceilings).toFixed(2)}× the work of one (rounds: ${list(ceilings)})`);

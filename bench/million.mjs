// @ts-check
// `npm run bench:million`: wall time and peak resident memory of
//   wargame batch hormuz --runs 1000000 --out runs.csv
// in a child process (peak RSS is the kernel's VmHWM, read while it runs), on 2 threads
// and on 1, rounds interleaved (alternating which goes first) so that a busy machine slows
// both alike; medians, and the median of each round's ratio. BENCH_MILLION_RUNS and BENCH_MILLION_ROUNDS change the
// size and the number of rounds; arguments after `--` go to every batch.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const runs = process.env.BENCH_MILLION_RUNS ?? '1000000';
const rounds = Number(process.env.BENCH_MILLION_ROUNDS ?? 3);
const bin = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** One batch on `workers` threads: seconds, peak RSS in MB, CSV bytes. @param {number} workers */
async function batch(workers) {
  const dir = mkdtempSync(join(tmpdir(), 'wargame-million-'));
  const out = join(dir, 'runs.csv');
  const args = [bin, 'batch', 'hormuz', '--runs', runs, '--out', out, '--quiet', '--workers', String(workers), ...process.argv.slice(2)];
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  let peakKb = 0;
  const poll = setInterval(() => {
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
    } catch {}
  }, 100);
  const code = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(poll);
  const seconds = (performance.now() - started) / 1000;
  const bytes = statSync(out).size;
  rmSync(dir, { recursive: true, force: true });
  if (code !== 0) throw new Error(`the batch on ${workers} threads exited ${code}`);
  console.log(`  ${workers} thread${workers === 1 ? ' ' : 's'}  ${seconds.toFixed(1).padStart(6)} s   peak RSS ${(peakKb / 1024).toFixed(0)} MB   ${(bytes / 1e6).toFixed(0)} MB of CSV`);
  return { seconds, peak: peakKb / 1024 };
}

console.log(`wargame batch hormuz --runs ${runs} --out runs.csv ${process.argv.slice(2).join(' ')} · ${rounds} rounds`);
/** @type {{ seconds: number, peak: number }[]} */
const two = [];
/** @type {{ seconds: number, peak: number }[]} */
const one = [];
const ratios = [];
for (let r = 0; r < rounds; r++) {
  // Alternate which goes first, so that a machine speeding up or slowing down favours neither.
  for (const workers of r % 2 === 0 ? [2, 1] : [1, 2]) (workers === 2 ? two : one).push(await batch(workers));
  ratios.push(/** @type {number} */ (one.at(-1)?.seconds) / /** @type {number} */ (two.at(-1)?.seconds));
}
console.log(`median: 2 threads ${median(two.map((x) => x.seconds)).toFixed(1)} s (peak RSS ${median(two.map((x) => x.peak)).toFixed(0)} MB, highest ${Math.max(...two.map((x) => x.peak)).toFixed(0)} MB)`);
console.log(`        1 thread  ${median(one.map((x) => x.seconds)).toFixed(1)} s (peak RSS ${median(one.map((x) => x.peak)).toFixed(0)} MB)`);
console.log(`        2 threads are ${median(ratios).toFixed(2)}× as fast as 1 (rounds: ${ratios.map((x) => x.toFixed(2)).join(', ')})`);

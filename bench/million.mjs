// @ts-check
// `npm run bench:million`: wall time and peak resident memory of
//   wargame batch hormuz --runs 1000000 --out runs.csv
// in a child process (peak RSS is the kernel's VmHWM, read while it runs).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const runs = process.env.BENCH_MILLION_RUNS ?? '1000000';
const bin = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'wargame-million-'));
const out = join(dir, 'runs.csv');
const args = [bin, 'batch', 'hormuz', '--runs', runs, '--out', out, '--quiet', ...process.argv.slice(2)];
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
console.log(`wargame batch hormuz --runs ${runs} --out runs.csv ${process.argv.slice(2).join(' ')}`);
console.log(`  exit ${code} · ${seconds.toFixed(1)} s wall · peak RSS ${(peakKb / 1024).toFixed(0)} MB · ${(bytes / 1e6).toFixed(0)} MB of CSV`);

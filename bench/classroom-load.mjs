// @ts-check
// The classroom host under load, on loopback only: the built `wargame host` in its own
// process, every hormuz actor seated (7 seats: hormuz has 7 actors) and 41 watching
// connections (48 connections, as 8 seats and 40 watchers would be), 1,000 moves (two games
// of 500 turns, the longest horizon a scenario may set), each seat moving as soon as it is
// its turn. Reported: the time from sending a move to the moment every one of the 48
// clients has the update with that turn, median, p99 and max; the target is p99 ≤ 50 ms.
// Bounded: it stops by itself after the moves, or after LIMIT_MS whatever happens.
// Run alone with `node bench/classroom-load.mjs` after a build; `npm run bench` runs it last.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ClassroomClient } from '../dist/classroom/classroom-client.js';

const BIN = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const SEATS = ['china', 'usa', 'gulf', 'russia', 'israel', 'north_korea', 'iran'];
const WATCHERS = 41;
const GAMES = 2;
const HORIZON = 500;
const LIMIT_MS = 240_000;

/** @param {number[]} xs @param {number} q */
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;

/** One game: returns the latency of each move, in ms. @param {number} game */
async function playGame(game) {
  const folder = mkdtempSync(join(tmpdir(), 'wargame-load-'));
  const host = spawn(process.execPath, [BIN, 'host', 'hormuz', '--seats', SEATS.join(','), '--set', `horizon=${HORIZON}`, '--seed', String(game), '--port', '0', '--bind', '127.0.0.1', '--no-console', '--save-dir', folder], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  host.stdout.on('data', (d) => (out += d));
  host.stderr.resume();
  const clients = [];
  try {
    await until(() => out.includes('the model plays:'), 20_000);
    const address = /127\.0\.0\.1:\d+/.exec(out)?.[0] ?? '';
    const codes = [...out.matchAll(/ {2}(\S.*?) {2,}([2-9A-Z]{4}-[2-9A-Z]{4})/g)].map((m) => m[2] ?? '');
    const watchCode = codes[SEATS.length + 1] ?? '';
    /** @type {Map<number, number>} */ const sentAt = new Map();
    /** @type {Map<number, number>} */ const arrivals = new Map();
    /** @type {number[]} */ const latencies = [];
    let started = false;
    const total = SEATS.length + WATCHERS;
    const arrived = (/** @type {number} */ turn) => {
      const count = (arrivals.get(turn) ?? 0) + 1;
      arrivals.set(turn, count);
      const start = sentAt.get(turn);
      if (count === total && start !== undefined) latencies.push(performance.now() - start);
    };
    const watch = (/** @type {ClassroomClient} */ client) => {
      let seen = client.view?.turns.length ?? 0;
      client.on((m) => {
        if (m.type !== 'update') return;
        const now = client.view?.turns.length ?? 0;
        for (let t = seen + 1; t <= now; t++) arrived(t);
        seen = now;
        const view = client.view;
        if (started && client.role === 'seat' && view?.yours !== undefined && !sentAt.has(view.turns.length + 1)) {
          sentAt.set(view.turns.length + 1, performance.now());
          client.move(view.yours[0]?.action ?? '');
        }
      });
    };
    for (let i = 0; i < WATCHERS; i++) {
      const watcher = new ClassroomClient(address, watchCode, { reconnect: false });
      clients.push(watcher);
      await watcher.next('welcome');
      watch(watcher);
    }
    // Seats join last; once all 48 are in, the seat on turn (its welcome says so) makes the first move.
    const seats = [];
    for (let i = 0; i < SEATS.length; i++) {
      const seat = new ClassroomClient(address, codes[i] ?? '', { reconnect: false });
      clients.push(seat);
      await seat.next('welcome');
      watch(seat);
      seats.push(seat);
    }
    started = true;
    const first = seats.find((seat) => seat.view?.yours !== undefined);
    if (first?.view?.yours === undefined) throw new Error('classroom load: no seat is on turn');
    sentAt.set(first.view.turns.length + 1, performance.now());
    first.move(first.view.yours[0]?.action ?? '');
    await until(() => latencies.length >= HORIZON, LIMIT_MS / GAMES);
    return latencies;
  } finally {
    for (const client of clients) client.close();
    host.kill('SIGTERM');
    await new Promise((resolve) => (host.exitCode !== null ? resolve(undefined) : host.once('exit', resolve)));
    rmSync(folder, { recursive: true, force: true });
  }
}

/** @param {() => boolean} test @param {number} ms */
async function until(test, ms) {
  const deadline = performance.now() + ms;
  while (!test()) {
    if (performance.now() > deadline) throw new Error(`classroom load: gave up after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

const started = performance.now();
/** @type {number[]} */ const all = [];
for (let game = 1; game <= GAMES; game++) all.push(...(await playGame(game)));
const seconds = (performance.now() - started) / 1000;
const p99 = quantile(all, 0.99);
console.log(`\nclassroom host, loopback: ${SEATS.length} seats + ${WATCHERS} watchers, ${all.length} moves in ${seconds.toFixed(1)} s`);
console.log(`  move → every client updated: median ${quantile(all, 0.5).toFixed(1)} ms · p99 ${p99.toFixed(1)} ms · max ${Math.max(...all).toFixed(1)} ms (target: p99 ≤ 50 ms: ${p99 <= 50 ? 'met' : 'NOT met'})`);

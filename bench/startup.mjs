// @ts-check
// Start-up of the built CLI as a user's shell starts it: `wargame --help`, `list` and
// `run hormuz --seed 1`, rounds interleaved so that a busy machine slows each alike.
// Reports the median wall time and the median CPU time (user + system, the child's own,
// read from bash's `times`), which a loaded machine disturbs less than the wall clock.
// Targets (issue 23, quiet machine, wall): --help and list 0.25 s, run 0.6 s.
// `node bench/startup.mjs [ROUNDS]` alone, or from `npm run bench` (benchStartup).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export const STARTUP_COMMANDS = [
  { args: ['--help'], target: 0.25 },
  { args: ['list'], target: 0.25 },
  { args: ['run', 'hormuz', '--seed', '1'], target: 0.6 },
];

/**
 * One start of `node <main> ...args`: wall and CPU seconds of the child process.
 * @param {string} main
 * @param {string[]} args
 */
export function timeStart(main, args) {
  // `times` prints the shell's own times, then its children's: "0m0.123s 0m0.045s".
  const script = '"$@" >/dev/null; s=$?; times >&2; exit $s';
  const started = process.hrtime.bigint();
  const result = spawnSync('bash', ['-c', script, 'bash', process.execPath, main, ...args], { encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`wargame ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const lines = result.stderr.trim().split('\n');
  const seconds = (/** @type {string} */ t) => {
    const m = /^(\d+)m([\d.]+)s$/.exec(t);
    if (!m) throw new Error(`unexpected times output: ${result.stderr}`);
    return Number(m[1]) * 60 + Number(m[2]);
  };
  const [user, sys] = (lines.at(-1) ?? '').split(/\s+/);
  return { wall, cpu: seconds(user ?? '') + seconds(sys ?? '') };
}

/**
 * Medians over `rounds` interleaved rounds; prints a table and returns it.
 * @param {number} rounds
 * @param {string} [main] the CLI entry (default: this checkout's dist/cli/main.js)
 */
export function benchStartup(rounds, main = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))) {
  /** @type {{ wall: number[], cpu: number[] }[]} */
  const times = STARTUP_COMMANDS.map(() => ({ wall: [], cpu: [] }));
  timeStart(main, ['--help']); // one start to warm the file cache and Node's compile cache
  for (let r = 0; r < rounds; r++) {
    STARTUP_COMMANDS.forEach(({ args }, i) => {
      const { wall, cpu } = timeStart(main, args);
      times[i]?.wall.push(wall);
      times[i]?.cpu.push(cpu);
    });
  }
  console.log(`\nstart-up, median of ${rounds} (interleaved): wall time; CPU time (user + system)`);
  return STARTUP_COMMANDS.map(({ args, target }, i) => {
    const wall = median(times[i]?.wall ?? []);
    const cpu = median(times[i]?.cpu ?? []);
    console.log(
      `  wargame ${args.join(' ').padEnd(22)} ${wall.toFixed(3).padStart(6)} s wall   ${cpu.toFixed(3).padStart(6)} s CPU   (target ${target} s wall${wall <= target ? '' : ', missed'})`,
    );
    return { args, wall, cpu };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  benchStartup(Number(process.argv[2] ?? 15), process.argv[3]);
}

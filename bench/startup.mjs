// @ts-check
// Start-up of the built CLI as a user's shell starts it: `wargame --help`, `list` and
// `run hormuz --seed 1`, rounds interleaved so that a busy machine slows each alike.
// Reports the median wall time and the median CPU time (user + system, the child's own,
// read from bash's `times`), which a loaded machine disturbs less than the wall clock.
// Targets (issue 23, quiet machine, wall): --help and list 0.25 s, run 0.6 s.
// `node bench/startup.mjs [ROUNDS] [OTHER_DIST...]` alone (against other builds, interleaved),
// or from `npm run bench` (benchStartup, against the base build when there is one).
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
 * Medians over `rounds` interleaved rounds, of this build and of each other build given
 * (e.g. the base build `npm run bench:base` makes); prints a table and returns it.
 * @param {number} rounds
 * @param {{ label: string, dist: string }[]} [others] other builds' dist folders
 */
export function benchStartup(rounds, others = []) {
  const builds = [{ label: 'this build', dist: fileURLToPath(new URL('../dist', import.meta.url)) }, ...others];
  const runs = builds.flatMap((build) => STARTUP_COMMANDS.map((command) => ({ build, command, wall: /** @type {number[]} */ ([]), cpu: /** @type {number[]} */ ([]) })));
  for (const { dist } of builds) timeStart(`${dist}/cli/main.js`, ['--help']); // warm the file cache
  for (let r = 0; r < rounds; r++) {
    for (const run of runs) {
      const { wall, cpu } = timeStart(`${run.build.dist}/cli/main.js`, run.command.args);
      run.wall.push(wall);
      run.cpu.push(cpu);
    }
  }
  console.log(`\nstart-up, median of ${rounds} (interleaved): wall time; CPU time (user + system)`);
  return runs.map(({ build, command: { args, target }, wall: walls, cpu: cpus }) => {
    const wall = median(walls);
    const cpu = median(cpus);
    const against = build === builds[0] ? ` (target ${target} s wall${wall <= target ? '' : ', missed'})` : '';
    console.log(`  ${build.label.padEnd(12)} wargame ${args.join(' ').padEnd(22)} ${wall.toFixed(3).padStart(6)} s wall   ${cpu.toFixed(3).padStart(6)} s CPU${against}`);
    return { build: build.label, args, wall, cpu };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // node bench/startup.mjs [ROUNDS] [OTHER_DIST...]
  const [rounds = '15', ...others] = process.argv.slice(2);
  benchStartup(Number(rounds), others.map((dist) => ({ label: dist.replace(/\/dist\/?$/, '').split('/').pop() ?? dist, dist })));
}

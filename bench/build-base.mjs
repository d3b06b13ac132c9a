// @ts-check
// `npm run bench:base [REV]`: builds another commit (default: the tip of main) into
// .bench-base/ (git-ignored, never committed), so `npm run bench` can time this build
// against it in the same process. Uses this checkout's node_modules.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const rev = process.argv[2] ?? 'main';
const target = `${root}.bench-base`;
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
const sh = (/** @type {string} */ command, /** @type {string[]} */ args, /** @type {string} */ cwd) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] }).toString();
const commit = sh('git', ['rev-parse', rev], root).trim();
execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${target}"`], { cwd: root, stdio: 'inherit' });
if (!existsSync(`${target}/node_modules`)) symlinkSync(`${root}node_modules`, `${target}/node_modules`);
sh(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.json'], target);
console.log(`built ${rev} (${commit.slice(0, 10)}) into .bench-base/dist`);

// Whether dist/ was built from the files it is built from now.
//   --record  (the last step of `npm run build`) writes their hash to dist/.build-inputs
//   --check   (`prepare`) exits 0 when dist/ is complete and that hash still holds, 1 otherwise
// Why: npm runs `prepare` after `npm ci` and `npm install`, and also on the first `npx wargame`
// after them, which installs this folder into npx's cache. Building again there, with nothing
// changed, was most of that first command's 7–20 s (tsc's incremental check and the snapshots).
// The hash covers everything the build reads: src/ (code and the YAML the snapshots record),
// the build's scripts, the TypeScript configuration, package.json and package-lock.json (the
// versions of mathjs and zod, whose output the snapshots hold).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const STAMP = join(root, 'dist', '.build-inputs');
const INPUTS = ['src', 'scripts', 'tsconfig.json', 'tsconfig.base.json', 'package.json', 'package-lock.json'];
// What the build writes: if one is missing, build.
const OUTPUTS = ['dist/index.js', 'dist/cli/main.js', 'dist/scenarios/yaml-snapshot.json', 'dist/scenarios/expression-snapshot.json'];

/** @param {string} path @returns {string[]} */
function files(path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  try {
    return readdirSync(full, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath ?? entry.path, entry.name)));
  } catch {
    return [path]; // a file, not a folder
  }
}

function inputsHash() {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(files).sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const mode = process.argv[2];
if (mode === '--record') {
  writeFileSync(STAMP, `${inputsHash()}\n`);
} else if (mode === '--check') {
  const built = OUTPUTS.every((file) => existsSync(join(root, file))) && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === inputsHash();
  if (built) console.error('wargame: dist/ is up to date with its sources; not building again');
  process.exit(built ? 0 : 1);
} else {
  console.error('usage: node scripts/build-inputs.mjs --record | --check');
  process.exit(2);
}

#!/usr/bin/env node
// Writes test/durations.json: each test file's duration in the last vitest run, read from the
// results vitest keeps under node_modules/.vite. A fresh clone has no such results, and
// vitest would order its files by size; the sequencer in vitest.config.ts orders them by
// these durations instead, longest first, as vitest does for a checkout that has run them.
// Run it after a whole `npm test` (or `npx vitest run`) on the project's machine:
//   node scripts/record-test-durations.mjs [results.json]
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cacheDir = join(root, 'node_modules', '.vite', 'vitest');

/** The newest results.json vitest wrote, or the one named. */
function resultsFile() {
  if (process.argv[2] !== undefined) return process.argv[2];
  const found = existsSync(cacheDir) ? readdirSync(cacheDir).map((d) => join(cacheDir, d, 'results.json')).filter((f) => existsSync(f)) : [];
  if (found.length === 0) throw new Error(`no vitest results under ${cacheDir}: run the tests first`);
  return found.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

const { results } = JSON.parse(readFileSync(resultsFile(), 'utf8'));
/** @type {Record<string, number>} */
const durations = {};
for (const [key, result] of results.sort(([a], [b]) => (a < b ? -1 : 1))) {
  // `project:path`: only files that still exist, in seconds to a tenth.
  const path = key.slice(key.indexOf(':') + 1);
  if (existsSync(join(root, path)) && typeof result.duration === 'number') durations[key] = Math.round(result.duration / 100) / 10;
}
writeFileSync(join(root, 'test', 'durations.json'), `${JSON.stringify(durations, null, 2)}\n`);
console.log(`test/durations.json: ${Object.keys(durations).length} files`);

import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// Most test files share their worker's module cache (`isolate: false`): each file would
// otherwise import and transform the engine, the scenario loader, zod, yaml and mathjs
// again, which was two thirds of the suite's time on a 2-core machine (test/records,
// test/presentation and test/text: 97 s isolated, 33 s shared). Every module the shared
// files use keeps only caches that are pure (compiled scenarios, planners, the thread's
// decision memo, the built-in library), so sharing changes no result. Ink reads its
// environment (CI, NO_COLOR) once, when it is imported, so the one test that loads it as
// `play` does, under CI=true, stays isolated. The other terminal UI tests render through
// ink-testing-library, which draws the same whatever the environment: shared, their 20
// files load Ink and React once, not 20 times (64 → 28 s of CPU).
const shared = { include: ['test/**/*.test.ts', 'test/**/*.test.tsx'] };
const isolated = ['test/cli/ui/render-app.test.tsx'];

/**
 * Each test file's duration in a measured run (seconds, by vitest's `project:path` key), for a
 * checkout whose vitest has not run them yet: `node scripts/record-test-durations.mjs`
 * writes it after a whole run.
 */
const MEASURED: Readonly<Record<string, number>> = JSON.parse(readFileSync(new URL('./test/durations.json', import.meta.url), 'utf8'));

/**
 * Longest files first, so that short ones fill in at the end: the suite is bound by the
 * processor, and a long file started late runs on while the other worker has nothing left.
 * Vitest orders by the durations of the last run, which it keeps under node_modules/.vite;
 * a fresh clone has none, and vitest orders by file size instead. There the measured
 * durations stand in for vitest's (a file in neither goes first, as vitest runs unknown
 * files first). In one checkout, single runs: the measured order took 158 s, by size and a
 * short list of the slowest 167 s. Fresh clones were no faster for it (175 s with the short
 * list, 178 s with this table): their extra time is elsewhere, not yet found.
 */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const { cache, config } = this.ctx;
    // Vitest's key for a file's cached results: the project, then the path with forward slashes.
    const key = (file: TestSpecification): string => `${file.project.name}:${relative(config.root, file.moduleId).replaceAll('\\', '/')}`;
    if (files.every((file) => cache.getFileTestResults(key(file)) !== undefined)) return sorted;
    // Projects keep vitest's order (they run one after another); within each, longest first.
    const projects = [...new Set(sorted.map((file) => file.project.name))];
    const duration = (file: TestSpecification): number => cache.getFileTestResults(key(file))?.duration ?? (MEASURED[key(file)] ?? Infinity) * 1000;
    return sorted
      .map((file, i) => ({ file, i, project: projects.indexOf(file.project.name), duration: duration(file) }))
      .sort((a, b) => a.project - b.project || b.duration - a.duration || a.i - b.i)
      .map(({ file }) => file);
  }
}

export default defineConfig({
  test: {
    // Property tests and CLI tests spawn real runs; give them room on a 2-core CI box.
    testTimeout: 60_000,
    // One temporary folder for the run, removed at its end (test/temporary-folder.ts).
    globalSetup: ['test/temporary-folder.ts'],
    // Vitest's default is one worker fewer than the cores: on a 2-core machine, one, and the
    // files ran one after another while many of them wait on child processes, Chromium or
    // sockets. Two workers there: the whole suite in 341 s instead of 497 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: LongestFirst },
    projects: [
      { extends: true, test: { ...shared, name: 'shared', exclude: isolated, isolate: false } },
      { extends: true, test: { ...shared, name: 'isolated', include: isolated, isolate: true } },
    ],
  },
});

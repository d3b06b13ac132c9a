import { availableParallelism } from 'node:os';
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
 * The ledger's file measures 348,000 runs, the suite's longest file: started
 * first, it runs beside the others instead of after them. (On a fresh clone vitest has no
 * timings and starts the largest files first; this one is small, so it started among the
 * last and ran alone for a minute and a half.)
 */
class LedgerFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (file: TestSpecification): boolean => file.moduleId.endsWith('/test/ledger/ledger.test.ts');
    return [...sorted.filter(first), ...sorted.filter((file) => !first(file))];
  }
}

export default defineConfig({
  test: {
    // Property tests and CLI tests spawn real runs; give them room on a 2-core CI box.
    testTimeout: 60_000,
    // Vitest's default is one worker fewer than the cores: on a 2-core machine, one, and the
    // files ran one after another while many of them wait on child processes, Chromium or
    // sockets. Two workers there: the whole suite in 341 s instead of 497 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: LedgerFirst },
    projects: [
      { extends: true, test: { ...shared, name: 'shared', exclude: isolated, isolate: false } },
      { extends: true, test: { ...shared, name: 'isolated', include: isolated, isolate: true } },
    ],
  },
});

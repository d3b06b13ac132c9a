import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Property tests and CLI tests spawn real runs; give them room on a 2-core CI box.
    testTimeout: 60_000,
  },
});

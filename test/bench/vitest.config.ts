import { defineConfig } from 'vitest/config';

/**
 * `npm run bench`: model evaluations per second, one file per tool (`test/bench/<tool-id>.bench.ts`).
 * Reported, never asserted: timings on a shared machine are not repeatable enough to fail a build on.
 */
export default defineConfig({
  test: {
    include: ['test/bench/**/*.bench.ts'],
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});

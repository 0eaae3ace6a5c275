import { defineConfig } from 'vitest/config';

/** Unit tests: pure modules, no build, no browser. End-to-end tests have their own config in test/e2e/. */
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
  },
});

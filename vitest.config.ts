import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // PDF tests start Chromium; keep the 2-core machines from oversubscribing.
    maxWorkers: 2,
  },
});

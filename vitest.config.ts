import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./vitest.setup.ts'],
    // CI runs on shared, busy 2-core machines: a test fails for being wrong, not for being slow.
    // Heavy tests give their own budget (HEAVY_TEST_TIMEOUT_MS); this covers imports and the rest.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

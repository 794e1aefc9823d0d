import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**'],
    environment: 'node',
    // Separate processes keep each worker's heap its own (threads would sum them in one process).
    pool: 'forks',
    // Test files share a worker's module cache: the SDK clients are imported once per worker, not once per
    // file (that import was most of the suite's time). Tests restore their own mocks and state.
    isolate: false,
    setupFiles: ['test/setup/restore-mocks.ts'],
    testTimeout: 20_000,
    clearMocks: true,
    env: {
      // The lockfile pins SDK releases that support Node 20; their notice would repeat in every worker.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  },
});

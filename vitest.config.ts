import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // `npm run coverage`: what the runtime modules' own tests (test/runtime/, and the CEL table) cover of runtime/.
    coverage: {
      provider: 'v8',
      include: ['runtime/**/*.ts'],
      reporter: ['text', 'html', 'json-summary'],
      reportsDirectory: '.tmp/coverage',
    },
  },
});

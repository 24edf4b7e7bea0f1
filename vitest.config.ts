import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Tests read English messages unless they ask for another language, whatever the machine's locale.
    env: { GOTONG_LANG: 'en' },
    // Re-renders the security test counts table in docs/SECURITY.md after each run.
    globalSetup: ['test/helpers/security-table-teardown.ts'],
  },
});

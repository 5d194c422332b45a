import { defineConfig } from 'vitest/config';

/** The suites that open a database; the `postgresql` project runs them again on PostgreSQL. */
const DATABASE_SUITES = ['test/slack/**/*.test.ts', 'test/store/**/*.test.ts', 'test/scheduler/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // SQLite files and local servers per test file; two cores, so two workers (shared by both projects).
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'sqlite', include: ['test/**/*.test.ts'], env: { TEST_DATABASE: 'sqlite' } } },
      // A fresh PostgreSQL database per test file (test/support/test-database.ts), dropped afterwards.
      { extends: true, test: { name: 'postgresql', include: DATABASE_SUITES, env: { TEST_DATABASE: 'postgresql' } } },
    ],
  },
});

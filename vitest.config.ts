import { configDefaults, defineConfig } from 'vitest/config';

/** The suites that open a database; the `postgresql` project runs them again on PostgreSQL. */
const DATABASE_SUITES = [
  'test/slack/**/*.test.ts',
  'test/api/**/*.test.ts',
  'test/github/**/*.test.ts',
  'test/store/**/*.test.ts',
  'test/outbox/**/*.test.ts',
  'test/ops/graceful-shutdown.test.ts',
];
/** Suites that need PostgreSQL whatever the store under test (several replicas on one database): run once, there. */
const POSTGRESQL_ONLY = ['test/replicas/**/*.test.ts'];

export default defineConfig({
  test: {
    // The default output, plus a line naming any file still running after five minutes (test/support).
    reporters: ['default', './test/support/long-running-files-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // SQLite files and local servers per test file; two cores, so two workers (shared by both projects).
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...POSTGRESQL_ONLY],
          env: { TEST_DATABASE: 'sqlite' },
        },
      },
      // A fresh PostgreSQL database per harness or test file (test/support/test-database.ts), dropped afterwards.
      {
        extends: true,
        test: {
          name: 'postgresql',
          // Without a reachable server the run stops at once with one line saying how to go on.
          globalSetup: ['test/support/require-postgres.ts'],
          include: [...DATABASE_SUITES, ...POSTGRESQL_ONLY],
          env: { TEST_DATABASE: 'postgresql' },
        },
      },
    ],
  },
});

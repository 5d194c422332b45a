import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { StoreKind } from '../../src/store/database-url.ts';
import { createTestDatabase } from './postgres.ts';

/**
 * The store this test run uses. `npm test` runs the database suites twice: vitest.config.ts's `postgresql` project
 * sets TEST_DATABASE=postgresql, the `sqlite` project leaves the default.
 */
export const TEST_DATABASE: StoreKind = storeKindOf(process.env.TEST_DATABASE);

function storeKindOf(value: string | undefined): StoreKind {
  if (value === undefined || value === '' || value === 'sqlite') return 'sqlite';
  if (value === 'postgresql') return 'postgresql';
  throw new Error(`TEST_DATABASE must be sqlite or postgresql, not "${value}"`);
}

export type TestDatabase = { kind: StoreKind; url: string; drop: () => Promise<void> };

/** A fresh, empty database: a SQLite file in its own temporary folder, or a new PostgreSQL database. */
export async function createFreshDatabase(kind: StoreKind = TEST_DATABASE): Promise<TestDatabase> {
  if (kind === 'postgresql') return { kind, ...(await createTestDatabase()) };
  const dir = mkdtempSync(path.join(tmpdir(), 'deploy-checklist-'));
  return {
    kind,
    url: `file:${path.join(dir, 'test.db')}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/create-store.ts';
import { readCatalog, runScript } from '../support/database-catalog.ts';
import { createFreshDatabase, TEST_DATABASE, type TestDatabase } from '../support/test-database.ts';

/** The models of the store under test (the PostgreSQL schema is derived from prisma/schema.prisma by npm test). */
const SCHEMA = path.resolve('prisma', ...(TEST_DATABASE === 'postgresql' ? ['postgresql'] : []), 'schema.prisma');
const PRISMA = path.resolve('node_modules', '.bin', 'prisma');

/**
 * The SQL that creates the models' schema from nothing, as Prisma would write it: offline, no shadow database.
 * The CLI's config opens a scratch SQLite file for this; it goes in `scratchDir`, not in ./data.
 */
async function modelsScript(schema: string, scratchDir: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    PRISMA,
    ['migrate', 'diff', '--from-empty', '--to-schema-datamodel', schema, '--script'],
    { env: { ...process.env, PRISMA_CLI_DATABASE_URL: `file:${path.join(scratchDir, 'prisma-cli.db')}` } },
  );
  return stdout;
}

/** The catalog of a fresh database built from the script `prisma migrate diff` writes for a schema. */
async function catalogOfModels(schema: string, scratchDir: string): Promise<string[]> {
  const database = await createFreshDatabase();
  try {
    await runScript(database.url, await modelsScript(schema, scratchDir));
    return await readCatalog(database.url);
  } finally {
    await database.drop();
  }
}

describe(`${TEST_DATABASE} migrations and the Prisma models`, () => {
  let scratchDir: string;
  let migrated: TestDatabase;
  let migratedCatalog: string[];
  beforeAll(async () => {
    scratchDir = await mkdtemp(path.join(tmpdir(), 'dc-drift-'));
    migrated = await createFreshDatabase();
    // The bot's own migration runner, exactly as at startup.
    const opened = await openDatabase(migrated.url);
    await opened.close();
    migratedCatalog = await readCatalog(migrated.url);
  });
  afterAll(async () => {
    await migrated?.drop();
    if (scratchDir) await rm(scratchDir, { recursive: true, force: true });
  });

  it('have not drifted apart: the migrated database has exactly the schema the models describe', async () => {
    expect(migratedCatalog.length).toBeGreaterThan(50);
    expect(migratedCatalog).toEqual(await catalogOfModels(SCHEMA, scratchDir));
  });

  it('would notice a model change that has no migration (a column added to Job)', async () => {
    const models = await readFile(SCHEMA, 'utf8');
    const drifted = models.replace(/^model Job \{\n/m, '$&  driftCheck String?\n');
    expect(drifted).not.toBe(models);
    const schema = path.join(scratchDir, 'drifted.prisma');
    await writeFile(schema, drifted);
    const driftedCatalog = await catalogOfModels(schema, scratchDir);
    expect(driftedCatalog.filter((line) => !migratedCatalog.includes(line))).toEqual([
      expect.stringMatching(/^Job: column driftCheck (TEXT|text) null$/),
    ]);
    expect(migratedCatalog.filter((line) => !driftedCatalog.includes(line))).toEqual([]);
  });
});

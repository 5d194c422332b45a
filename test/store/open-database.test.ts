import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_TABLE, migrationNames } from '../../src/store/apply-migrations.ts';
import { migrationsDir, openDatabase } from '../../src/store/create-store.ts';
import { CHANNEL, clickItem, findItem, type Harness, lastCard, startHarness } from '../support/bot-harness.ts';
import { createFreshDatabase, TEST_DATABASE } from '../support/test-database.ts';

/** Every migration of the store under test, in the order they apply. */
const MIGRATIONS = await migrationNames(migrationsDir(TEST_DATABASE));

describe(`opening a ${TEST_DATABASE} store`, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('migrates an empty database at startup and runs a deployment thread on it', async () => {
    expect(h.bot.store.kind).toBe(TEST_DATABASE);
    expect(MIGRATIONS.length).toBeGreaterThanOrEqual(2);
    expect(h.bot.store.migrationsApplied).toEqual(MIGRATIONS);
    await h.slack.command({ text: 'start db-svc v1 --template small-service', userId: 'U0OWNER', channelId: CHANNEL });
    await h.drain();
    const parent = lastCard(h.fake)!.ts;
    await Promise.all(['tests-green', 'backup-taken'].map((key, i) => clickItem(h, parent, key, `U0P${i}`)));
    await h.drain();
    expect(findItem(h.fake, parent, 'tests-green').block.text?.text).toContain('ticked by <@U0P0>');
    expect(findItem(h.fake, parent, 'backup-taken').block.text?.text).toContain('ticked by <@U0P1>');
  });

  it('keeps state across a restart and does not migrate twice', async () => {
    await h.restart();
    expect(h.bot.store.migrationsApplied).toEqual([]);
    const open = await h.bot.store.deployments.listOpenInChannel('T0TEST', CHANNEL);
    expect(open.map((d) => d.service)).toEqual(['db-svc']);
    expect(Object.values(open[0]!.items).filter((item) => item.done)).toHaveLength(2);
  });
});

describe(`two replicas starting together on one fresh ${TEST_DATABASE} database`, () => {
  it('both start, and each migration is applied once, by one of them', async () => {
    const database = await createFreshDatabase();
    const opened = await Promise.allSettled([openDatabase(database.url), openDatabase(database.url)]);
    try {
      expect(opened.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
      const [a, b] = opened.map((result) => (result.status === 'fulfilled' ? result.value : undefined));
      expect([...a!.migrationsApplied, ...b!.migrationsApplied].sort()).toEqual(MIGRATIONS);
      const recorded = await a!.db.$queryRawUnsafe<Array<{ name: string }>>(
        `SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY name`,
      );
      expect(recorded.map((row) => row.name)).toEqual(MIGRATIONS);
      // Both work on the migrated schema.
      expect(await a!.db.deployment.count()).toBe(0);
      expect(await b!.db.job.count()).toBe(0);
    } finally {
      for (const result of opened) if (result.status === 'fulfilled') await result.value.close();
      await database.drop();
    }
  });
});

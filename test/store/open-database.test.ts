import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL, clickItem, findItem, type Harness, lastCard, startHarness } from '../support/bot-harness.ts';
import { createTestDatabase } from '../support/postgres.ts';

describe('PostgreSQL store (for teams running more than one replica)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let h: Harness;
  beforeAll(async () => {
    database = await createTestDatabase();
    h = await startHarness({ databaseUrl: database.url });
  });
  afterAll(async () => {
    await h?.close();
    await database?.drop();
  });

  it('migrates an empty database at startup and runs a deployment thread on it', async () => {
    expect(h.bot.store.kind).toBe('postgresql');
    expect(h.bot.store.migrationsApplied).toEqual([
      '20261122000000_init',
      '20261122010000_sign_offs_verification_check_ins',
    ]);
    await h.slack.command({ text: 'start pg-svc v1 --template small-service', userId: 'U0OWNER', channelId: CHANNEL });
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
    expect(open.map((d) => d.service)).toEqual(['pg-svc']);
    expect(Object.values(open[0]!.items).filter((item) => item.done)).toHaveLength(2);
  });
});

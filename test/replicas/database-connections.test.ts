// PostgreSQL connection handling: the pool size, a database that is down at startup, and one that goes away while
// the bot runs. The database is taken away with a TCP proxy in front of the shared PostgreSQL server
// (test/support/tcp-proxy.ts), never by stopping the server.

import pg from 'pg';
import { request } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/store/create-store.ts';
import { DATABASE_UNREACHABLE_MESSAGE } from '../../src/store/database-errors.ts';
import {
  botEnvFor,
  CHANNEL,
  clickItem,
  findItem,
  type Harness,
  lastCard,
  SIGNING_SECRET,
  startHarness,
} from '../support/bot-harness.ts';
import { spawnBotProcess } from '../support/bot-process.ts';
import { startFakeSlack } from '../support/fake-slack.ts';
import { createTestDatabase, POSTGRES_ADMIN_URL } from '../support/postgres.ts';
import { startTcpProxy, type TcpProxy, throughProxy } from '../support/tcp-proxy.ts';

const POSTGRES = new URL(POSTGRES_ADMIN_URL);
const SERVER = { host: POSTGRES.hostname, port: Number(POSTGRES.port || 5432) };

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

async function sessionsOn(databaseUrl: string): Promise<number> {
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    const name = new URL(databaseUrl).pathname.slice(1);
    const { rows } = await admin.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
    return rows[0].n as number;
  } finally {
    await admin.end();
  }
}

async function healthOf(h: Harness): Promise<number> {
  const response = await request(`http://127.0.0.1:${h.bot.port}/health`);
  await response.body.dump();
  return response.statusCode;
}

describe('DATABASE_POOL_SIZE', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it.each([2, 5])('caps the connections one process opens at %i, however many queries wait', async (poolSize) => {
    const opened = await openDatabase(database.url, { poolSize });
    try {
      // Twelve queries that each hold a connection for a moment, all at once.
      const queries = Array.from({ length: 12 }, async () =>
        opened.db.$queryRawUnsafe('SELECT pg_sleep(0.3)::text AS slept'),
      );
      await new Promise((resolve) => setTimeout(resolve, 150));
      const during = await sessionsOn(database.url);
      await Promise.all(queries);
      expect(during).toBe(poolSize);
    } finally {
      await opened.close();
    }
  });
});

describe('a database that goes away while the bot runs', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let h: Harness;
  let parent: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    proxy = await startTcpProxy(SERVER);
    h = await startHarness({ databaseUrl: throughProxy(database.url, proxy) });
    await h.slack.command({
      text: 'start outage-svc v1 --template small-service',
      userId: 'U0OWNER',
      channelId: CHANNEL,
    });
    await h.drain();
    parent = lastCard(h.fake)?.ts as string;
  });
  afterEach(() => {
    proxy.restore();
  });
  afterAll(async () => {
    await h?.close();
    await proxy?.close();
    await database?.drop();
  });

  it('answers a click with "unreachable, nothing was changed" at once, and takes the same click once it is back', async () => {
    proxy.cut();
    const during = await clickItem(h, parent, 'tests-green', 'U0DEV');
    expect(during.status).toBe(200);
    const told = [...h.fake.ephemerals.values()].filter((e) => e.user === 'U0DEV');
    expect(told.map((e) => e.text)).toEqual([DATABASE_UNREACHABLE_MESSAGE]);
    expect(await healthOf(h)).toBe(503);

    proxy.restore();
    expect(await healthOf(h)).toBe(200);
    await clickItem(h, parent, 'tests-green', 'U0DEV');
    await h.drain();
    expect(findItem(h.fake, parent, 'tests-green').block.text?.text).toContain('ticked by <@U0DEV>');
    const audit = await h.bot.store.deployments.audit(
      (await h.bot.store.deployments.listOpenInChannel('T0TEST', CHANNEL))[0]!.id,
    );
    expect(audit.filter((row) => row.action === 'item-ticked').map((row) => row.actor)).toEqual(['U0DEV']);
  });

  it('answers a click even when the network to the database goes silent (no reset, no reply)', async () => {
    // Without the pool's connect and query timeouts this click would wait for minutes.
    proxy.pause();
    const during = await clickItem(h, parent, 'backup-taken', 'U0QUIET');
    expect(during.status).toBe(200);
    const told = [...h.fake.ephemerals.values()].filter((e) => e.user === 'U0QUIET');
    expect(told.map((e) => e.text)).toEqual([DATABASE_UNREACHABLE_MESSAGE]);
    proxy.restore();
    await vi.waitFor(async () => expect(await healthOf(h)).toBe(200), { timeout: 20_000, interval: 200 });
  }, 60_000);

  it('answers a slash command with the same message while the database is unreachable', async () => {
    proxy.cut();
    const response = await h.slack.command({ text: 'list', userId: 'U0LIST', channelId: CHANNEL });
    expect(response.status).toBe(200);
    const id = decodeURIComponent(new URL(response.responseUrl as string).pathname.split('/').pop() as string);
    const reply = await h.fake.waitForResponse((r) => r.id === id);
    expect(reply.body.text).toBe(DATABASE_UNREACHABLE_MESSAGE);
  });

  it('runs the work that fell due while the database was unreachable once it is back, once', async () => {
    const direct = await openDatabase(database.url);
    const deployment = (await h.bot.store.deployments.listOpenInChannel('T0TEST', CHANNEL))[0]!;
    try {
      await direct.db.job.create({
        data: {
          id: 'job_outage_post',
          deploymentId: deployment.id,
          kind: 'post-thread-message',
          payloadJson: JSON.stringify({ text: 'posted after the outage' }),
          dueAt: new Date(h.clock.now().getTime() + 60_000),
          createdAt: h.clock.now(),
        },
      });
    } finally {
      await direct.close();
    }
    proxy.cut();
    h.clock.advance(120_000);
    h.bot.core.kick();
    // The failed sweep is logged, not thrown at anyone; idle() reports it to the test.
    await h.bot.core.idle().catch(() => undefined);
    expect(h.logs.some((line) => line.includes('the database is unreachable; due work waits until it is back'))).toBe(
      true,
    );
    const posted = () => h.fake.threadOf(parent).filter((m) => m.text === 'posted after the outage');
    expect(posted()).toHaveLength(0);

    proxy.restore();
    // The first queries after the outage may meet connections the pool has not yet seen die; each is discarded.
    await vi.waitFor(() => h.drain(), { timeout: 10_000, interval: 100 });
    await h.drain();
    expect(posted()).toHaveLength(1);
  });

  it('stores a post Slack accepted just as the database went away once it is back, and never sends it again', async () => {
    const direct = await openDatabase(database.url);
    try {
      const deployment = (await h.bot.store.deployments.listOpenInChannel('T0TEST', CHANNEL))[0]!;
      await direct.db.job.create({
        data: {
          id: 'job_accepted_post',
          deploymentId: deployment.id,
          kind: 'post-thread-message',
          payloadJson: JSON.stringify({ text: 'accepted during the outage' }),
          dueAt: h.clock.now(),
          createdAt: h.clock.now(),
        },
      });
      const hold = h.fake.hold(
        (method, args) => method === 'chat.postMessage' && JSON.stringify(args).includes('accepted during the outage'),
      );
      h.bot.core.kick();
      await vi.waitFor(() => expect(hold.waiting).toBe(1), { timeout: 10_000 });
      // Slack takes the post while the database is gone: "done" cannot be written yet.
      proxy.cut();
      hold.release();
      await vi.waitFor(
        () => expect(h.logs.some((line) => line.includes('could not record a finished job'))).toBe(true),
        { timeout: 20_000, interval: 100 },
      );
      proxy.restore();
      await vi.waitFor(
        async () =>
          expect((await direct.db.job.findUnique({ where: { id: 'job_accepted_post' } }))?.doneAt).not.toBeNull(),
        { timeout: 30_000, interval: 200 },
      );
      // Long past the lease: had "done" been lost, the job would be claimed and posted again now.
      h.clock.advance(30 * 60_000);
      await h.drain();
      expect(h.fake.threadOf(parent).filter((m) => m.text === 'accepted during the outage')).toHaveLength(1);
    } finally {
      await direct.close();
    }
  }, 90_000);

  it('records a phase message Slack accepted as the database went away once it is back, and never posts it twice', async () => {
    // The first thread post of a new deployment (its first phase) is held until the database is gone.
    let held = false;
    const hold = h.fake.hold((method, args) => {
      if (held || method !== 'chat.postMessage' || !args.thread_ts) return false;
      held = true;
      return true;
    });
    const started = await h.slack.command({
      text: 'start blip-svc v1 --template small-service',
      userId: 'U0OWNER',
      channelId: CHANNEL,
    });
    expect(started.status).toBe(200);
    h.bot.core.kick();
    await vi.waitFor(() => expect(hold.waiting).toBe(1), { timeout: 20_000 });
    const card = lastCard(h.fake)?.ts as string;
    // Slack takes the post while the database is gone: its ts cannot be stored yet.
    proxy.cut();
    hold.release();
    await vi.waitFor(() => expect(h.logs.some((line) => line.includes('could not record'))).toBe(true), {
      timeout: 20_000,
      interval: 100,
    });
    proxy.restore();
    await vi.waitFor(() => h.drain(), { timeout: 20_000, interval: 100 });
    // Long past the lease: had the ts been lost, the phase would be posted again now.
    h.clock.advance(30 * 60_000);
    await h.drain();

    const thread = h.fake.threadOf(card).map((message) => message.text);
    expect(thread.length).toBeGreaterThan(1);
    expect(
      thread.filter((text, i) => thread.indexOf(text) !== i),
      'posted twice',
    ).toEqual([]);
    // Every phase message is the one the bot keeps up to date.
    const deployment = (await h.bot.store.deployments.listOpenInChannel('T0TEST', CHANNEL)).find(
      (d) => d.service === 'blip-svc',
    );
    const parts = await h.bot.store.messages.parts(deployment!.id);
    expect(parts.filter((part) => part.part !== 'card').map((part) => part.ts)).toEqual(
      h.fake.threadOf(card).map((message) => message.ts),
    );
  }, 90_000);
});

describe('a database that is down at startup', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  beforeAll(async () => {
    database = await createTestDatabase();
    proxy = await startTcpProxy(SERVER);
  });
  afterAll(async () => {
    await proxy?.close();
    await database?.drop();
  });

  async function envFor(waitSeconds: number) {
    const fake = await startFakeSlack();
    const env = {
      ...botEnvFor(fake, { databaseUrl: throughProxy(database.url, proxy), signingSecret: SIGNING_SECRET }),
      DATABASE_STARTUP_WAIT_SECONDS: String(waitSeconds),
    };
    return { fake, env };
  }

  it('is waited for, each retry logged with its reason, and the bot starts once it answers', async () => {
    proxy.cut();
    const { fake, env } = await envFor(120);
    const bot = spawnBotProcess(env);
    try {
      const retry = (entry: Record<string, unknown>) => entry.message === 'the database is unreachable; retrying';
      await bot.waitForLog((entry) => bot.logs.filter(retry).length >= 2 && retry(entry), 90_000);
      const first = bot.logs.find(retry) as Record<string, unknown>;
      expect(first.level).toBe('warn');
      expect(first.database).toBe(`postgresql://127.0.0.1:${proxy.port}${new URL(database.url).pathname}`);
      expect(String(first.reason)).toMatch(/Connection terminated|ECONNRESET|ConnectionClosed/);
      proxy.restore();
      await bot.waitForLog((entry) => entry.message === 'deploy-checklist is running', 60_000);
    } finally {
      bot.child.kill('SIGKILL');
      await bot.exited;
      await fake.close();
    }
  }, 180_000);

  it('is given up on after DATABASE_STARTUP_WAIT_SECONDS with exit code 1 and a message that says what to check', async () => {
    proxy.cut();
    const { fake, env } = await envFor(2);
    const bot = spawnBotProcess(env);
    try {
      expect(await bot.exited).toBe(1);
      const last = bot.logs.filter((entry) => entry.level === 'error').at(-1);
      expect(last?.message).toMatch(
        /^deploy-checklist cannot start: the database at postgresql:\/\/127\.0\.0\.1:\d+\/dc_test_\w+ did not answer for 2 s \(.+\)\. Check that it is running and that DATABASE_URL points at it/,
      );
      expect(bot.logs.some((entry) => entry.message === 'deploy-checklist is running')).toBe(false);
    } finally {
      await fake.close();
    }
  }, 180_000);
});

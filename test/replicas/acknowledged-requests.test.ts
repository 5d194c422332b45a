import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/create-store.ts';
import { botEnvFor, CHANNEL, findItem, lastCard, SIGNING_SECRET } from '../support/bot-harness.ts';
import { type BotProcess, freshJournalPath, startBotProcess } from '../support/bot-process.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';
import { createTestDatabase, POSTGRES_ADMIN_URL } from '../support/postgres.ts';
import { createSlackClient } from '../support/signed-requests.ts';
import { startTcpProxy, type TcpProxy, throughProxy } from '../support/tcp-proxy.ts';

const OWNER = 'U0OWNER';
const TICKS = Array.from({ length: 20 }, (_, i) => `item-${String(i + 1).padStart(2, '0')}`);

/**
 * The production process (core in its own thread, acks before the work) killed with SIGKILL right after Slack got
 * its acks. The database is held silent through a proxy while the requests arrive, so none of their changes can
 * have been stored when the process dies: what the restarted bot shows comes from the journal alone.
 */
describe('a request Slack saw acknowledged survives kill -9 right after the ack', () => {
  let fake: FakeSlack;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let proxy: TcpProxy;
  let env: Record<string, string>;
  let bot: BotProcess | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    const admin = new URL(POSTGRES_ADMIN_URL);
    proxy = await startTcpProxy({ host: admin.hostname, port: Number(admin.port || 5432) });
    fake = await startFakeSlack({ channels: [CHANNEL] });
    env = {
      ...botEnvFor(fake, { databaseUrl: throughProxy(database.url, proxy), signingSecret: SIGNING_SECRET }),
      // One journal for both lives of this replica: the restart reads what the killed process left.
      REQUEST_JOURNAL: freshJournalPath(),
      LOG_LEVEL: 'info',
      SWEEP_INTERVAL_SECONDS: '1',
      // A render the killed process had claimed is taken over once its lease ends: ten seconds here, not the
      // default (the probe deadline plus a minute), which could outlast the waits below.
      PROBE_DEADLINE_MS: '5000',
      JOB_LEASE_SECONDS: '10',
    };
  });
  afterAll(async () => {
    bot?.child.kill('SIGKILL');
    await bot?.exited;
    await fake?.close();
    await proxy?.close();
    await database?.drop();
  });

  const until = async (condition: () => boolean | Promise<boolean>, what: string) => {
    for (let waited = 0; !(await condition()); waited += 50) {
      if (waited > 60_000) throw new Error(`timed out waiting for ${what}`);
      await sleep(50);
    }
  };

  it('finds every acknowledged tick and start after the restart', { timeout: 240_000 }, async () => {
    bot = await startBotProcess(env);
    const slack = createSlackClient({
      baseUrl: `http://127.0.0.1:${bot.port}`,
      signingSecret: SIGNING_SECRET,
      fakeSlack: fake,
    });
    await slack.command({ text: 'start big-svc v1 --template big-phase', userId: OWNER, channelId: CHANNEL });
    await until(() => lastCard(fake) !== undefined && fake.threadOf(lastCard(fake)!.ts).length >= 2, 'the thread');
    const parent = lastCard(fake)!.ts;
    const clicks = TICKS.map((itemKey) => {
      const { message, block } = findItem(fake, parent, itemKey);
      return {
        userId: 'U0ALICE',
        channelId: CHANNEL,
        messageTs: message.ts,
        threadTs: parent,
        actionId: block.accessory?.action_id as string,
        value: block.accessory?.value,
        blockId: block.block_id,
      };
    });

    // The database goes silent: the core can store nothing, but the acks must still come.
    proxy.pause();
    const answers = await Promise.all([
      ...clicks.map((click) => slack.blockAction(click)),
      slack.command({ text: 'start other-svc v2 --template small-service', userId: OWNER, channelId: CHANNEL }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
    bot.child.kill('SIGKILL');
    await bot.exited;
    proxy.restore();

    const stored = async () => {
      const opened = await openDatabase(database.url);
      try {
        return {
          ticked: (await opened.db.itemState.findMany({ where: { done: true } })).map((row) => row.itemKey).sort(),
          services: (await opened.db.deployment.findMany()).map((row) => row.service).sort(),
        };
      } finally {
        await opened.close();
      }
    };
    // Nothing had reached the database when the process died.
    expect(await stored()).toEqual({ ticked: [], services: ['big-svc'] });

    bot = await startBotProcess(env);
    expect(
      bot.logs.find((entry) => entry.message === 'replaying requests acknowledged before the last stop'),
    ).toMatchObject({ count: TICKS.length + 1 });
    expect(await stored()).toEqual({ ticked: TICKS, services: ['big-svc', 'other-svc'] });
    // The second start's thread is posted, and the ticks show in Slack as ticked by the person who clicked.
    await until(
      () => fake.callsTo('chat.postMessage').some((call) => JSON.stringify(call.args).includes('other-svc')),
      'the second card',
    );
    await until(
      () => TICKS.every((itemKey) => JSON.stringify(findItem(fake, parent, itemKey).block).includes('U0ALICE')),
      'the ticks to show in the thread',
    );

    // A second restart replays nothing and changes nothing: each request was applied once.
    bot.child.kill('SIGTERM');
    await bot.exited;
    bot = await startBotProcess(env);
    expect(bot.logs.some((entry) => entry.message === 'replaying requests acknowledged before the last stop')).toBe(
      false,
    );
    const opened = await openDatabase(database.url);
    try {
      const audit = await opened.db.auditEvent.findMany({ where: { action: 'item-ticked' } });
      expect(audit).toHaveLength(TICKS.length);
    } finally {
      await opened.close();
    }
  });
});

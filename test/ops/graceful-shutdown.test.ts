import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/create-store.ts';
import { botEnvFor, CHANNEL, lastCard, SIGNING_SECRET } from '../support/bot-harness.ts';
import { type BotProcess, getFromBot, startBotProcess } from '../support/bot-process.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';
import { createSlackClient } from '../support/signed-requests.ts';
import { createFreshDatabase, type TestDatabase } from '../support/test-database.ts';

// The process under test is the real entry point, on the store of the test project; its jobs are read after exit.
describe('stopping the bot with a signal', () => {
  let fake: FakeSlack;
  let database: TestDatabase;
  let bot: BotProcess | undefined;

  beforeEach(async () => {
    fake = await startFakeSlack({ channels: [CHANNEL] });
    database = await createFreshDatabase();
  });
  afterEach(async () => {
    bot?.child.kill('SIGKILL');
    await bot?.exited;
    bot = undefined;
    await fake.close();
    await database.drop();
  });

  const start = (env: Record<string, string>) =>
    startBotProcess({
      ...botEnvFor(fake, { databaseUrl: database.url, signingSecret: SIGNING_SECRET }),
      LOG_LEVEL: 'info',
      ...env,
    });
  const jobs = async () => {
    const opened = await openDatabase(database.url);
    try {
      return await opened.db.job.findMany({
        select: { kind: true, claimedBy: true, doneAt: true, attempts: true },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
    } finally {
      await opened.close();
    }
  };
  const slackFor = (running: BotProcess) =>
    createSlackClient({ baseUrl: `http://127.0.0.1:${running.port}`, signingSecret: SIGNING_SECRET, fakeSlack: fake });
  const until = async (condition: () => boolean, what: string) => {
    for (let waited = 0; !condition(); waited += 20) {
      if (waited > 20_000) throw new Error(`timed out waiting for ${what}`);
      await sleep(20);
    }
  };

  it('stops taking requests, finishes the Slack call it is making, and exits 0', { timeout: 120_000 }, async () => {
    bot = await start({ SHUTDOWN_TIMEOUT_SECONDS: '20' });
    const slack = slackFor(bot);
    await slack.command({ text: 'start calm-svc v1 --template small-service', userId: 'U0OWNER', channelId: CHANNEL });
    await until(() => (lastCard(fake) ? fake.threadOf(lastCard(fake)?.ts as string).length : 0) >= 4, 'the thread');
    const parent = lastCard(fake)?.ts as string;
    // The tick's re-render is in flight when the signal arrives.
    fake.delayAnswers('chat.update', 1500);
    const phase = fake.threadOf(parent)[0];
    await slack.blockAction({
      userId: 'U0ALICE',
      channelId: CHANNEL,
      messageTs: phase?.ts as string,
      threadTs: parent,
      actionId: findTickAction(phase?.blocks ?? [], 'tests-green').actionId,
      value: findTickAction(phase?.blocks ?? [], 'tests-green').value,
      blockId: 'item:tests-green',
    });
    await until(() => fake.unanswered('chat.update') > 0, 'the re-render to reach Slack');

    bot.child.kill('SIGTERM');
    await bot.waitForLog((entry) => entry.message === 'shutting down: no new requests; finishing running work');
    // New requests are refused while the running work finishes.
    await until(() => fake.unanswered('chat.update') > 0, 'the update to be still running');
    expect(await getFromBot(bot.port, '/health')).toBeUndefined();

    expect(await bot.exited, JSON.stringify(bot.logs)).toBe(0);
    expect(bot.logs.some((entry) => entry.message === 'stopped')).toBe(true);
    const update = fake.callsTo('chat.update').find((call) => JSON.stringify(call.args).includes('ticked by'));
    expect(update?.response.ok).toBe(true);
    // Nothing is left claimed: work requested while the update ran (a re-render) waits, unclaimed, for the next start.
    expect((await jobs()).filter((job) => job.doneAt === null && job.claimedBy !== null)).toEqual([]);
  });

  it('after the timeout, hands back the jobs it had not started and exits', { timeout: 120_000 }, async () => {
    bot = await start({ SHUTDOWN_TIMEOUT_SECONDS: '1' });
    // The card's post hangs; the phases are claimed in the same batch and wait behind it.
    fake.delayAnswers('chat.postMessage', 60_000);
    await slackFor(bot).command({
      text: 'start stuck-svc v1 --template small-service',
      userId: 'U0OWNER',
      channelId: CHANNEL,
    });
    await until(() => fake.unanswered('chat.postMessage') > 0, 'the card post to reach Slack');

    bot.child.kill('SIGTERM');
    expect(await bot.exited, JSON.stringify(bot.logs)).toBe(0);
    const byKind = Object.fromEntries((await jobs()).map((job) => [job.kind, job]));
    // The running post keeps its lease (another replica or the next start takes it over when it expires)…
    expect(byKind['post-card']).toMatchObject({ doneAt: null, attempts: 1 });
    expect(byKind['post-card']?.claimedBy).not.toBeNull();
    // …the waiting one is free at once, its attempt not counted.
    expect(byKind['post-phases']).toMatchObject({ doneAt: null, claimedBy: null, attempts: 0 });
    expect(bot.logs.find((entry) => entry.message === 'stopped the scheduler')).toMatchObject({
      releasedClaims: 1,
      stillRunning: 1,
    });
  });

  it('exits at once on a second signal', { timeout: 120_000 }, async () => {
    bot = await start({ SHUTDOWN_TIMEOUT_SECONDS: '60' });
    fake.delayAnswers('chat.postMessage', 60_000);
    await slackFor(bot).command({
      text: 'start slow-svc v1 --template small-service',
      userId: 'U0OWNER',
      channelId: CHANNEL,
    });
    await until(() => fake.unanswered('chat.postMessage') > 0, 'the card post to reach Slack');

    bot.child.kill('SIGTERM');
    await bot.waitForLog((entry) => entry.message === 'shutting down: no new requests; finishing running work');
    bot.child.kill('SIGTERM');
    expect(await bot.exited, JSON.stringify(bot.logs)).toBe(143);
    expect(bot.logs.some((entry) => entry.message === 'second signal: exiting without waiting')).toBe(true);
  });
});

type Block = { block_id?: string; accessory?: { action_id: string; value: string } };

function findTickAction(blocks: unknown[], itemKey: string): { actionId: string; value: string } {
  const block = (blocks as Block[]).find((b) => b.block_id === `item:${itemKey}`);
  if (!block?.accessory) throw new Error(`no button for ${itemKey}`);
  return { actionId: block.accessory.action_id, value: block.accessory.value };
}

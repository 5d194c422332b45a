// Two replicas of the real bot on one PostgreSQL database with a short lease and the default post interval: ten
// deployments opened at once in one channel queue their cards and phases behind the channel's post pacer for far
// longer than the lease. The worker's heartbeat renews the lease of every job it holds while it waits, so the other
// replica never takes a waiting job over and posts it a second time.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Database_, openDatabase } from '../../src/store/create-store.ts';
import { botEnvFor, SIGNING_SECRET } from '../support/bot-harness.ts';
import { type BotProcess, startBotProcess } from '../support/bot-process.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';
import { createTestDatabase } from '../support/postgres.ts';
import { createSlackClient, type SlackTestClient } from '../support/signed-requests.ts';

const BACKLOG_CHANNEL = 'C0BACKLOG';
/** Seconds: far shorter than the ~30 s the backlog takes to post at one post per 1.1 s per replica. */
const LEASE_SECONDS = 3;
const DEPLOYMENTS = 10;
/** The small-service fixture template's phases: each is one thread message. */
const PHASES = 4;
const START_MS = 240_000;

type Replica = { process: BotProcess; slack: SlackTestClient };

describe('two replicas with a short lease and a one-channel backlog', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let fake: FakeSlack;
  let db: Database_;
  let replicas: Replica[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    fake = await startFakeSlack({ channels: [BACKLOG_CHANNEL] });
    const env = withoutPacingOverride({
      ...botEnvFor(fake, { databaseUrl: database.url, signingSecret: SIGNING_SECRET }),
      SWEEP_INTERVAL_SECONDS: '1',
      JOB_LEASE_SECONDS: String(LEASE_SECONDS),
      PROBE_TIMEOUT_MS: '1000',
      PROBE_DEADLINE_MS: '2000',
    });
    // Without POST_INTERVAL_MS each replica spaces its posts in a channel by the default 1.1 s.
    const started = await Promise.all([
      startBotProcess(env, { startTimeoutMs: START_MS }),
      startBotProcess(env, { startTimeoutMs: START_MS }),
    ]);
    replicas = started.map((process) => ({
      process,
      slack: createSlackClient({
        baseUrl: `http://127.0.0.1:${process.port}`,
        signingSecret: SIGNING_SECRET,
        fakeSlack: fake,
      }),
    }));
    db = await openDatabase(database.url, { poolSize: 2 });
  }, START_MS + 30_000);

  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.process.child.kill('SIGKILL')));
    await Promise.all(replicas.map((r) => r.process.exited));
    await db?.close();
    await fake?.close();
    await database?.drop();
  });

  it('posts every card and phase message exactly once, however long they wait for the channel', async () => {
    const answers = await Promise.all(
      Array.from({ length: DEPLOYMENTS }, (_, d) =>
        (replicas[d % 2] as Replica).slack.command({
          text: `start backlog-${d} v1 --template small-service`,
          userId: 'U0OWNER',
          channelId: BACKLOG_CHANNEL,
        }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));

    const posts = () =>
      fake
        .callsTo('chat.postMessage')
        .filter((call) => call.args.channel === BACKLOG_CHANNEL && call.response.ok)
        .map((call) => String(call.args.text));
    const expected = DEPLOYMENTS * (1 + PHASES);
    await vi.waitFor(
      async () => {
        const posting = await db.db.job.count({
          where: { kind: { in: ['post-card', 'post-phases'] }, doneAt: null, failedAt: null },
        });
        expect(posting).toBe(0);
        expect(posts().length).toBeGreaterThanOrEqual(expected);
      },
      { timeout: 150_000, interval: 500 },
    );
    // Each card and phase message names its deployment, so every text is posted once.
    const texts = posts();
    expect(
      texts.filter((text, i) => texts.indexOf(text) !== i),
      'posted twice',
    ).toEqual([]);
    expect(texts).toHaveLength(expected);
    // The wait was longer than the lease: the test would prove nothing otherwise.
    const spanMs = (() => {
      const times = fake
        .callsTo('chat.postMessage')
        .filter((call) => call.args.channel === BACKLOG_CHANNEL)
        .map((call) => call.at);
      return Math.max(...times) - Math.min(...times);
    })();
    expect(spanMs).toBeGreaterThan(LEASE_SECONDS * 1000 * 2);
    // Every phase message is the one the bot keeps up to date.
    const rows = await db.db.slackMessage.findMany({ where: { channelId: BACKLOG_CHANNEL } });
    expect(rows.filter((row) => row.ts === null)).toEqual([]);
    expect(rows).toHaveLength(expected);
  }, 200_000);
});

/** The bot's test environment without the POST_INTERVAL_MS=0 tests set: posts are paced by the default interval. */
function withoutPacingOverride(env: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter(([name]) => name !== 'POST_INTERVAL_MS'));
}

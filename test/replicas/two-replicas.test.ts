// Two replicas of the real bot (src/main.ts), each in its own process, on one PostgreSQL database: both serve
// signed Slack requests, both run the scheduler, both talk to one fake Slack in this process. What a team running
// two replicas behind a load balancer relies on: no click is lost, no job is posted twice, and a replica that dies
// holding work has it taken over.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Database_, openDatabase } from '../../src/store/create-store.ts';
import { loadTemplates } from '../../src/templates/load-templates.ts';
import {
  botEnvFor,
  CHANNEL,
  clickItem,
  FIXTURE_TEMPLATES,
  findItem,
  lastCard,
  SIGNING_SECRET,
} from '../support/bot-harness.ts';
import { type BotProcess, getFromBot, startBotProcess } from '../support/bot-process.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';
import { createTestDatabase } from '../support/postgres.ts';
import { createSlackClient, type SlackTestClient } from '../support/signed-requests.ts';

const SWEEP_CHANNEL = 'C0SWEEP';
const HOLD_CHANNEL = 'C0HOLD';
/** Short enough for the takeover test to wait it out, long enough that a live replica never loses a claim. */
const LEASE_SECONDS = 8;
const START_MS = 240_000;

type Replica = { process: BotProcess; slack: SlackTestClient };

describe('two replicas on one PostgreSQL database', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let fake: FakeSlack;
  let db: Database_;
  let a: Replica;
  let b: Replica;
  let smallTemplate: string;
  let threads = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    fake = await startFakeSlack({ channels: [CHANNEL, SWEEP_CHANNEL, HOLD_CHANNEL] });
    const env = {
      ...botEnvFor(fake, { databaseUrl: database.url, signingSecret: SIGNING_SECRET }),
      SWEEP_INTERVAL_SECONDS: '1',
      JOB_LEASE_SECONDS: String(LEASE_SECONDS),
      // Room for all 60 posts of the takeover test to be on the wire at once, so the kill leaves each one mid-post.
      OUTBOX_CONCURRENCY: '64',
      PROBE_TIMEOUT_MS: '4000',
      PROBE_DEADLINE_MS: '5000',
    };
    // Started together: they also race to migrate the empty database, which the advisory lock settles.
    const [first, second] = await Promise.all([
      startBotProcess(env, { startTimeoutMs: START_MS }),
      startBotProcess(env, { startTimeoutMs: START_MS }),
    ]);
    const replica = (process: BotProcess): Replica => ({
      process,
      slack: createSlackClient({
        baseUrl: `http://127.0.0.1:${process.port}`,
        signingSecret: SIGNING_SECRET,
        fakeSlack: fake,
      }),
    });
    a = replica(first);
    b = replica(second);
    db = await openDatabase(database.url, { poolSize: 2 });
    const catalog = await loadTemplates([FIXTURE_TEMPLATES]);
    smallTemplate = JSON.stringify(catalog.templates.get('small-service')?.template);
  }, START_MS + 30_000);

  afterAll(async () => {
    await Promise.all([a?.process.child.kill('SIGKILL'), b?.process.child.kill('SIGKILL')]);
    await Promise.all([a?.process.exited, b?.process.exited]);
    await db?.close();
    await fake?.close();
    await database?.drop();
  });

  /** Which replica holds (or held) a claim: the worker id names the process. */
  const replicaOf = (claimedBy: string | null) => [a, b].find((r) => claimedBy?.includes(`-${r.process.child.pid}-`));

  /**
   * Deployments whose thread already exists in Slack, each with `perDeployment` thread posts due a minute ago:
   * written straight to the database, as work that fell due while nobody was looking.
   */
  async function dueThreadPosts(channel: string, deployments: number, perDeployment: number) {
    const now = new Date();
    const rows = Array.from({ length: deployments }, () => {
      threads += 1;
      const ts = `1800000000.${String(threads).padStart(6, '0')}`;
      fake.messages.set(ts, { channel, ts, text: 'card', blocks: [], user: fake.botUserId, updates: 0 });
      return { id: `dep_${channel}_${threads}`, threadTs: ts };
    });
    await db.db.deployment.createMany({
      data: rows.map((row, n) => ({
        id: row.id,
        teamId: fake.teamId,
        channelId: channel,
        service: `svc-${channel.toLowerCase()}-${n}`,
        version: 'v1',
        environment: 'production',
        ownerId: 'U0OWNER',
        status: 'verifying',
        templateName: 'small-service',
        templateHash: 'test',
        templateJson: smallTemplate,
        threadTs: row.threadTs,
        createdAt: now,
        updatedAt: now,
      })),
    });
    const jobs = rows.flatMap((row) =>
      Array.from({ length: perDeployment }, (_, k) => ({
        id: `job_${row.id}_${k}`,
        deploymentId: row.id,
        kind: 'post-thread-message',
        payloadJson: JSON.stringify({ text: `post ${k} of ${row.id}` }),
        dueAt: new Date(now.getTime() - 60_000),
        createdAt: now,
      })),
    );
    await db.db.job.createMany({ data: jobs });
    return { rows, jobs };
  }

  /** How many times each text was posted to a channel (0 for expected texts never posted). */
  function postsPerText(channel: string, expected: string[]): Map<string, number> {
    const counts = new Map(expected.map((text) => [text, 0]));
    for (const call of fake.callsTo('chat.postMessage')) {
      if (call.args.channel !== channel || !call.response.ok) continue;
      const text = String(call.args.text);
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    return counts;
  }

  it('both answer /health and serve signed requests', async () => {
    expect(await getFromBot(a.process.port, '/health')).toBe(200);
    expect(await getFromBot(b.process.port, '/health')).toBe(200);
    expect(a.process.child.pid).not.toBe(b.process.child.pid);
  });

  it('records every one of 24 concurrent clicks on one deployment, alternating between the replicas', async () => {
    const started = await a.slack.command({
      text: 'start clicks-svc v1 --template big-phase',
      userId: 'U0OWNER',
      channelId: CHANNEL,
    });
    expect(started.status).toBe(200);
    let parent = '';
    await vi.waitFor(
      () => {
        parent = lastCard(fake)?.ts as string;
        findItem(fake, parent, 'item-24');
      },
      { timeout: 30_000, interval: 100 },
    );
    const keys = Array.from({ length: 24 }, (_, i) => `item-${String(i + 1).padStart(2, '0')}`);
    const clicker = (i: number) => `U0CLICK${String(i).padStart(2, '0')}`;
    // A click on A, one on B, one on A…, all in flight at once: the replicas race on the deployment's revision.
    const answers = await Promise.all(
      keys.map((key, i) => clickItem({ fake, slack: (i % 2 === 0 ? a : b).slack }, parent, key, clicker(i))),
    );
    expect(answers.map((answer) => answer.status)).toEqual(keys.map(() => 200));

    await vi.waitFor(
      () => {
        for (const [i, key] of keys.entries())
          expect(findItem(fake, parent, key).block.text?.text, key).toContain(`ticked by <@${clicker(i)}>`);
      },
      { timeout: 30_000, interval: 200 },
    );
    const deployment = await db.db.deployment.findFirstOrThrow({ where: { service: 'clicks-svc' } });
    const ticks = await db.db.auditEvent.findMany({ where: { deploymentId: deployment.id, action: 'item-ticked' } });
    expect(new Map(ticks.map((tick) => [tick.itemKey, tick.actor]))).toEqual(
      new Map(keys.map((key, i) => [key, clicker(i)])),
    );
    expect(ticks).toHaveLength(keys.length);
    // Nobody was told to try again: no click was refused as busy.
    expect([...fake.ephemerals.values()].filter((e) => e.user.startsWith('U0CLICK'))).toEqual([]);
  });

  it('posts each of 1,000 due thread posts across 100 deployments exactly once while both replicas sweep', async () => {
    const { jobs } = await dueThreadPosts(SWEEP_CHANNEL, 100, 10);
    const texts = jobs.map((job) => (JSON.parse(job.payloadJson) as { text: string }).text);
    const ids = jobs.map((job) => job.id);
    await vi.waitFor(
      async () => expect(await db.db.job.count({ where: { id: { in: ids }, doneAt: { not: null } } })).toBe(1000),
      { timeout: 120_000, interval: 500 },
    );
    const counts = postsPerText(SWEEP_CHANNEL, texts);
    expect(
      [...counts].filter(([, n]) => n > 1).map(([text]) => text),
      'posted more than once',
    ).toEqual([]);
    expect(
      [...counts].filter(([, n]) => n === 0).map(([text]) => text),
      'never posted',
    ).toEqual([]);
    // Both replicas took part: each posted some of them.
    const done = await db.db.job.findMany({ where: { id: { in: ids } }, select: { claimedBy: true } });
    const byReplica = new Set(done.map((job) => replicaOf(job.claimedBy)?.process.child.pid));
    expect([...byReplica].sort()).toEqual([a.process.child.pid, b.process.child.pid].sort());
  }, 180_000);

  it('hands the jobs of a replica killed mid-post to the other once their leases expire, and posts none twice', async () => {
    // Posts to this channel hang until released: whoever claims a job is mid-post, holding its claim.
    const hold = fake.hold((method, args) => method === 'chat.postMessage' && args.channel === HOLD_CHANNEL);
    const { rows, jobs } = await dueThreadPosts(HOLD_CHANNEL, 60, 1);
    const ids = jobs.map((job) => job.id);
    const claimed = () => db.db.job.findMany({ where: { id: { in: ids }, claimedBy: { not: null }, doneAt: null } });
    await vi.waitFor(
      async () => {
        expect((await claimed()).length).toBe(jobs.length);
        expect(hold.waiting).toBe(jobs.length);
      },
      { timeout: 30_000, interval: 100 },
    );
    const claims = await claimed();
    const count = (r: Replica) => claims.filter((job) => replicaOf(job.claimedBy) === r).length;
    const [victim, survivor] = count(a) >= count(b) ? [a, b] : [b, a];
    const victimJobs = claims.filter((job) => replicaOf(job.claimedBy) === victim).map((job) => job.id);
    expect(victimJobs.length).toBeGreaterThan(0);

    victim.process.child.kill('SIGKILL');
    await victim.process.exited;
    // Its posts were on the wire when it died: Slack never got them.
    await vi.waitFor(() => expect(hold.dropped).toHaveLength(victimJobs.length), { timeout: 10_000 });
    hold.release();

    await vi.waitFor(
      async () => expect(await db.db.job.count({ where: { id: { in: ids }, doneAt: { not: null } } })).toBe(60),
      { timeout: 60_000, interval: 250 },
    );
    const taken = await db.db.job.findMany({ where: { id: { in: victimJobs } } });
    expect(taken.map((job) => replicaOf(job.claimedBy)?.process.child.pid)).toEqual(
      victimJobs.map(() => survivor.process.child.pid),
    );
    // Claimed twice (by the victim, then by the survivor once the lease ran out), posted once.
    expect(taken.map((job) => job.attempts)).toEqual(victimJobs.map(() => 2));
    for (const row of rows) {
      const posts = fake.threadOf(row.threadTs).map((message) => message.text);
      expect(posts, row.id).toEqual([`post 0 of ${row.id}`]);
    }
    expect(await getFromBot(survivor.process.port, '/health')).toBe(200);
  }, 120_000);
});

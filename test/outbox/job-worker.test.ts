import { fork } from 'node:child_process';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Job } from '../../src/generated/sqlite/index.js';
import { createLogger } from '../../src/logger.ts';
import { createCoreMetrics } from '../../src/metrics/bot-metrics.ts';
import { ChannelPacer } from '../../src/outbox/channel-pacer.ts';
import { backoffMs, DONE, type JobHandler, JobWorker, type JobWorkerOptions } from '../../src/outbox/job-worker.ts';
import { takePostSlot } from '../../src/outbox/lease-guard.ts';
import { type Database_, type Db, openDatabase } from '../../src/store/create-store.ts';
import { claimDueJobs, completeJob, enqueueJob, jobQueue } from '../../src/store/job-repository.ts';
import { bareDeploymentRow } from '../support/deployment-row.ts';
import { createFreshDatabase, TEST_DATABASE, type TestDatabase } from '../support/test-database.ts';
import type { ReplicaReply, ReplicaRequest } from './replica-process.ts';

const START = new Date('2026-06-01T10:00:00.000Z');
const DEPLOYMENTS = 20;

/** A clock the tests move by hand: leases, backoff and due times are all decided against it. */
class Clock {
  private ms = START.getTime();
  now = (): Date => new Date(this.ms);
  advance(ms: number): void {
    this.ms += ms;
  }
}

function deploymentId(n: number): string {
  return `dep_${String(n).padStart(3, '0')}`;
}

// createMany writes only the columns given and returns nothing, so the rows need only the required columns.
async function insertDeployments(db: Db, count: number): Promise<void> {
  await db.deployment.createMany({
    data: Array.from({ length: count }, (_, n) =>
      bareDeploymentRow(deploymentId(n), { channelId: 'C0JOBS', service: `svc-${n}`, at: START }),
    ),
  });
}

async function insertJobs(db: Db, count: number, dueAt: Date, kind = 'post'): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, n) => `job_${kind}_${String(n).padStart(4, '0')}`);
  await db.job.createMany({
    data: ids.map((id, n) => ({
      id,
      deploymentId: deploymentId(n % DEPLOYMENTS),
      kind,
      payloadJson: JSON.stringify({ n }),
      dueAt,
      createdAt: START,
    })),
  });
  return ids;
}

type ReplicaProcess = { kick: (now: Date) => Promise<number>; ran: string[]; close: () => Promise<void> };

/** Starts the second replica as its own process (see replica-process.ts for why) on the same database. */
async function startReplicaProcess(url: string, workerId: string, batchSize: number): Promise<ReplicaProcess> {
  const child = fork(new URL('./replica-process.ts', import.meta.url), [url, workerId, String(batchSize)], {
    execArgv: ['--import', 'jiti/register'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ran: string[] = [];
  let waiting: { type: ReplicaReply['type']; resolve: (reply: ReplicaReply) => void } | undefined;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.on('message', (reply: ReplicaReply) => {
    if (reply.type === 'ran') ran.push(reply.id);
    if (waiting?.type === reply.type) waiting.resolve(reply);
  });
  const next = (type: ReplicaReply['type']) =>
    new Promise<ReplicaReply>((resolve, reject) => {
      waiting = { type, resolve };
      void exited.then(() => reject(new Error(`replica ${workerId} exited while waiting for "${type}"`)));
    });
  const send = (request: ReplicaRequest) => child.send(request);
  await next('ready');
  return {
    ran,
    kick: async (now) => {
      const reply = next('kicked');
      send({ type: 'kick', now: now.toISOString() });
      const kicked = await reply;
      return kicked.type === 'kicked' ? kicked.count : 0;
    },
    close: async () => {
      send({ type: 'close' });
      await exited;
    },
  };
}

/**
 * The per-channel post pacer with its waits held by the test: a post that has to wait for its slot sleeps until
 * release(), as a real one sleeps for a second. Nothing depends on how long anything takes.
 */
function heldPacer(clock: Clock) {
  const sleepers: Array<() => void> = [];
  let released = false;
  const pacer = new ChannelPacer(
    1100,
    () => clock.now().getTime(),
    () =>
      released
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            sleepers.push(resolve);
          }),
  );
  return {
    pacer,
    sleeping: () => sleepers.length,
    release: () => {
      released = true;
      for (const wake of sleepers.splice(0)) wake();
    },
  };
}

/** A handler that posts (paced per channel, like chat.postMessage) or updates (not paced, like chat.update). */
function slackLikeHandler(pacer: ChannelPacer, sent: string[]): JobHandler {
  return async (_job, payload) => {
    const { channel, text, method } = payload as { channel: string; text: string; method: 'post' | 'update' };
    if (method === 'post') await pacer.acquire(channel);
    sent.push(`${channel} ${text}`);
    return DONE;
  };
}

/** A promise the test settles by hand. */
function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

const silent = createLogger('error', { write: () => undefined });

describe(`JobWorker on ${TEST_DATABASE}`, () => {
  let database: TestDatabase;
  // Two clients on one database, as two replicas would have.
  let replicaA: Database_;
  let replicaB: Database_;
  let clock: Clock;

  beforeAll(async () => {
    database = await createFreshDatabase();
    replicaA = await openDatabase(database.url);
    replicaB = await openDatabase(database.url);
    await insertDeployments(replicaA.db, DEPLOYMENTS);
  });
  afterAll(async () => {
    await replicaA?.close();
    await replicaB?.close();
    await database?.drop();
  });
  beforeEach(() => {
    clock = new Clock();
  });
  afterEach(async () => {
    await replicaA.db.job.deleteMany({});
  });

  function worker(
    db: Db,
    workerId: string,
    handlers: Record<string, JobHandler>,
    extra: Partial<JobWorkerOptions> = {},
  ) {
    return new JobWorker({
      jobs: jobQueue(db),
      handlers,
      now: clock.now,
      logger: silent,
      maxAttempts: 3,
      workerId,
      ...extra,
    });
  }

  it('two replicas sweeping 500 due jobs run each exactly once', async () => {
    const ids = await insertJobs(replicaA.db, 500, clock.now());
    const ranByA: string[] = [];
    const a = worker(
      replicaA.db,
      'replica-a',
      {
        post: async (job) => {
          ranByA.push(job.id);
          // The race starts once the other replica is sweeping too: on a loaded machine its process can take longer
          // to get going than this one takes to drain all 500 on its own.
          if (ranByA.length === 1) await untilClaimedBy('replica-b');
          // Let the other replica's queries land between this one's, as a Slack call would.
          await yieldToLoop();
          return DONE;
        },
      },
      { batchSize: 25 },
    );
    const untilClaimedBy = async (workerId: string) => {
      for (const giveUp = Date.now() + 15_000; Date.now() < giveUp; await new Promise((r) => setTimeout(r, 10))) {
        if ((await replicaA.db.job.count({ where: { claimedBy: workerId } })) > 0) return;
      }
    };
    const b = await startReplicaProcess(database.url, 'replica-b', 25);
    try {
      const [countA, countB] = await Promise.all([a.kick(), b.kick(clock.now())]);
      expect(countA).toBe(ranByA.length);
      expect(countB).toBe(b.ran.length);
    } finally {
      await b.close();
    }

    const runs = [...ranByA, ...b.ran];
    expect(runs).toHaveLength(500);
    expect(new Set(runs)).toEqual(new Set(ids));
    const rows = await replicaB.db.job.findMany({});
    expect(rows.filter((row) => row.doneAt === null)).toEqual([]);
    expect(rows.every((row) => row.attempts === 1 && row.failedAt === null)).toBe(true);
    // A replica that loses a batch to the other keeps sweeping instead of stopping while jobs are still due.
    expect(new Set(rows.map((row) => row.claimedBy))).toEqual(new Set(['replica-a', 'replica-b']));
  });

  it('keeps the jobs of one deployment in due order', async () => {
    const order: number[] = [];
    for (let n = 0; n < 5; n++) {
      await enqueueJob(
        replicaA.db,
        {
          deploymentId: deploymentId(0),
          kind: 'post',
          dueAt: new Date(START.getTime() - (5 - n) * 1000),
          payload: { n },
        },
        clock.now(),
      );
    }
    const a = worker(replicaA.db, 'replica-a', {
      post: async (_job, payload) => {
        order.push(payload.n as number);
        await yieldToLoop();
        return DONE;
      },
    });
    await a.kick();
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it('a job whose worker died is taken over by the other replica once the lease expires', async () => {
    const [id] = await insertJobs(replicaA.db, 1, clock.now());
    // Replica A claims the job and dies before completing it.
    const claimed = await claimDueJobs(replicaA.db, {
      workerId: 'replica-a',
      now: clock.now(),
      leaseMs: 60_000,
      limit: 10,
    });
    expect(claimed.map((job) => job.id)).toEqual([id]);

    const ran: string[] = [];
    const b = worker(
      replicaB.db,
      'replica-b',
      {
        post: async (job) => {
          ran.push(job.id);
          return DONE;
        },
      },
      { leaseMs: 60_000 },
    );
    clock.advance(59_999);
    expect(await b.kick()).toBe(0);
    clock.advance(2);
    expect(await b.kick()).toBe(1);

    expect(ran).toEqual([id]);
    const row = await replicaA.db.job.findUniqueOrThrow({ where: { id: id! } });
    expect(row).toMatchObject({ claimedBy: 'replica-b', attempts: 2, failedAt: null });
    expect(row.doneAt).toEqual(clock.now());
    // The dead replica's late completion no longer applies to a job another replica took over.
    expect(await completeJob(replicaA.db, claimed[0]!, clock.now())).toBe(false);
  });

  it('retries a throwing handler with backoff, then marks it failed and reports it', async () => {
    const [id] = await insertJobs(replicaA.db, 1, clock.now());
    let calls = 0;
    const failed: Array<{ job: Job; error: string }> = [];
    const a = worker(
      replicaA.db,
      'replica-a',
      {
        post: async () => {
          calls++;
          throw new Error(`Slack said no (${calls})`);
        },
      },
      { onFailed: async (job, error) => void failed.push({ job, error }) },
    );
    const row = () => replicaB.db.job.findUniqueOrThrow({ where: { id: id! } });

    expect(await a.kick()).toBe(1);
    let current = await row();
    expect(current).toMatchObject({ attempts: 1, claimedBy: null, lastError: 'Slack said no (1)', failedAt: null });
    expect(current.dueAt).toEqual(new Date(clock.now().getTime() + backoffMs(1)));

    // Not due again before its backoff is over.
    clock.advance(backoffMs(1) - 1);
    expect(await a.kick()).toBe(0);
    clock.advance(1);
    expect(await a.kick()).toBe(1);
    current = await row();
    expect(current).toMatchObject({ attempts: 2, lastError: 'Slack said no (2)', failedAt: null });
    expect(current.dueAt).toEqual(new Date(clock.now().getTime() + backoffMs(2)));
    expect(backoffMs(2)).toBeGreaterThan(backoffMs(1));

    clock.advance(backoffMs(2));
    expect(await a.kick()).toBe(1);
    current = await row();
    expect(current).toMatchObject({ attempts: 3, lastError: 'Slack said no (3)', doneAt: null, claimedUntil: null });
    expect(current.failedAt).toEqual(clock.now());
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ job: { id }, error: 'Slack said no (3)' });

    clock.advance(3_600_000);
    expect(await a.kick()).toBe(0);
    expect(calls).toBe(3);
  });

  it('coalesces a job requested twice while pending into one run', async () => {
    const request = () =>
      enqueueJob(
        replicaA.db,
        { deploymentId: deploymentId(1), kind: 'render', dueAt: clock.now(), dedupeKey: 'card:dep_001' },
        clock.now(),
      );
    await request();
    await request();
    expect(await replicaA.db.job.count({ where: { dedupeKey: 'card:dep_001' } })).toBe(1);

    let runs = 0;
    const a = worker(replicaA.db, 'replica-a', {
      render: async () => {
        runs++;
        return DONE;
      },
    });
    await a.kick();
    expect(runs).toBe(1);
    // Once done the key is free: a later request is a new job.
    await request();
    expect(await replicaA.db.job.count({})).toBe(2);
  });

  it('runs a job again once when it is requested again while running', async () => {
    const key = 'card:dep_002';
    const request = () =>
      enqueueJob(
        replicaA.db,
        { deploymentId: deploymentId(2), kind: 'render', dueAt: clock.now(), dedupeKey: key },
        clock.now(),
      );
    await request();
    let runs = 0;
    const a = worker(replicaA.db, 'replica-a', {
      render: async () => {
        runs++;
        // Two clicks land while the first chat.update is in flight.
        if (runs === 1) {
          await request();
          await request();
        }
        return DONE;
      },
    });
    await a.kick();
    expect(runs).toBe(2);
    const rows = await replicaA.db.job.findMany({});
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ dedupeKey: null, failedAt: null, requestRev: 2 });
    expect(rows[0]?.doneAt).not.toBeNull();
  });

  it('completeJob reports a re-request and releases the claim', async () => {
    const key = 'card:dep_003';
    const request = () =>
      enqueueJob(
        replicaA.db,
        { deploymentId: deploymentId(3), kind: 'render', dueAt: clock.now(), dedupeKey: key },
        clock.now(),
      );
    await request();
    const [claimed] = await claimDueJobs(replicaA.db, {
      workerId: 'replica-a',
      now: clock.now(),
      leaseMs: 60_000,
      limit: 5,
    });
    await request();
    expect(await completeJob(replicaA.db, claimed!, clock.now())).toBe(false);
    const row = await replicaA.db.job.findUniqueOrThrow({ where: { id: claimed!.id } });
    expect(row).toMatchObject({ doneAt: null, claimedBy: null, claimedUntil: null, attempts: 0, dedupeKey: key });
    const [again] = await claimDueJobs(replicaB.db, {
      workerId: 'replica-b',
      now: clock.now(),
      leaseMs: 60_000,
      limit: 5,
    });
    expect(await completeJob(replicaB.db, again!, clock.now())).toBe(true);
  });

  it('a deferred job keeps its attempts', async () => {
    const [id] = await insertJobs(replicaA.db, 1, clock.now());
    let runs = 0;
    const a = worker(replicaA.db, 'replica-a', {
      post: async () => {
        runs++;
        // Waiting for the thread parent twice, then sent.
        return runs < 3 ? { kind: 'defer', until: new Date(clock.now().getTime() + 10_000) } : DONE;
      },
    });
    const row = () => replicaA.db.job.findUniqueOrThrow({ where: { id: id! } });
    for (let round = 1; round <= 2; round++) {
      expect(await a.kick()).toBe(1);
      const current = await row();
      expect(current).toMatchObject({ attempts: 0, claimedBy: null, doneAt: null, failedAt: null });
      expect(current.dueAt).toEqual(new Date(clock.now().getTime() + 10_000));
      expect(await a.kick()).toBe(0);
      clock.advance(10_000);
    }
    expect(await a.kick()).toBe(1);
    expect(await row()).toMatchObject({ attempts: 1, failedAt: null });
    expect(runs).toBe(3);
  });

  it('stops while a sweep is claiming: hands the claimed jobs back, runs none, and lets the process go on', async () => {
    const ids = await insertJobs(replicaA.db, 3, clock.now());
    const ran: string[] = [];
    const a = worker(replicaA.db, 'replica-a', {
      post: async (job) => {
        ran.push(job.id);
        return DONE;
      },
    });
    // The sweep is waiting for its claim query when the stop comes.
    const kicking = a.kick();
    const stopping = a.shutdown(Number.POSITIVE_INFINITY);
    const outcome = await Promise.race([
      Promise.all([kicking, stopping]).then(([, result]) => result),
      new Promise<'still stopping'>((resolve) => setTimeout(() => resolve('still stopping'), 10_000)),
    ]);
    expect(outcome).toEqual({ released: 3, stillRunning: 0 });
    expect(ran).toEqual([]);
    const rows = await replicaA.db.job.findMany({ where: { id: { in: ids } } });
    expect(rows.map((row) => ({ claimedBy: row.claimedBy, doneAt: row.doneAt }))).toEqual(
      ids.map(() => ({ claimedBy: null, doneAt: null })),
    );
    // Another worker runs them at once, not after a lease.
    const b = worker(replicaB.db, 'replica-b', {
      post: async (job) => {
        ran.push(job.id);
        return DONE;
      },
    });
    expect(await b.kick()).toBe(3);
    expect(ran.sort()).toEqual([...ids].sort());
  });

  it('a job of a kind without a handler is failed, not retried', async () => {
    const [id] = await insertJobs(replicaA.db, 1, clock.now(), 'unknown-kind');
    const a = worker(replicaA.db, 'replica-a', {});
    expect(await a.kick()).toBe(1);
    const row = await replicaA.db.job.findUniqueOrThrow({ where: { id: id! } });
    expect(row.lastError).toBe('no handler for job kind "unknown-kind"');
    expect(row.failedAt).toEqual(clock.now());
  });

  it('never claims a job that another replica moved into the future after this one read it', async () => {
    const [id] = await insertJobs(replicaA.db, 1, clock.now());
    // Replica B reads the due job, then replica A runs it and schedules a retry before B's claim lands.
    let raced = false;
    // The read of due jobs is the claim's first query (plain SQL): the race goes right after it.
    const racing = replicaB.db.$extends({
      query: {
        async $queryRaw({ args, query }) {
          const found = await query(args);
          if (!raced) {
            raced = true;
            await claimAndRetry();
          }
          return found;
        },
      },
    }) as unknown as Db;
    const claimAndRetry = async () => {
      const a = worker(replicaA.db, 'replica-a', {
        post: async () => ({ kind: 'retry', at: new Date(clock.now().getTime() + 60_000), error: 'rate limited' }),
      });
      expect(await a.kick()).toBe(1);
    };
    const claimed = await claimDueJobs(racing, { workerId: 'replica-b', now: clock.now(), leaseMs: 60_000, limit: 5 });
    expect(claimed).toEqual([]);
    const row = await replicaA.db.job.findUniqueOrThrow({ where: { id: id! } });
    expect(row).toMatchObject({ attempts: 1, claimedBy: null, lastError: 'rate limited' });
  });
  describe('lanes are independent', () => {
    const message = (n: number, channel: string, text: string, method: 'post' | 'update') =>
      enqueueJob(
        replicaA.db,
        { deploymentId: deploymentId(n), kind: 'slack', dueAt: clock.now(), payload: { channel, text, method } },
        clock.now(),
      );
    const doneAt = async (text: string) => {
      const rows = await replicaA.db.job.findMany({});
      return rows.find((row) => row.payloadJson.includes(`"${text}"`))?.doneAt ?? null;
    };

    it("runs a click in a quiet channel while another channel's posts wait for their slot", async () => {
      const { pacer, sleeping, release } = heldPacer(clock);
      const sent: string[] = [];
      const a = worker(replicaA.db, 'replica-a', { slack: slackLikeHandler(pacer, sent) });
      // A deployment in a busy channel posts its phases: the second one has to wait for the channel's next slot.
      for (const text of ['phase 1', 'phase 2', 'phase 3']) await message(0, 'C0BUSY', text, 'post');
      const busy = a.kick();
      await vi.waitFor(() => expect(sleeping()).toBe(1));
      // Meanwhile someone ticks an item of a deployment in a quiet channel: its chat.update is due now.
      await message(1, 'C0QUIET', 'tick', 'update');
      const quiet = a.kick();
      await vi.waitFor(async () => expect(await doneAt('tick')).not.toBeNull());
      expect(sent).toEqual(['C0BUSY phase 1', 'C0QUIET tick']);
      expect(sleeping()).toBe(1);

      release();
      expect(await busy).toBe(3);
      await quiet;
      // The busy deployment's posts still go out in order, none lost.
      expect(sent).toEqual(['C0BUSY phase 1', 'C0QUIET tick', 'C0BUSY phase 2', 'C0BUSY phase 3']);
    });

    it("never paces one channel's posts behind another channel's", async () => {
      const { pacer, sleeping, release } = heldPacer(clock);
      const sent: string[] = [];
      const a = worker(replicaA.db, 'replica-a', { slack: slackLikeHandler(pacer, sent) });
      await message(0, 'C0BUSY', 'card 0', 'post');
      await message(1, 'C0BUSY', 'card 1', 'post');
      const busy = a.kick();
      await vi.waitFor(() => expect(sleeping()).toBe(1));
      await message(2, 'C0OTHER', 'card 2', 'post');
      const other = a.kick();
      await vi.waitFor(async () => expect(await doneAt('card 2')).not.toBeNull());
      expect(sent).toEqual(['C0BUSY card 0', 'C0OTHER card 2']);
      release();
      await Promise.all([busy, other]);
      expect(sent).toEqual(['C0BUSY card 0', 'C0OTHER card 2', 'C0BUSY card 1']);
    });

    it('renews the lease of jobs waiting in a lane, so no other replica takes them while they wait', async () => {
      const { pacer, sleeping, release } = heldPacer(clock);
      const sent: string[] = [];
      const leaseMs = 10_000;
      // The heartbeat is driven by hand here (renewLeases), against the test's clock.
      const a = worker(
        replicaA.db,
        'replica-a',
        { slack: slackLikeHandler(pacer, sent) },
        { leaseMs, heartbeatMs: 3_600_000 },
      );
      for (const text of ['phase 1', 'phase 2', 'phase 3']) await message(0, 'C0BUSY', text, 'post');
      const busy = a.kick();
      await vi.waitFor(() => expect(sleeping()).toBe(1));

      // The wait outlasts the first lease; the heartbeat renews it before it runs out.
      clock.advance(leaseMs - 1000);
      await a.renewLeases();
      const held = await replicaA.db.job.findMany({ where: { doneAt: null } });
      expect(held.map((row) => [row.claimedBy, row.claimedUntil?.getTime()])).toEqual(
        held.map(() => ['replica-a', clock.now().getTime() + leaseMs]),
      );
      clock.advance(leaseMs - 1000);
      const other = await claimDueJobs(replicaB.db, { workerId: 'replica-b', now: clock.now(), leaseMs, limit: 10 });
      expect(other).toEqual([]);

      release();
      await busy;
      expect(sent).toEqual(['C0BUSY phase 1', 'C0BUSY phase 2', 'C0BUSY phase 3']);
    });

    it('does not start a waiting job whose claim another replica took over', async () => {
      const { pacer, sleeping, release } = heldPacer(clock);
      const sent: string[] = [];
      const a = worker(replicaA.db, 'replica-a', { slack: slackLikeHandler(pacer, sent) }, { heartbeatMs: 3_600_000 });
      for (const text of ['phase 1', 'phase 2', 'phase 3']) await message(0, 'C0BUSY', text, 'post');
      const busy = a.kick();
      await vi.waitFor(() => expect(sleeping()).toBe(1));
      // Renewals failed for longer than the lease (say, a database outage), and replica B took the third post over.
      const third = (await replicaA.db.job.findMany({})).find((row) => row.payloadJson.includes('"phase 3"'));
      await replicaB.db.job.update({ where: { id: third!.id }, data: { claimedBy: 'replica-b' } });
      await a.renewLeases();

      release();
      await busy;
      expect(sent).toEqual(['C0BUSY phase 1', 'C0BUSY phase 2']);
      expect(await replicaA.db.job.findUniqueOrThrow({ where: { id: third!.id } })).toMatchObject({
        claimedBy: 'replica-b',
        doneAt: null,
      });
    });
  });
  describe('a bound on running lanes', () => {
    /** One job per deployment, due one second apart in deployment order (the order a sweep claims them). */
    const oneJobEach = async (deployments: number[], kindOf: (n: number) => string = () => 'work') => {
      for (const [i, n] of deployments.entries())
        await enqueueJob(
          replicaA.db,
          {
            deploymentId: deploymentId(n),
            kind: kindOf(n),
            dueAt: new Date(START.getTime() - (deployments.length - i) * 1000),
            payload: { n },
          },
          clock.now(),
        );
    };

    it('runs at most maxRunningLanes handlers at once, and every lane in turn', async () => {
      await oneJobEach([0, 1, 2, 3, 4, 5]);
      let running = 0;
      let most = 0;
      const started: number[] = [];
      const gates = new Map<number, () => void>();
      const a = worker(
        replicaA.db,
        'replica-a',
        {
          work: async (_job, payload) => {
            running++;
            most = Math.max(most, running);
            started.push(payload.n as number);
            const { opened, open } = gate();
            gates.set(payload.n as number, open);
            await opened;
            running--;
            return DONE;
          },
        },
        { maxRunningLanes: 2 },
      );
      const kicking = a.kick();
      await vi.waitFor(() => expect(started).toEqual([0, 1]));
      expect(a.laneCounts).toEqual({ running: 2, waiting: 4 });
      const metrics = createCoreMetrics();
      metrics.countJobLanes(() => a.laneCounts);
      const lanes = await metrics.registry.getSingleMetricAsString('deploy_checklist_job_lanes');
      expect(lanes).toContain('deploy_checklist_job_lanes{state="running"} 2');
      expect(lanes).toContain('deploy_checklist_job_lanes{state="waiting"} 4');
      // A freed slot goes to the lane that has waited longest.
      gates.get(1)?.();
      await vi.waitFor(() => expect(started).toEqual([0, 1, 2]));
      gates.get(0)?.();
      await vi.waitFor(() => expect(started).toEqual([0, 1, 2, 3]));
      for (const n of [2, 3]) gates.get(n)?.();
      await vi.waitFor(() => expect(started).toHaveLength(6));
      for (const n of [4, 5]) gates.get(n)?.();

      expect(await kicking).toBe(6);
      expect(most).toBe(2);
      expect(a.laneCounts).toEqual({ running: 0, waiting: 0 });
      expect(await replicaA.db.job.count({ where: { doneAt: null } })).toBe(0);
    });

    it("takes a slot per job, so one deployment's backlog does not keep another waiting", async () => {
      // Deployment 0 has three jobs due first, deployment 1 one job due after them.
      await oneJobEach([0, 0, 0, 1]);
      const order: number[] = [];
      const a = worker(
        replicaA.db,
        'replica-a',
        {
          work: async (_job, payload) => {
            order.push(payload.n as number);
            await yieldToLoop();
            return DONE;
          },
        },
        { maxRunningLanes: 1 },
      );
      expect(await a.kick()).toBe(4);
      expect(order).toEqual([0, 1, 0, 0]);
    });

    it('a lane waiting through whileWaiting gives up its slot meanwhile', async () => {
      await oneJobEach([0, 1], (n) => (n === 0 ? 'wait' : 'work'));
      const waiting = gate();
      const events: string[] = [];
      const a = worker(
        replicaA.db,
        'replica-a',
        {
          wait: async (_job, _payload, run) => {
            events.push('A waits');
            await run.whileWaiting(waiting.opened);
            events.push('A goes on');
            return DONE;
          },
          work: async () => {
            events.push('B runs');
            return DONE;
          },
        },
        { maxRunningLanes: 1 },
      );
      const kicking = a.kick();
      await vi.waitFor(() => expect(events).toEqual(['A waits', 'B runs']));
      await vi.waitFor(async () =>
        expect(await replicaA.db.job.count({ where: { kind: 'work', doneAt: null } })).toBe(0),
      );
      expect(a.laneCounts).toEqual({ running: 0, waiting: 0 });
      waiting.open();
      expect(await kicking).toBe(2);
      expect(events).toEqual(['A waits', 'B runs', 'A goes on']);
    });

    it("with one slot, a click in a quiet channel is updated while a busy channel's post waits for its slot", async () => {
      const { pacer, sleeping, release } = heldPacer(clock);
      const sent: string[] = [];
      // The effect handlers' path: the post waits for its channel's slot through takePostSlot.
      const handler: JobHandler = async (_job, payload, run) => {
        const { channel, text, method } = payload as { channel: string; text: string; method: 'post' | 'update' };
        if (method === 'post') {
          const handBack = await takePostSlot(pacer, run, channel, clock.now);
          if (handBack) return handBack;
        }
        sent.push(`${channel} ${text}`);
        return DONE;
      };
      const a = worker(replicaA.db, 'replica-a', { slack: handler }, { maxRunningLanes: 1 });
      const message = (n: number, channel: string, text: string, method: 'post' | 'update') =>
        enqueueJob(
          replicaA.db,
          { deploymentId: deploymentId(n), kind: 'slack', dueAt: clock.now(), payload: { channel, text, method } },
          clock.now(),
        );
      await message(0, 'C0BUSY', 'phase 1', 'post');
      await message(1, 'C0BUSY', 'phase 2', 'post');
      const busy = a.kick();
      await vi.waitFor(() => expect(sleeping()).toBe(1));
      await message(2, 'C0QUIET', 'tick', 'update');
      const quiet = a.kick();
      await vi.waitFor(() => expect(sent).toEqual(['C0BUSY phase 1', 'C0QUIET tick']));
      release();
      await Promise.all([busy, quiet]);
      expect(sent).toEqual(['C0BUSY phase 1', 'C0QUIET tick', 'C0BUSY phase 2']);
    });

    it('shutdown while lanes wait for a slot hands their claims back at once', async () => {
      await oneJobEach([0, 1, 2]);
      const blocking = gate();
      const ran: number[] = [];
      const a = worker(
        replicaA.db,
        'replica-a',
        {
          work: async (_job, payload) => {
            ran.push(payload.n as number);
            await blocking.opened;
            return DONE;
          },
        },
        { maxRunningLanes: 1 },
      );
      const kicking = a.kick();
      await vi.waitFor(() => expect(a.laneCounts).toEqual({ running: 1, waiting: 2 }));
      const outcome = await Promise.race([
        a.shutdown(50),
        new Promise<'still stopping'>((resolve) => setTimeout(() => resolve('still stopping'), 5_000)),
      ]);
      expect(outcome).toEqual({ released: 2, stillRunning: 1 });
      expect(ran).toEqual([0]);
      const rows = await replicaA.db.job.findMany({ orderBy: { dueAt: 'asc' } });
      expect(rows.map((row) => row.claimedBy)).toEqual(['replica-a', null, null]);

      // The running job still finishes; the queued ones were never started.
      blocking.open();
      await kicking;
      expect(ran).toEqual([0]);
      expect(a.laneCounts).toEqual({ running: 0, waiting: 0 });
    });

    it('stop while a lane waits through whileWaiting and others queue: the waiting run ends, the queued ones do not start', async () => {
      await oneJobEach([0, 1, 2], (n) => (n === 0 ? 'wait' : 'work'));
      const waiting = gate();
      const blocking = gate();
      const events: string[] = [];
      const a = worker(
        replicaA.db,
        'replica-a',
        {
          wait: async (_job, _payload, run) => {
            await run.whileWaiting(waiting.opened);
            events.push('A goes on');
            return DONE;
          },
          work: async (_job, payload) => {
            events.push(`runs ${payload.n}`);
            await blocking.opened;
            return DONE;
          },
        },
        { maxRunningLanes: 1 },
      );
      const kicking = a.kick();
      await vi.waitFor(() => expect(a.laneCounts).toEqual({ running: 1, waiting: 1 }));
      a.stop();
      // The wait ends after the stop: no slot is handed out any more, and the run finishes without one.
      waiting.open();
      await vi.waitFor(() => expect(events).toEqual(['runs 1', 'A goes on']));
      blocking.open();
      const outcome = await Promise.race([
        kicking.then(() => 'idle'),
        new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 5_000)),
      ]);
      expect(outcome).toBe('idle');
      expect(events).toEqual(['runs 1', 'A goes on']);
      expect(a.laneCounts).toEqual({ running: 0, waiting: 0 });
    });
  });
});

// Scheduled work falling due in a burst: 2,000 jobs (check-ins and rollback reminders) across 200 deployments, due
// within a few seconds of each other, drained by one JobWorker whose sweeps node-cron wakes every second — the same
// wiring as the bot (src/outbox/sweep-schedule.ts). Each job "posts to Slack" with a 2–5 ms async delay.
// Measured: the time until every job has posted, the delay from each job's due time to its post, and peak RSS; on a
// SQLite file and on a fresh PostgreSQL database (what replicas share), printed side by side with the same targets.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createLogger } from '../src/logger.ts';
import { DONE, JobWorker } from '../src/outbox/job-worker.ts';
import { scheduleSweep } from '../src/outbox/sweep-schedule.ts';
import { openDatabase } from '../src/store/create-store.ts';
import { jobQueue } from '../src/store/job-repository.ts';
import { createTestDatabase } from '../test/support/postgres.ts';
import { type Bench, type BenchFigure, type BenchTarget, percentile, sideBySide } from './bench-report.ts';

const JOBS = 2000;
const DEPLOYMENTS = 200;
const SWEEP_INTERVAL_SECONDS = 1;
/** Due times are spread evenly over this window, starting this long after the rows are written. */
const SPREAD_MS = 5000;
const LEAD_MS = 1000;
const POST_DELAY_MS = [2, 3, 4, 5] as const;
const P99_TARGET_MS = SWEEP_INTERVAL_SECONDS * 1000 + 1000;
const GIVE_UP_MS = 60_000;

type Measured = { figures: BenchFigure[]; targets: BenchTarget[] };

/** A fresh database of each kind, removed afterwards. */
const STORES: Array<{ name: string; create: () => Promise<{ url: string; drop: () => Promise<void> }> }> = [
  {
    name: 'SQLite',
    create: async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'dc-scheduler-bench-'));
      return {
        url: `file:${path.join(dir, 'bench.db')}`,
        drop: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  { name: 'PostgreSQL', create: createTestDatabase },
];

async function run(): Promise<ReturnType<Bench['run']> extends Promise<infer R> ? R : never> {
  const measured: Measured[] = [];
  for (const store of STORES) {
    const fresh = await store.create();
    try {
      measured.push(await measure(fresh.url));
    } finally {
      await fresh.drop();
    }
  }
  return sideBySide(
    'scheduler',
    STORES.map((store) => store.name),
    measured,
  );
}

async function measure(databaseUrl: string): Promise<Measured> {
  const database = await openDatabase(databaseUrl);
  const { db } = database;
  const peak = { rss: process.memoryUsage().rss };
  const sampler = setInterval(() => {
    peak.rss = Math.max(peak.rss, process.memoryUsage().rss);
  }, 20);
  try {
    const createdAt = new Date();
    await db.deployment.createMany({
      data: Array.from({ length: DEPLOYMENTS }, (_, n) => ({
        id: `dep_bench_${n}`,
        teamId: 'T0BENCH',
        channelId: `C0BENCH${n % 10}`,
        service: `svc-${n}`,
        version: 'v1.0.0',
        environment: 'production',
        ownerId: 'U0OWNER',
        status: 'verifying',
        templateName: 'web-service',
        templateHash: 'bench',
        templateJson: '{}',
        goLiveAt: createdAt,
        createdAt,
        updatedAt: createdAt,
      })),
    });
    const firstDue = Date.now() + LEAD_MS;
    const dueAt = (n: number) => new Date(firstDue + Math.floor((n * SPREAD_MS) / JOBS));
    await db.job.createMany({
      data: Array.from({ length: JOBS }, (_, n) => ({
        id: `job_bench_${String(n).padStart(5, '0')}`,
        deploymentId: `dep_bench_${n % DEPLOYMENTS}`,
        kind: n % 3 === 0 ? 'rollback-reminder' : 'check-in',
        payloadJson: JSON.stringify({ n }),
        dueAt: dueAt(n),
        createdAt,
      })),
    });
    const lastDue = dueAt(JOBS - 1).getTime();

    const delays: number[] = [];
    const posts = new Map<string, number>();
    let allPosted: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => {
      allPosted = resolve;
    });
    const post = async (job: { id: string; dueAt: Date }, payload: Record<string, unknown>) => {
      await sleep(POST_DELAY_MS[Number(payload.n) % POST_DELAY_MS.length] as number);
      const postedAt = Date.now();
      delays.push(postedAt - job.dueAt.getTime());
      posts.set(job.id, (posts.get(job.id) ?? 0) + 1);
      if (posts.size === JOBS) allPosted();
      return DONE;
    };
    const logger = createLogger('warn');
    const worker = new JobWorker({
      jobs: jobQueue(db),
      now: () => new Date(),
      logger,
      maxAttempts: 5,
      handlers: { 'check-in': post, 'rollback-reminder': post },
    });
    const started = Date.now();
    // node-cron wakes the sweep on every whole second, as in the bot; the sweep drains whatever is due.
    const task = scheduleSweep(SWEEP_INTERVAL_SECONDS, () =>
      worker.kick().catch((error: unknown) => logger.error('sweep failed', { error })),
    );
    const timedOut = sleep(GIVE_UP_MS).then(() => 'timeout' as const);
    const outcome = await Promise.race([finished.then(() => 'done' as const), timedOut]);
    const lastPost = Date.now();
    await task.stop();
    await task.destroy();
    await worker.idle();

    const posted = posts.size;
    const duplicates = [...posts.values()].filter((count) => count > 1).length;
    const p50 = percentile(delays, 50);
    const p99 = percentile(delays, 99);
    const figures: BenchFigure[] = [
      { label: `jobs (${DEPLOYMENTS} deployments, due over ${SPREAD_MS / 1000} s)`, value: JOBS, unit: 'jobs' },
      { label: 'sweep interval (node-cron)', value: SWEEP_INTERVAL_SECONDS, unit: 's' },
      { label: 'posted', value: posted, unit: 'jobs' },
      { label: 'total time from first due time to last post', value: lastPost - firstDue, unit: 'ms' },
      { label: 'last post after last due time', value: lastPost - lastDue, unit: 'ms' },
      { label: 'sweeping time (bench start to last post)', value: lastPost - started, unit: 'ms' },
      { label: 'delay due → posted p50', value: p50, unit: 'ms' },
      { label: 'delay due → posted p99', value: p99, unit: 'ms' },
      { label: 'delay due → posted max', value: Math.max(...delays), unit: 'ms' },
      { label: 'peak RSS', value: Math.round(peak.rss / 1024 / 1024), unit: 'MiB' },
    ];
    const targets: BenchTarget[] = [
      {
        label: 'every job posted exactly once',
        ok: outcome === 'done' && posted === JOBS && duplicates === 0,
        detail: `${posted}/${JOBS} posted, ${duplicates} more than once${outcome === 'timeout' ? `, gave up after ${GIVE_UP_MS / 1000} s` : ''}`,
      },
      {
        label: `delay p99 ≤ sweep interval + 1 s (${P99_TARGET_MS} ms)`,
        ok: p99 <= P99_TARGET_MS,
        detail: `p99 ${Math.round(p99)} ms`,
      },
    ];
    return { figures, targets };
  } finally {
    clearInterval(sampler);
    await database.close();
  }
}

export const schedulerBench: Bench = { name: 'scheduler', run };

import type { FollowUpJob } from '../domain/follow-up-job.ts';
import type { Job, Prisma } from '../generated/sqlite/index.js';
import type { Db } from './create-store.ts';
import { newId } from './ids.ts';

export type Tx = Prisma.TransactionClient | Db;

/** A job to write: what the domain decided (FollowUpJob), plus the work that caused it. */
export type NewJob = FollowUpJob & {
  /** The work that caused it (a Slack request, or the job that enqueued this one), so their log lines connect. */
  correlationId?: string | null;
};

/** The same jobs, caused by the work `correlationId` names. */
export function causedBy(jobs: readonly NewJob[], correlationId: string | null | undefined): NewJob[] {
  return correlationId ? jobs.map((job) => ({ ...job, correlationId })) : [...jobs];
}

/**
 * A job's row. It carries the correlation id of the work enqueueing it (a Slack request, or the job that caused
 * this one), so its log lines can be found with the request's.
 */
function jobRow(job: NewJob) {
  return {
    deploymentId: job.deploymentId,
    kind: job.kind,
    payloadJson: JSON.stringify(job.payload ?? {}),
    dueAt: job.dueAt,
    correlationId: job.correlationId ?? null,
  };
}

/**
 * Enqueues a job, or re-requests the pending one with the same dedupe key (bumping requestRev so a worker that is
 * sending it right now knows to send again with the newer state). A re-requested job takes the newest request's
 * correlation id.
 */
export async function enqueueJob(tx: Tx, job: NewJob, now: Date): Promise<void> {
  const data = jobRow(job);
  if (!job.dedupeKey) {
    await tx.job.create({ data: { id: newId('job'), ...data, createdAt: now } });
    return;
  }
  // Plain SQL (every change enqueues its render here): an upsert on the dedupe key. A re-request keeps the pending
  // job's correlation id unless this one has its own; a rescheduled job also takes the new time and payload.
  const reschedule = job.reschedule === true;
  await tx.$executeRaw`
    INSERT INTO "Job" ("id", "deploymentId", "kind", "dedupeKey", "requestRev", "payloadJson", "dueAt", "attempts",
      "correlationId", "createdAt")
    VALUES (${newId('job')}, ${data.deploymentId}, ${data.kind}, ${job.dedupeKey}, 0, ${data.payloadJson},
      ${data.dueAt}, 0, ${data.correlationId}, ${now})
    ON CONFLICT ("dedupeKey") DO UPDATE SET "requestRev" = "Job"."requestRev" + 1,
      "dueAt" = CASE WHEN ${reschedule} THEN excluded."dueAt" ELSE "Job"."dueAt" END,
      "payloadJson" = CASE WHEN ${reschedule} THEN excluded."payloadJson" ELSE "Job"."payloadJson" END,
      "attempts" = CASE WHEN ${reschedule} THEN 0 ELSE "Job"."attempts" END,
      "correlationId" = COALESCE(excluded."correlationId", "Job"."correlationId")`;
}

/**
 * Records an acknowledged request's key (src/inbox) in the transaction of what it stores: a replay finds the key
 * taken (a unique violation, see isUniqueViolation) and stores nothing a second time.
 */
export async function recordAppliedRequest(tx: Tx, key: string, at: Date): Promise<void> {
  await tx.$executeRaw`INSERT INTO "AppliedRequest" ("key", "at") VALUES (${key}, ${at})`;
}

/** Inserts a job; with a dedupe key that a pending job holds, fails with a unique violation instead of coalescing. */
export async function createJob(tx: Tx, job: NewJob, now: Date): Promise<void> {
  await tx.job.create({
    data: { id: newId('job'), ...jobRow(job), ...(job.dedupeKey ? { dedupeKey: job.dedupeKey } : {}), createdAt: now },
  });
}

export type ClaimOptions = { workerId: string; now: Date; leaseMs: number; limit: number };

/**
 * Claims due jobs. Each claim is one conditional update (unclaimed or lease expired), so two workers on the same
 * database never both get a job, and a job whose worker died comes back when its lease runs out.
 */
export async function claimDueJobs(db: Db, options: ClaimOptions): Promise<Job[]> {
  return (await claimDueBatch(db, options)).claimed;
}

/**
 * Claims due jobs as claimDueJobs does, and says whether more may be due: the last read found a full page. A worker
 * that drains the queue stops after a short page instead of reading an empty one (a query saved per sweep); jobs
 * enqueued later wake it again.
 */
export async function claimDueBatch(db: Db, options: ClaimOptions): Promise<{ claimed: Job[]; more: boolean }> {
  // Two replicas read the same head of the queue; one that lost every candidate to the other must look again
  // rather than report "nothing due" (the worker stops draining on an empty batch while hundreds are still due).
  // A few rounds are enough: each round's lost candidates are claimed by then and not read again.
  for (let round = 0; round < 5; round++) {
    const { claimed, found } = await claimRound(db, options);
    if (claimed.length > 0 || found === 0) return { claimed, more: found >= options.limit };
  }
  return { claimed: [], more: false };
}

async function claimRound(db: Db, options: ClaimOptions): Promise<{ claimed: Job[]; found: number }> {
  const { now, workerId } = options;
  const claimable = {
    doneAt: null,
    failedAt: null,
    // Re-checked by the update: between the read and the update another worker may have run a job and moved it
    // into the future (a retry's backoff, a deferral), releasing its claim; without this it would run early.
    dueAt: { lte: now },
    OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }],
  };
  const order = [{ dueAt: 'asc' as const }, { createdAt: 'asc' as const }, { id: 'asc' as const }];
  // Plain SQL for the read every sweep makes (Prisma's compilation of it costs more than the query): the same
  // conditions as `claimable`, the same order.
  const candidates = await db.$queryRaw<Array<{ id: string }>>`
    SELECT "id" FROM "Job"
    WHERE "doneAt" IS NULL AND "failedAt" IS NULL AND "dueAt" <= ${now}
      AND ("claimedUntil" IS NULL OR "claimedUntil" < ${now})
    ORDER BY "dueAt" ASC, "createdAt" ASC, "id" ASC
    LIMIT ${options.limit}`;
  if (candidates.length === 0) return { claimed: [], found: 0 };
  const ids = candidates.map((job) => job.id);
  const claimedUntil = new Date(now.getTime() + options.leaseMs);
  // One conditional update for the whole batch: a row another worker claimed meanwhile no longer matches, so it is
  // skipped, never taken twice. One write per batch instead of one per job is what keeps a burst of due jobs moving.
  await db.job.updateMany({
    where: { id: { in: ids }, ...claimable },
    data: { claimedBy: workerId, claimedUntil, attempts: { increment: 1 } },
  });
  // The rows as claimed (attempts and requestRev as they are now). Among the candidates, only this update can have
  // set this worker and this lease end: a candidate was unclaimed or expired, and a lease ends after `now`.
  const claimed = await db.job.findMany({
    where: { id: { in: ids }, claimedBy: workerId, claimedUntil, doneAt: null, failedAt: null },
    orderBy: order,
  });
  return { claimed, found: candidates.length };
}

/**
 * Renews the lease of jobs this worker holds (queued in a lane or running), with one conditional update: only rows
 * still claimed by `workerId` and not finished are renewed. A row whose lease ran out and that another worker
 * claimed meanwhile is not ours any more; the ids returned are the ones that still are.
 */
export async function renewClaims(db: Db, workerId: string, ids: string[], claimedUntil: Date): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const where = { id: { in: ids }, claimedBy: workerId, doneAt: null, failedAt: null };
  const renewed = await db.job.updateMany({ where, data: { claimedUntil } });
  if (renewed.count === ids.length) return new Set(ids);
  const ours = await db.job.findMany({ where: { ...where, claimedUntil }, select: { id: true } });
  return new Set(ours.map((job) => job.id));
}

/**
 * Marks a job done, unless it was requested again while it ran: then the claim is released so it runs once more
 * with the newer state. Returns whether the job is finished.
 */
export async function completeJob(db: Db, job: Job, now: Date): Promise<boolean> {
  // Plain SQL: every job ends here. A held job always has a claimant; one without would match nothing and be handed
  // back below, as a job no longer ours is.
  const done = await db.$executeRaw`
    UPDATE "Job" SET "doneAt" = ${now}, "dedupeKey" = NULL, "claimedUntil" = NULL, "lastError" = NULL
    WHERE "id" = ${job.id} AND "requestRev" = ${job.requestRev} AND "claimedBy" = ${job.claimedBy ?? ''}`;
  if (done === 1) return true;
  await db.job.updateMany({
    where: { id: job.id, claimedBy: job.claimedBy },
    data: { claimedUntil: null, claimedBy: null, attempts: 0, dueAt: now },
  });
  return false;
}

export async function retryJob(db: Db, job: Job, dueAt: Date, error: string): Promise<void> {
  await db.job.updateMany({
    where: { id: job.id, claimedBy: job.claimedBy },
    data: { claimedUntil: null, claimedBy: null, dueAt, lastError: error.slice(0, 1000) },
  });
}

/** Gives up on a job after its last attempt; it stays in the table (and on the card) as failed. */
export async function failJob(db: Db, job: Job, now: Date, error: string): Promise<void> {
  await db.job.updateMany({
    where: { id: job.id, claimedBy: job.claimedBy },
    data: { failedAt: now, dedupeKey: null, claimedUntil: null, lastError: error.slice(0, 1000) },
  });
}

/** Moves a job's due time without counting an attempt (waiting for something else, e.g. the thread parent). */
export async function deferJob(db: Db, job: Job, dueAt: Date): Promise<void> {
  await db.job.updateMany({
    where: { id: job.id, claimedBy: job.claimedBy },
    data: { claimedUntil: null, claimedBy: null, dueAt, attempts: { decrement: 1 } },
  });
}

/**
 * Hands back a stopping worker's claims on jobs it has not started (all but `running`): they become claimable at
 * once, and the attempt their claim counted is taken back.
 */
export async function releaseClaims(db: Db, workerId: string, running: string[]): Promise<number> {
  const result = await db.job.updateMany({
    where: { claimedBy: workerId, doneAt: null, failedAt: null, id: { notIn: running } },
    data: { claimedUntil: null, claimedBy: null, attempts: { decrement: 1 } },
  });
  return result.count;
}

export async function cancelPendingJobs(tx: Tx, deploymentId: string, kinds: string[], now: Date): Promise<number> {
  const result = await tx.job.updateMany({
    where: { deploymentId, kind: { in: kinds }, doneAt: null, failedAt: null },
    data: { doneAt: now, dedupeKey: null, lastError: 'cancelled' },
  });
  return result.count;
}

export async function nextDueAt(db: Db): Promise<Date | null> {
  const next = await db.job.findFirst({
    where: { doneAt: null, failedAt: null },
    orderBy: { dueAt: 'asc' },
    select: { dueAt: true },
  });
  return next?.dueAt ?? null;
}

/** Makes jobs that were waiting for something (the thread parent) due now. */
export async function wakeWaitingJobs(db: Db, deploymentId: string, kinds: string[], now: Date): Promise<void> {
  await db.job.updateMany({
    where: { deploymentId, kind: { in: kinds }, doneAt: null, failedAt: null, claimedBy: null, dueAt: { gt: now } },
    data: { dueAt: now },
  });
}

/** A job that gave up after its last attempt, as the card lists it. */
export type FailedJob = Pick<Job, 'id' | 'kind' | 'attempts' | 'lastError' | 'failedAt'>;

/**
 * The deployment's failed jobs, the latest `limit` first. Read on every render of the card, so plain SQL (Prisma's
 * compilation of a query costs several times the statement); the same text on SQLite and PostgreSQL. A raw read's
 * types follow the driver, not the schema (on SQLite a date computed in SQL is text, a count a bigint), so the date
 * and the count of attempts are made the Date and number the ORM returns whatever the driver hands back.
 */
export async function failedJobs(db: Db, deploymentId: string, limit: number): Promise<FailedJob[]> {
  const rows = await db.$queryRaw<
    Array<{ id: string; kind: string; attempts: number | bigint; lastError: string | null; failedAt: Date | string }>
  >`
    SELECT "id", "kind", "attempts", "lastError", "failedAt" FROM "Job"
    WHERE "deploymentId" = ${deploymentId} AND "failedAt" IS NOT NULL
    ORDER BY "failedAt" DESC LIMIT ${limit}`;
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    attempts: Number(row.attempts),
    lastError: row.lastError,
    failedAt: new Date(row.failedAt),
  }));
}

/**
 * Queues the jobs an acknowledged request asked for, in one transaction with its key (src/inbox): a replayed request
 * finds its key taken (a unique violation), like a second click. `create` inserts each job (a pending job with the
 * same dedupe key is a unique violation too); `enqueue` coalesces with it.
 */
async function queueForRequest(
  db: Db,
  requestKey: string | undefined,
  jobs: readonly NewJob[],
  now: Date,
  write: typeof createJob,
): Promise<void> {
  await db.$transaction(async (tx) => {
    if (requestKey) await recordAppliedRequest(tx, requestKey, now);
    for (const job of jobs) await write(tx, job, now);
  });
}

/** The outbox's job rows over one database: what the app, the effects and the worker do with them. */
export type JobQueue = ReturnType<typeof jobQueue>;

export function jobQueue(db: Db) {
  return {
    enqueue: (job: NewJob, now: Date) => enqueueJob(db, job, now),
    /** See queueForRequest: the jobs coalesce with pending ones of the same dedupe key. */
    enqueueForRequest: (requestKey: string | undefined, jobs: readonly NewJob[], now: Date) =>
      queueForRequest(db, requestKey, jobs, now, enqueueJob),
    /** See queueForRequest: a pending job with the same dedupe key refuses the lot (a unique violation). */
    createForRequest: (requestKey: string | undefined, jobs: readonly NewJob[], now: Date) =>
      queueForRequest(db, requestKey, jobs, now, createJob),
    wakeWaiting: (deploymentId: string, kinds: string[], now: Date) => wakeWaitingJobs(db, deploymentId, kinds, now),
    failed: (deploymentId: string, limit: number) => failedJobs(db, deploymentId, limit),
    claimDueBatch: (options: ClaimOptions) => claimDueBatch(db, options),
    renewClaims: (workerId: string, ids: string[], claimedUntil: Date) => renewClaims(db, workerId, ids, claimedUntil),
    complete: (job: Job, now: Date) => completeJob(db, job, now),
    retry: (job: Job, dueAt: Date, error: string) => retryJob(db, job, dueAt, error),
    fail: (job: Job, now: Date, error: string) => failJob(db, job, now, error),
    defer: (job: Job, dueAt: Date) => deferJob(db, job, dueAt),
    releaseClaims: (workerId: string, running: string[]) => releaseClaims(db, workerId, running),
  };
}

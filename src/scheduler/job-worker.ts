import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import pRetry from 'p-retry';
import { newCorrelationId } from '../correlation.ts';
import type { Job } from '../generated/sqlite/index.js';
import type { Logger } from '../logger.ts';
import type { CoreMetrics } from '../metrics/bot-metrics.ts';
import { settlesWithin } from '../settles-within.ts';
import type { Db } from '../store/create-store.ts';
import { claimDueJobs, completeJob, deferJob, failJob, releaseClaims, retryJob } from '../store/job-repository.ts';

/** What a handler decided: finished, try again later (counts an attempt), or wait without counting one. */
export type JobOutcome = { kind: 'done' } | { kind: 'retry'; at: Date; error: string } | { kind: 'defer'; until: Date };
export type JobHandler = (job: Job, payload: Record<string, unknown>) => Promise<JobOutcome>;

export type JobWorkerOptions = {
  db: Db;
  handlers: Record<string, JobHandler>;
  now: () => Date;
  logger: Logger;
  maxAttempts: number;
  leaseMs?: number;
  /** Retries due sooner than this get a timer instead of waiting for the next sweep (0: off). */
  wakeWithinMs?: number;
  /** Jobs in one lane run in order; lanes run side by side (default: one lane per deployment). */
  laneOf?: (job: Job) => string;
  batchSize?: number;
  /** Called when a job is given up on, so the card can show it. */
  onFailed?: (job: Job, error: string) => Promise<void>;
  workerId?: string;
  /** Job outcomes, scheduler lag and durations by job kind (GET /metrics). */
  metrics?: Pick<CoreMetrics, 'jobs' | 'jobLagSeconds' | 'jobSeconds'>;
};

/** How a job run ended (the `outcome` of its log line and of deploy_checklist_jobs_total). */
type JobRunOutcome =
  | { outcome: 'done' | 'deferred' }
  | { outcome: 'retry'; error: string; retryAt: Date }
  | { outcome: 'failed'; error: string };

export const DONE: JobOutcome = { kind: 'done' };

/** Exponential backoff from 2 s, capped at 5 minutes. */
export function backoffMs(attempt: number): number {
  return Math.min(300_000, 2000 * 2 ** Math.max(0, attempt - 1));
}

/**
 * Drains due jobs. Jobs of one deployment run in order (the card before its thread), different deployments run
 * side by side. A handler that throws is retried with backoff; after the last attempt the job is marked failed.
 */
export class JobWorker {
  readonly workerId: string;
  private running: Promise<number> | null = null;
  private again = false;
  private stopped = false;
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Ids of the jobs whose handlers are running right now. */
  private readonly inFlight = new Set<string>();

  constructor(private readonly options: JobWorkerOptions) {
    // Host and process id: an operator reading a claim (claimedBy) knows which replica holds it.
    this.workerId = options.workerId ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  }

  /** Runs a sweep now, or once more right after the current one (never two at a time in one process). */
  kick(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Waits until no sweep is running and nothing is due (tests and shutdown use this). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<number> {
    let total = 0;
    do {
      this.again = false;
      let batch: number;
      do {
        batch = await this.sweepOnce();
        total += batch;
      } while (batch > 0);
    } while (this.again);
    return total;
  }

  private async sweepOnce(): Promise<number> {
    const { db, now } = this.options;
    if (this.stopped) return 0;
    const jobs = await claimDueJobs(db, {
      workerId: this.workerId,
      now: now(),
      leaseMs: this.options.leaseMs ?? 60_000,
      limit: this.options.batchSize ?? 50,
    });
    const byLane = new Map<string, Job[]>();
    const laneOf = this.options.laneOf ?? ((job: Job) => job.deploymentId);
    for (const job of jobs) byLane.set(laneOf(job), [...(byLane.get(laneOf(job)) ?? []), job]);
    await Promise.all([...byLane.values()].map((group) => this.runInOrder(group)));
    return jobs.length;
  }

  private async runInOrder(jobs: Job[]): Promise<void> {
    for (const job of jobs) {
      // Once stopping, the rest of the lane is handed back (releaseClaims) instead of run.
      if (this.stopped) return;
      this.inFlight.add(job.id);
      try {
        await this.runOne(job);
      } finally {
        this.inFlight.delete(job.id);
      }
    }
  }

  /**
   * Runs one job as part of the work that caused it: the handler sees the correlation id on the job (the Slack
   * request's, carried on the row, or a new one for work nobody asked for) and gives it to the jobs it enqueues.
   * Then writes the job's one log line and its metrics.
   */
  private async runOne(row: Job): Promise<void> {
    const job = { ...row, correlationId: row.correlationId ?? newCorrelationId() };
    const startedAt = this.options.now();
    const started = performance.now();
    const run = await this.settle(job);
    const lagMs = Math.max(0, startedAt.getTime() - job.dueAt.getTime());
    this.report(job, run, { correlationId: job.correlationId, lagMs, durationMs: performance.now() - started });
  }

  private async settle(job: Job): Promise<JobRunOutcome> {
    const { db, now, logger } = this.options;
    const handler = this.options.handlers[job.kind];
    if (!handler) {
      const error = `no handler for job kind "${job.kind}"`;
      await failJob(db, job, now(), error);
      return { outcome: 'failed', error };
    }
    let outcome: JobOutcome;
    try {
      outcome = await handler(job, JSON.parse(job.payloadJson) as Record<string, unknown>);
    } catch (error) {
      outcome = { kind: 'retry', at: new Date(now().getTime() + backoffMs(job.attempts)), error: describe(error) };
    }
    if (outcome.kind === 'done') {
      await this.recordDone(job);
      return { outcome: 'done' };
    }
    if (outcome.kind === 'defer') {
      await deferJob(db, job, outcome.until);
      return { outcome: 'deferred' };
    }
    if (job.attempts >= this.options.maxAttempts) {
      await failJob(db, job, now(), outcome.error);
      await this.options.onFailed?.(job, outcome.error).catch((error: unknown) => {
        logger.error('could not report a failed job', { jobId: job.id, error: describe(error) });
      });
      return { outcome: 'failed', error: outcome.error };
    }
    await retryJob(db, job, outcome.at, outcome.error);
    this.wakeAt(outcome.at);
    return { outcome: 'retry', error: outcome.error, retryAt: outcome.at };
  }

  /**
   * The job's effect has happened (Slack accepted the post): unless "done" is stored, the job runs again when its
   * lease expires and posts twice. So a failed write (the database went away just then) is retried while the lease
   * is ours; past it another worker may already hold the job, and the row is left to it.
   */
  private async recordDone(job: Job): Promise<void> {
    const { db, now, logger } = this.options;
    const leaseEnd = job.claimedUntil?.getTime() ?? 0;
    await pRetry(() => completeJob(db, job, now()), {
      retries: Number.POSITIVE_INFINITY,
      minTimeout: 250,
      maxTimeout: 5000,
      shouldRetry: () => now().getTime() < leaseEnd,
      onFailedAttempt: ({ error, attemptNumber }) => {
        logger.warn('could not record a finished job; retrying while its lease lasts', {
          jobId: job.id,
          kind: job.kind,
          attempt: attemptNumber,
          error: describe(error),
        });
      },
    });
  }

  /** One log line per job run (the level says how it went), and the job metrics. */
  private report(job: Job, run: JobRunOutcome, timing: { correlationId: string; lagMs: number; durationMs: number }) {
    const line = {
      jobId: job.id,
      kind: job.kind,
      deploymentId: job.deploymentId,
      correlationId: timing.correlationId,
      outcome: run.outcome,
      attempt: job.attempts,
      durationMs: Math.round(timing.durationMs),
      lagMs: timing.lagMs,
      ...(run.outcome === 'retry' ? { retryAt: run.retryAt.toISOString(), error: run.error } : {}),
      ...(run.outcome === 'failed' ? { error: run.error } : {}),
    };
    const { logger, metrics } = this.options;
    if (run.outcome === 'failed') logger.error('job failed after its last attempt', line);
    else if (run.outcome === 'retry') logger.warn('job will be retried', line);
    else logger.info(run.outcome === 'done' ? 'job done' : 'job deferred', line);
    metrics?.jobs.inc({ kind: job.kind, outcome: run.outcome });
    metrics?.jobLagSeconds.observe({ kind: job.kind }, timing.lagMs / 1000);
    metrics?.jobSeconds.observe({ kind: job.kind }, timing.durationMs / 1000);
  }

  /**
   * A retry due before the next sweep gets a timer of its own, so a dropped connection costs a fraction of a second,
   * not a sweep interval. Timers are unref'd (they never keep the process alive) and cleared by stop().
   */
  private wakeAt(at: Date): void {
    const delay = at.getTime() - this.options.now().getTime();
    if (this.stopped || delay < 0 || delay > (this.options.wakeWithinMs ?? 0)) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.stopped)
        this.kick().catch((error: unknown) => this.options.logger.error('sweep failed', { error: describe(error) }));
    }, delay);
    timer.unref();
    this.timers.add(timer);
  }

  /** No more sweeps from this worker (shutdown): pending retry timers are cleared; running work finishes. */
  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  /**
   * Shutdown: stops, waits up to `waitMs` for the jobs already running, then hands every other claim of this worker
   * back, so another replica (or the next start) runs them at once instead of after the lease. Returns how many
   * jobs were still running when the wait ended (their leases expire and another worker takes them over).
   */
  async shutdown(waitMs: number): Promise<{ released: number; stillRunning: number }> {
    this.stop();
    await settlesWithin(this.idle(), waitMs);
    const released = await releaseClaims(this.options.db, this.workerId, [...this.inFlight]);
    return { released, stillRunning: this.inFlight.size };
  }
}

export function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

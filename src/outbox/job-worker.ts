import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { newCorrelationId } from '../correlation.ts';
import { describeError } from '../errors.ts';
import type { Job } from '../generated/sqlite/index.js';
import type { Logger } from '../logger.ts';
import type { CoreMetrics } from '../metrics/bot-metrics.ts';
import { settlesWithin } from '../settles-within.ts';
import type { JobQueue } from '../store/job-repository.ts';
import { retryWhileAlive } from './retry-while-alive.ts';

/** What a handler decided: finished, try again later (counts an attempt), or wait without counting one. */
export type JobOutcome = { kind: 'done' } | { kind: 'retry'; at: Date; error: string } | { kind: 'defer'; until: Date };
export type JobHandler = (job: Job, payload: Record<string, unknown>, run: JobRun) => Promise<JobOutcome>;

export type JobWorkerOptions = {
  /** The job rows it claims and settles (Store.jobs). */
  jobs: JobQueue;
  handlers: Record<string, JobHandler>;
  now: () => Date;
  logger: Logger;
  maxAttempts: number;
  leaseMs?: number;
  /** How often the leases of held jobs are renewed (default: a third of the lease). */
  heartbeatMs?: number;
  /** Retries due sooner than this get a timer instead of waiting for the next sweep (0: off). */
  wakeWithinMs?: number;
  /** Jobs in one lane run in order; lanes run side by side (default: one lane per deployment). */
  laneOf?: (job: Job) => string;
  /**
   * How many lanes may run a handler at once (default 16): a backlog over many deployments must not open as many
   * Slack calls and database queries at once. A lane waiting for its channel's post slot (JobRun.whileWaiting) does
   * not count; lanes beyond the bound wait for a free slot in the order they asked.
   */
  maxRunningLanes?: number;
  batchSize?: number;
  /** Called when a job is given up on, so the card can show it. */
  onFailed?: (job: Job, error: string) => Promise<void>;
  workerId?: string;
  /** Job outcomes, scheduler lag and durations by job kind (GET /metrics). */
  metrics?: Pick<CoreMetrics, 'jobs' | 'jobLagSeconds' | 'jobSeconds'>;
};

/** How a job run ended (the `outcome` of its log line and of deploy_checklist_jobs_total). */
type JobRunOutcome =
  | { outcome: 'done'; finished: boolean }
  | { outcome: 'deferred' }
  | { outcome: 'retry'; error: string; retryAt: Date }
  | { outcome: 'failed'; error: string };

export const DONE: JobOutcome = { kind: 'done' };

/** Exponential backoff from 2 s, capped at 5 minutes. */
export function backoffMs(attempt: number): number {
  return Math.min(300_000, 2000 * 2 ** Math.max(0, attempt - 1));
}

/** A job this worker has claimed and not finished: queued in its lane, or running. */
type HeldJob = {
  job: Job;
  /** When the claim ends unless renewed (the heartbeat moves it on). */
  leaseEnd: number;
  /** Another worker holds it now (a renewal found it no longer ours): not started, or its records stop retrying. */
  lost: boolean;
  /** Settles when the job has run, was given up or handed back: kick() waits for the jobs it claimed. */
  settled: Promise<void>;
  settle: () => void;
};

type Lane = { queue: HeldJob[]; runner: Promise<void> | null };

/** What a handler can ask about the run it is part of. */
export type JobRun = {
  /** Whether this worker still holds the job (its lease is ours and renewed): records may be retried meanwhile. */
  alive: () => boolean;
  /**
   * Whether the job is still ours for at least `marginMs` more: asked right before a Slack call that must not happen
   * twice, so a run whose lease renewals fell behind (a database slow under load) stops instead of racing the
   * replica that may take the job over when the lease runs out.
   */
  ownedFor: (marginMs: number) => boolean;
  /**
   * Waits for `wait` without holding one of the worker's running slots (maxRunningLanes), then waits for a slot
   * again before going on. For waits that are not work, such as the channel's post slot: a lane sleeping there must
   * not keep a lane of a quiet channel from running. Resolves or rejects as `wait` does.
   */
  whileWaiting: <T>(wait: Promise<T>) => Promise<T>;
};

/**
 * The running slots shared by the lanes: at most `max` lanes run a handler at once, and the others queue for a
 * slot first come, first served, so a deployment with a long backlog cannot starve one that is waiting.
 */
class RunningSlots {
  private running = 0;
  private readonly queue: Array<(got: boolean) => void> = [];
  private closed = false;

  constructor(private readonly max: number) {}

  /** Resolves true once the caller holds a slot; false when the worker is stopping (no slot is handed out then). */
  take(): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    if (this.running < this.max && this.queue.length === 0) {
      this.running++;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => this.queue.push(resolve));
  }

  /** A freed slot goes straight to the lane that has waited longest. */
  give(): void {
    const next = this.queue.shift();
    if (next) next(true);
    else this.running--;
  }

  /** Stopping: lanes waiting for a slot give up (their claims are handed back), running ones finish. */
  close(): void {
    this.closed = true;
    for (const wake of this.queue.splice(0)) wake(false);
  }

  get counts(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.queue.length };
  }
}

/**
 * One job run's hold on a running slot: given up while its handler waits (JobRun.whileWaiting), taken again when
 * the last wait is over, and given back when the run ends. Counted, so waits that overlap give the slot up once and
 * take it once.
 */
class RunSlot {
  private holding = true;
  private waits = 0;
  private retaking: Promise<void> | null = null;
  private ended = false;

  constructor(private readonly slots: RunningSlots) {}

  async whileWaiting<T>(wait: Promise<T>): Promise<T> {
    // A wait that starts while the slot is being taken again gives it up only once it is held.
    if (this.retaking) await this.retaking;
    if (this.waits++ === 0 && this.holding) {
      this.holding = false;
      this.slots.give();
    }
    try {
      return await wait;
    } finally {
      if (--this.waits === 0) {
        // Once the worker is stopping no slot is handed out: the run goes on without one and ends (shutdown waits
        // for it, as for any running job).
        this.retaking = this.slots.take().then((got) => {
          this.retaking = null;
          if (got && this.ended) this.slots.give();
          else this.holding = got;
        });
        await this.retaking;
      }
    }
  }

  end(): void {
    this.ended = true;
    if (this.holding) this.slots.give();
    this.holding = false;
  }
}

/**
 * Drains due jobs. Jobs of one lane (one deployment by default) run in order, lanes run side by side and
 * independently: a sweep claims what is due, appends it to the lanes' queues, starts a runner for idle lanes and
 * returns. So a lane that sleeps (waiting for its channel's post slot, or on a slow Slack call) holds up nothing
 * but its own queue: a click in a quiet channel is claimed by the next sweep and its chat.update goes out at once.
 * At most maxRunningLanes lanes run a handler at once; a lane takes a slot for each job and gives it back after,
 * and while the handler waits for its channel's post slot, so a waiting lane never keeps another from running.
 * A heartbeat renews the lease of every job this worker holds, queued or running, so a long wait never lets another
 * replica take a job over while it is still alive here. A handler that throws is retried with backoff; after the
 * last attempt the job is marked failed.
 */
export class JobWorker {
  readonly workerId: string;
  private sweeping: Promise<HeldJob[]> | null = null;
  private again = false;
  private stopped = false;
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Every job claimed by this worker and not finished, by id. */
  private readonly held = new Map<string, HeldJob>();
  private readonly lanes = new Map<string, Lane>();
  /** Ids of the jobs whose handlers are running right now. */
  private readonly inFlight = new Set<string>();
  private heartbeat: NodeJS.Timeout | null = null;
  private renewing: Promise<void> | null = null;
  private readonly slots: RunningSlots;

  constructor(private readonly options: JobWorkerOptions) {
    // Host and process id: an operator reading a claim (claimedBy) knows which replica holds it.
    this.workerId = options.workerId ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
    this.slots = new RunningSlots(Math.max(1, options.maxRunningLanes ?? 16));
  }

  /** Lanes running a handler now, and lanes waiting for a running slot (those past maxRunningLanes). */
  get laneCounts(): { running: number; waiting: number } {
    return this.slots.counts;
  }

  private get leaseMs(): number {
    return this.options.leaseMs ?? 60_000;
  }

  /**
   * Runs a sweep now, or once more right after the current one (never two at a time in one process). Resolves
   * with how many jobs the sweep claimed, once the worker is idle: those jobs and whatever they caused have run.
   * Only the caller waits for that: the sweep itself hands the jobs to their lanes and ends.
   */
  async kick(): Promise<number> {
    const claimed = await this.sweep();
    await this.idle();
    return claimed.length;
  }

  private sweep(): Promise<HeldJob[]> {
    if (this.sweeping) {
      this.again = true;
      return this.sweeping;
    }
    this.sweeping = this.drain().finally(() => {
      this.sweeping = null;
    });
    return this.sweeping;
  }

  /** Waits until no sweep and no lane is running (tests and shutdown use this). */
  async idle(): Promise<void> {
    for (;;) {
      const busy = [this.sweeping, ...[...this.lanes.values()].map((lane) => lane.runner)].filter(
        (promise): promise is Promise<HeldJob[]> | Promise<void> => promise !== null,
      );
      if (busy.length === 0) return;
      await Promise.allSettled(busy);
      // A round that found only settled work must still let timers and I/O run before it looks again.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  private async drain(): Promise<HeldJob[]> {
    const claimed: HeldJob[] = [];
    do {
      this.again = false;
      let batch: { held: HeldJob[]; more: boolean };
      do {
        batch = await this.sweepOnce();
        claimed.push(...batch.held);
      } while (batch.more);
    } while (this.again);
    return claimed;
  }

  /**
   * Claims due jobs (never one this worker holds: its lease is in the future) and hands them to their lanes. `more`:
   * the page was full, so more may be due.
   */
  private async sweepOnce(): Promise<{ held: HeldJob[]; more: boolean }> {
    const { jobs: queue, now } = this.options;
    if (this.stopped) return { held: [], more: false };
    const { claimed: jobs, more } = await queue.claimDueBatch({
      workerId: this.workerId,
      now: now(),
      leaseMs: this.leaseMs,
      limit: this.options.batchSize ?? 50,
    });
    const laneOf = this.options.laneOf ?? ((job: Job) => job.deploymentId);
    const claimed: HeldJob[] = [];
    for (const job of jobs) {
      const leaseEnd = job.claimedUntil?.getTime() ?? 0;
      const known = this.held.get(job.id);
      if (known) {
        // Its lease ran out while it waited here (renewals failed) and this worker claimed it again: still one run.
        known.leaseEnd = leaseEnd;
        known.lost = false;
        continue;
      }
      let settle: () => void = () => undefined;
      const settled = new Promise<void>((resolve) => {
        settle = resolve;
      });
      const held: HeldJob = { job, leaseEnd, lost: false, settled, settle: () => settle() };
      this.held.set(job.id, held);
      claimed.push(held);
      const key = laneOf(job);
      const lane = this.lanes.get(key) ?? { queue: [], runner: null };
      this.lanes.set(key, lane);
      lane.queue.push(held);
      if (!lane.runner) this.startLane(key, lane);
    }
    if (this.held.size > 0) this.startHeartbeat();
    return { held: claimed, more };
  }

  /**
   * The runner is cleared in a callback, never inside runLane: an async function that returns before its first await
   * (stopping, or only lost claims queued) has already run its own cleanup by the time its promise is assigned, and a
   * settled runner left on a lane would make idle() go round for ever without letting the event loop run.
   */
  private startLane(key: string, lane: Lane): void {
    const runner: Promise<void> = this.runLane(lane).finally(() => {
      if (lane.runner === runner) lane.runner = null;
      if (lane.queue.length === 0 && this.lanes.get(key) === lane) this.lanes.delete(key);
    });
    lane.runner = runner;
  }

  private async runLane(lane: Lane): Promise<void> {
    for (;;) {
      // Once stopping, the rest of the lane is handed back (releaseClaims) instead of run.
      if (this.stopped) return;
      if (lane.queue.length === 0) return;
      // The job stays queued (and its claim renewed) until the lane holds a slot; one slot per job, so a lane with
      // a long backlog queues again behind the others after each job.
      if (!(await this.slots.take())) return;
      const slot = new RunSlot(this.slots);
      const held = lane.queue.shift();
      if (this.stopped || !held || held.lost) {
        slot.end();
        if (this.stopped || !held) return;
        this.forget(held);
        continue;
      }
      this.inFlight.add(held.job.id);
      let handedBack = false;
      try {
        handedBack = await this.runOne(held, slot);
      } catch (error) {
        // A write about the job failed (the database went away): its claim runs out and it runs again then.
        this.options.logger.warn('could not record how a job ended; it runs again when its lease expires', {
          jobId: held.job.id,
          kind: held.job.kind,
          error: describeError(error),
        });
      } finally {
        slot.end();
        this.inFlight.delete(held.job.id);
        this.forget(held, handedBack ? () => this.runAgain() : undefined);
      }
    }
  }

  /**
   * A job requested again while it ran was handed back, due now: a sweep claims it again. Whoever waits for the
   * first run (kick) waits for that one too, as when a sweep ran its batch to the end.
   */
  private async runAgain(): Promise<void> {
    if (this.stopped) return;
    try {
      const claimed = await this.sweep();
      await Promise.all(claimed.map((held) => held.settled));
    } catch (error) {
      this.options.logger.error('sweep failed', { error: describeError(error) });
    }
  }

  /** The job is no longer held here; whoever waits for it is told once `after` (if any) is done too. */
  private forget(held: HeldJob, after?: () => Promise<void>): void {
    if (this.held.get(held.job.id) === held) this.held.delete(held.job.id);
    if (this.held.size === 0) this.stopHeartbeat();
    if (after) void after().finally(held.settle);
    else held.settle();
  }

  /** Whether this worker still holds the job: its lease (as last renewed) has not run out and nobody took it. */
  private alive(held: HeldJob): boolean {
    return !held.lost && this.options.now().getTime() < held.leaseEnd;
  }

  /**
   * Runs one job as part of the work that caused it: the handler sees the correlation id on the job (the Slack
   * request's, carried on the row, or a new one for work nobody asked for) and gives it to the jobs it enqueues.
   * Then writes the job's one log line and its metrics. Returns whether the job was handed back to run again.
   */
  private async runOne(held: HeldJob, slot: RunSlot): Promise<boolean> {
    const row = held.job;
    const job = { ...row, correlationId: row.correlationId ?? newCorrelationId() };
    const startedAt = this.options.now();
    const started = performance.now();
    const run = await this.settle(job, held, slot);
    const lagMs = Math.max(0, startedAt.getTime() - job.dueAt.getTime());
    this.report(job, run, { correlationId: job.correlationId, lagMs, durationMs: performance.now() - started });
    return run.outcome === 'done' && !run.finished;
  }

  private async settle(job: Job, held: HeldJob, slot: RunSlot): Promise<JobRunOutcome> {
    const { jobs, now, logger } = this.options;
    const handler = this.options.handlers[job.kind];
    if (!handler) {
      const error = `no handler for job kind "${job.kind}"`;
      await jobs.fail(job, now(), error);
      return { outcome: 'failed', error };
    }
    let outcome: JobOutcome;
    try {
      outcome = await handler(job, JSON.parse(job.payloadJson) as Record<string, unknown>, {
        alive: () => this.alive(held),
        ownedFor: (marginMs) => !held.lost && this.options.now().getTime() + marginMs < held.leaseEnd,
        whileWaiting: (wait) => slot.whileWaiting(wait),
      });
    } catch (error) {
      outcome = { kind: 'retry', at: new Date(now().getTime() + backoffMs(job.attempts)), error: describeError(error) };
    }
    if (outcome.kind === 'done') return { outcome: 'done', finished: await this.recordDone(job, held) };
    if (outcome.kind === 'defer') {
      await jobs.defer(job, outcome.until);
      return { outcome: 'deferred' };
    }
    if (job.attempts >= this.options.maxAttempts) {
      await jobs.fail(job, now(), outcome.error);
      await this.options.onFailed?.(job, outcome.error).catch((error: unknown) => {
        logger.error('could not report a failed job', { jobId: job.id, error: describeError(error) });
      });
      return { outcome: 'failed', error: outcome.error };
    }
    await jobs.retry(job, outcome.at, outcome.error);
    this.wakeAt(outcome.at);
    return { outcome: 'retry', error: outcome.error, retryAt: outcome.at };
  }

  /**
   * The job's effect has happened (Slack accepted the post): unless "done" is stored, the job runs again when its
   * lease expires and posts twice. So a failed write (the database went away just then) is retried while the job is
   * ours (the heartbeat keeps renewing its lease); past it another worker may already hold the job, and the row is
   * left to it. Returns whether the job is finished (false: it was requested again meanwhile and handed back).
   */
  private recordDone(job: Job, held: HeldJob): Promise<boolean> {
    const { jobs, now, logger } = this.options;
    return retryWhileAlive(
      () => jobs.complete(job, now()),
      () => this.alive(held),
      logger,
      {
        message: 'could not record a finished job; retrying while its lease lasts',
        fields: { jobId: job.id, kind: job.kind },
      },
    );
  }

  /**
   * Renews the lease of every job this worker holds, queued or running, with one conditional update. A queued job
   * that is no longer ours (its lease ran out while renewals failed, and another worker claimed it) is dropped, not
   * started; a running one can only be reported. Called by the heartbeat, every third of the lease.
   */
  async renewLeases(): Promise<void> {
    if (this.renewing) return this.renewing;
    this.renewing = this.renewOnce().finally(() => {
      this.renewing = null;
    });
    return this.renewing;
  }

  private async renewOnce(): Promise<void> {
    const held = [...this.held.values()];
    if (held.length === 0) return;
    const leaseEnd = this.options.now().getTime() + this.leaseMs;
    const ours = await this.options.jobs.renewClaims(
      this.workerId,
      held.map((entry) => entry.job.id),
      new Date(leaseEnd),
    );
    for (const entry of held) {
      if (ours.has(entry.job.id)) {
        entry.leaseEnd = leaseEnd;
        continue;
      }
      // Finished meanwhile (its row is done or handed back): nothing to renew.
      if (this.held.get(entry.job.id) !== entry) continue;
      entry.lost = true;
      if (this.inFlight.has(entry.job.id))
        this.options.logger.warn('lost the claim of a running job to another worker', {
          jobId: entry.job.id,
          kind: entry.job.kind,
        });
    }
  }

  private startHeartbeat(): void {
    if (this.heartbeat) return;
    const every = this.options.heartbeatMs ?? Math.max(1, Math.floor(this.leaseMs / 3));
    this.heartbeat = setInterval(() => {
      this.renewLeases().catch((error: unknown) =>
        this.options.logger.warn('could not renew the leases of held jobs; trying again', {
          jobs: this.held.size,
          error: describeError(error),
        }),
      );
    }, every);
    this.heartbeat.unref();
  }

  private stopHeartbeat(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
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
        this.kick().catch((error: unknown) =>
          this.options.logger.error('sweep failed', { error: describeError(error) }),
        );
    }, delay);
    timer.unref();
    this.timers.add(timer);
  }

  /**
   * No more sweeps from this worker (shutdown): pending retry timers are cleared; running work finishes, and lanes
   * waiting for a running slot stop waiting (shutdown hands their claims back).
   */
  stop(): void {
    this.stopped = true;
    this.slots.close();
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
    const running = [...this.inFlight];
    const released = await this.options.jobs.releaseClaims(this.workerId, running);
    for (const held of [...this.held.values()]) if (!this.inFlight.has(held.job.id)) this.forget(held);
    this.lanes.clear();
    // Still-running jobs stop being renewed: their leases expire and another worker takes them over.
    this.stopHeartbeat();
    return { released, stillRunning: running.length };
  }
}

import type { WebClient } from '@slack/web-api';
import type { Config } from '../config.ts';
import type { DeploymentEvent } from '../domain/apply-event.ts';
import { type Deployment, phaseProgress } from '../domain/deployment.ts';
import { homeEntries } from '../domain/home.ts';
import type { Template } from '../domain/template.ts';
import { AppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { type CoreMetrics, createCoreMetrics } from '../metrics/bot-metrics.ts';
import type { ProbeSettings } from '../probes/probe-settings.ts';
import { JOB } from '../scheduler/job-kinds.ts';
import { JobWorker } from '../scheduler/job-worker.ts';
import { scheduleSweep } from '../scheduler/sweep-schedule.ts';
import { applyChange } from '../slack/apply-change.ts';
import { checkInSection, composeCardSections, failedJobsSection, lastProbeRunSection } from '../slack/card-sections.ts';
import { ChannelPacer } from '../slack/channel-pacer.ts';
import {
  BASELINE_PROBES_JOB,
  CHECK_IN_JOB,
  checkInJob,
  goLiveFollowUps,
} from '../slack/check-ins/schedule-after-go-live.ts';
import type { Deps, TemplateCatalog } from '../slack/deps.ts';
import { checkInEffectHandlers } from '../slack/effects/check-in-effects.ts';
import { deploymentEffectHandlers } from '../slack/effects/deployment-effects.ts';
import { probeEffectHandlers } from '../slack/effects/probe-effects.ts';
import { PROBE_RUN_JOB, startProbeRun } from '../slack/probes/start-probe-run.ts';
import { postToResponseUrl } from '../slack/response-url.ts';
import { UserGroupCache } from '../slack/user-group-cache.ts';
import type { DatabaseSettings } from '../store/create-store.ts';
import { asDatabaseOutage, describeFailure, isDatabaseUnreachable } from '../store/database-errors.ts';
import { type FollowUp, renderJobs } from '../store/deployment-repository.ts';
import { causedBy, enqueueJob } from '../store/job-repository.ts';
import { createStore, type Store } from '../store/store.ts';
import type { Core, DeploymentSummary, RequestCore, StartRequest } from './core.ts';

/** Jobs that run probes take seconds; they get their own lane per deployment. */
const PROBING_JOB_KINDS = new Set<string>([PROBE_RUN_JOB, BASELINE_PROBES_JOB, CHECK_IN_JOB]);

export type InProcessCoreOptions = {
  databaseUrl: string;
  templates: TemplateCatalog;
  client: WebClient;
  now: () => Date;
  logger: Logger;
  probeSettings: ProbeSettings;
  scheduler: Config['scheduler'];
  /** PostgreSQL pool size and startup wait (defaults otherwise; SQLite ignores them). */
  database?: DatabaseSettings;
  /** Start node-cron's sweep (off in tests, which drain the outbox themselves). */
  schedule: boolean;
  workerId?: string;
  /** Where the core's series are recorded (made by the caller when its Web API client counts into them too). */
  metrics?: CoreMetrics;
};

export type InProcessCore = { core: Core; store: Store; worker: JobWorker; deps: Deps };

/**
 * The core on the calling thread: store, outbox worker, effect handlers, probes and check-ins. The thread-backed
 * core runs exactly this inside a worker thread.
 */
export async function createInProcessCore(options: InProcessCoreOptions): Promise<InProcessCore> {
  const { now, logger, client } = options;
  const metrics = options.metrics ?? createCoreMetrics();
  const store = await createStore(options.databaseUrl, { ...options.database, logger });
  const sweepFailed = (error: unknown) => {
    // Due work stays in the database: it runs at the first sweep after the database is back.
    if (isDatabaseUnreachable(error))
      logger.warn('the database is unreachable; due work waits until it is back', { reason: describeFailure(error) });
    else logger.error('sweep failed', { error });
  };
  let worker: JobWorker | undefined;
  const deps: Deps = {
    store,
    templates: options.templates,
    now,
    logger,
    client,
    pacer: new ChannelPacer(options.scheduler.postIntervalMs),
    userGroups: new UserGroupCache(client, logger),
    probeSettings: options.probeSettings,
    metrics,
    kick: () => {
      void worker?.kick().catch(sweepFailed);
    },
    cardSections: composeCardSections(store, [lastProbeRunSection, checkInSection(now), failedJobsSection]),
    respond: postToResponseUrl,
  };
  const jobWorker = new JobWorker({
    db: store.db,
    handlers: { ...deploymentEffectHandlers(deps), ...probeEffectHandlers(deps), ...checkInEffectHandlers(deps) },
    // A probe run takes seconds: it gets its own lane so the deployment's messages keep flowing meanwhile.
    laneOf: (job) => (PROBING_JOB_KINDS.has(job.kind) ? `${job.deploymentId}:probes` : job.deploymentId),
    // The lease outlives the longest probe run (config checks it), so a running run is never picked up twice.
    leaseMs: options.scheduler.leaseMs,
    now,
    logger,
    maxAttempts: options.scheduler.maxAttempts,
    workerId: options.workerId,
    metrics,
    wakeWithinMs: options.scheduler.sweepIntervalSeconds * 1000,
    // The card shows what could not be delivered.
    onFailed: async (job) => {
      for (const render of causedBy(renderJobs(job.deploymentId, [{ kind: 'card' }], now()), job.correlationId))
        await enqueueJob(store.db, render, now());
    },
  });
  worker = jobWorker;
  metrics.countOpenDeployments(() => store.deployments.countOpenByStatus());
  const task = options.schedule
    ? scheduleSweep(options.scheduler.sweepIntervalSeconds, () => jobWorker.kick().catch(sweepFailed))
    : undefined;

  // While the database is unreachable a request fails at once with a known error (the listener tells the person
  // nothing was changed) instead of an unknown one.
  // The calls that store a change take the correlation id of the request they serve (forRequest), so the jobs the
  // change enqueues carry it.
  const changes = (correlationId: string | undefined): Pick<RequestCore, 'apply' | 'create' | 'startProbeRun'> => ({
    apply: async (deploymentId, event, request) => {
      const result = await outageAsRefusal(() =>
        applyChange(deps, deploymentId, event, followUpsOf(event, now), correlationId, request),
      );
      return result.ok ? { ok: true } : { ok: false, code: result.code, userMessage: result.userMessage };
    },
    create: failFast((startRequest, { responseUrl, requestKey }) =>
      createDeployment(deps, startRequest, { responseUrl, requestKey }, correlationId),
    ),
    startProbeRun: failFast((deploymentId, probeRun) => startProbeRun(deps, deploymentId, probeRun, correlationId)),
  });
  const core: Core = {
    ...changes(undefined),
    find: failFast((id) => store.deployments.find(id)),
    listOpenInChannel: failFast(async (teamId, channelId) =>
      (await store.deployments.listOpenInChannel(teamId, channelId)).map(summarize),
    ),
    home: failFast(async (teamId, userId) => homeEntries(await store.deployments.listOpen(teamId), userId)),
    forRequest: (correlationId) => ({ ...core, ...changes(correlationId) }),
    findByService: failFast(async (teamId, service) =>
      (await store.deployments.findByService(teamId, service)).map(summarize),
    ),
    kick: deps.kick,
    drain: async () => {
      await jobWorker.idle();
      while ((await jobWorker.kick()) > 0) {
        /* keep draining */
      }
    },
    idle: () => jobWorker.idle(),
    healthy: store.healthy,
    pendingMigrations: store.pendingMigrations,
    metrics: () => metrics.registry.getMetricsAsJSON(),
    close: async (waitMs = Number.POSITIVE_INFINITY) => {
      await task?.stop();
      const { released, stillRunning } = await jobWorker.shutdown(waitMs);
      if (released > 0 || stillRunning > 0)
        logger.warn('stopped the scheduler', {
          releasedClaims: released,
          // Their leases expire and another replica (or the next start) runs them again.
          stillRunning,
        });
      await store.close();
    },
  };
  return { core, store, worker: jobWorker, deps };
}

/** A core method whose database outage surfaces as the known `database-unreachable` error. */
function failFast<A extends unknown[], R>(method: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await method(...args);
    } catch (error) {
      throw asDatabaseOutage(error);
    }
  };
}

/** A change that met a database outage is refused like any other change the person can retry. */
async function outageAsRefusal<T>(
  change: () => Promise<T>,
): Promise<T | { ok: false; code: string; userMessage: string }> {
  try {
    return await change();
  } catch (error) {
    const outage = asDatabaseOutage(error);
    if (outage instanceof AppError) return { ok: false, code: outage.code, userMessage: outage.userMessage };
    throw error;
  }
}

/**
 * The jobs an event schedules in its own transaction. Decided here from the event (not passed in by the listener),
 * so the request that crosses to the core thread stays plain data.
 */
function followUpsOf(event: DeploymentEvent, now: () => Date): FollowUp | undefined {
  if (event.type === 'go-live') return goLiveFollowUps;
  if (event.type === 'check-in-snooze') {
    const key = event.key;
    return (deployment) => [checkInJob(deployment, deployment.checkIns[key]?.snoozedUntil ?? now())];
  }
  return undefined;
}

function summarize(deployment: Deployment): DeploymentSummary {
  const { id, service, version, environment, status, ownerId, channelId, threadTs } = deployment;
  return { id, service, version, environment, status, ownerId, channelId, threadTs, phases: phaseProgress(deployment) };
}

/** The template's default assignees (user groups expanded), replaced role by role by `--role` flags. */
async function initialRoles(
  template: Template,
  flags: StartRequest['roleFlags'],
  deps: Deps,
): Promise<Record<string, string[]>> {
  const roles: Record<string, string[]> = {};
  for (const role of template.roles) {
    const group = role.defaultAssignees.userGroup ? await deps.userGroups.members(role.defaultAssignees.userGroup) : [];
    const users = [...new Set([...role.defaultAssignees.users, ...group])];
    if (users.length > 0) roles[role.key] = users;
  }
  const fromFlags = new Map<string, string[]>();
  for (const flag of flags) fromFlags.set(flag.role, [...(fromFlags.get(flag.role) ?? []), ...flag.users]);
  for (const [role, users] of fromFlags) roles[role] = [...new Set(users)];
  return roles;
}

async function createDeployment(
  deps: Deps,
  start: StartRequest,
  { responseUrl, requestKey }: { responseUrl: string; requestKey?: string | undefined },
  correlationId: string | undefined,
): Promise<{ deploymentId: string | undefined }> {
  const loaded = deps.templates.templates.get(start.templateName);
  if (!loaded) throw new Error(`template ${start.templateName} vanished`);
  const now = deps.now();
  const deployment = await deps.store.deployments.create(
    {
      teamId: start.teamId,
      channelId: start.channelId,
      service: start.service,
      version: start.version,
      environment: start.environment,
      ownerId: start.ownerId,
      templateName: start.templateName,
      templateHash: loaded.hash,
      template: loaded.template,
      endpoints: start.endpoints,
      roles: await initialRoles(loaded.template, start.roleFlags, deps),
    },
    now,
    (created) => [
      { deploymentId: created.id, kind: JOB.postCard, dueAt: now, payload: { responseUrl } },
      { deploymentId: created.id, kind: JOB.postPhases, dueAt: now },
    ],
    correlationId,
    requestKey,
  );
  deps.kick();
  return { deploymentId: deployment?.id };
}

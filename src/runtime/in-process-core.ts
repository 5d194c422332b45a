import type { WebClient } from '@slack/web-api';
import { authenticateApiToken } from '../app/api-tokens.ts';
import { applyChange } from '../app/apply-change.ts';
import { checkInSection, composeCardSections, failedJobsSection, lastProbeRunSection } from '../app/card-sections.ts';
import type { Core, RequestCore } from '../app/core.ts';
import type { TemplateCatalog } from '../app/core-deps.ts';
import { renderedDeploymentReport, renderedPopulationExport } from '../app/deployment-records.ts';
import { deploymentStats } from '../app/deployment-stats.ts';
import { summarize } from '../app/deployment-summary.ts';
import { openForGithubRun } from '../app/github-runs.ts';
import { homePublished, openHome } from '../app/home.ts';
import {
  gateDeployment,
  probeRunResults,
  searchDeployments,
  startFromPipeline,
  viewDeployment,
} from '../app/pipeline.ts';
import { requestReportUpload } from '../app/report-upload.ts';
import { startDeployment } from '../app/start-deployment.ts';
import { PROBE_RUN_JOB, startProbeRun } from '../app/start-probe-run.ts';
import type { Config } from '../config.ts';
import { BASELINE_PROBES_JOB, CHECK_IN_JOB } from '../domain/follow-ups.ts';
import type { StartLimits } from '../domain/start-limits.ts';
import { AppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { type CoreMetrics, createCoreMetrics } from '../metrics/bot-metrics.ts';
import { ChannelPacer } from '../outbox/channel-pacer.ts';
import type { EffectDeps } from '../outbox/effect-deps.ts';
import { checkInEffectHandlers } from '../outbox/effects/check-in-effects.ts';
import { deploymentEffectHandlers } from '../outbox/effects/deployment-effects.ts';
import { githubEffectHandlers } from '../outbox/effects/github-effects.ts';
import { homeEffectHandlers } from '../outbox/effects/home-effects.ts';
import { probeEffectHandlers } from '../outbox/effects/probe-effects.ts';
import { reportEffectHandlers } from '../outbox/effects/report-effects.ts';
import { createGithubClient, type GithubAppSettings } from '../outbox/github-client.ts';
import { JobWorker } from '../outbox/job-worker.ts';
import { scheduleSweep } from '../outbox/sweep-schedule.ts';
import type { ProbeSettings } from '../probes/probe-settings.ts';
import { postToResponseUrl } from '../slack-api/response-url.ts';
import { UserGroupCache } from '../slack-api/user-group-cache.ts';
import type { DatabaseSettings } from '../store/create-store.ts';
import { asDatabaseOutage, describeFailure, isDatabaseUnreachable } from '../store/database-errors.ts';
import { renderJobs } from '../store/deployment-repository.ts';
import { causedBy } from '../store/job-repository.ts';
import { createStore, type Store } from '../store/store.ts';

/** Jobs that run probes take seconds; they get their own lane per deployment. */
const PROBING_JOB_KINDS = new Set<string>([PROBE_RUN_JOB, BASELINE_PROBES_JOB, CHECK_IN_JOB]);

export type InProcessCoreOptions = {
  databaseUrl: string;
  templates: TemplateCatalog;
  client: WebClient;
  now: () => Date;
  logger: Logger;
  probeSettings: ProbeSettings;
  startLimits: StartLimits;
  scheduler: Config['scheduler'];
  /** PostgreSQL pool size and startup wait (defaults otherwise; SQLite ignores them). */
  database?: DatabaseSettings;
  /** Start node-cron's sweep (off in tests, which drain the outbox themselves). */
  schedule: boolean;
  workerId?: string;
  /** Where the core's series are recorded (made by the caller when its Web API client counts into them too). */
  metrics?: CoreMetrics;
  /** The GitHub App that answers waiting runs (docs/github.md); off unless configured (no run is linked then). */
  github?: GithubAppSettings | undefined;
};

export type InProcessCore = { core: Core; store: Store; worker: JobWorker; deps: EffectDeps };

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
  const deps: EffectDeps = {
    store,
    templates: options.templates,
    now,
    logger,
    client,
    pacer: new ChannelPacer(options.scheduler.postIntervalMs),
    userGroups: new UserGroupCache(client, logger),
    probeSettings: options.probeSettings,
    startLimits: options.startLimits,
    metrics,
    kick: () => {
      void worker?.kick().catch(sweepFailed);
    },
    cardSections: composeCardSections(store, [lastProbeRunSection, checkInSection(now), failedJobsSection]),
    respond: postToResponseUrl,
  };
  const github = options.github ? githubEffectHandlers(deps, createGithubClient(options.github)) : {};
  const jobWorker = new JobWorker({
    jobs: store.jobs,
    handlers: {
      ...deploymentEffectHandlers(deps),
      ...probeEffectHandlers(deps),
      ...checkInEffectHandlers(deps),
      ...github,
      ...reportEffectHandlers(deps),
      ...homeEffectHandlers(deps),
    },
    // A probe run takes seconds: it gets its own lane so the deployment's messages keep flowing meanwhile.
    laneOf: (job) => (PROBING_JOB_KINDS.has(job.kind) ? `${job.deploymentId}:probes` : job.deploymentId),
    // The lease outlives the longest probe run (config checks it), so a running run is never picked up twice.
    leaseMs: options.scheduler.leaseMs,
    now,
    logger,
    maxAttempts: options.scheduler.maxAttempts,
    maxRunningLanes: options.scheduler.maxRunningLanes,
    workerId: options.workerId,
    metrics,
    wakeWithinMs: options.scheduler.sweepIntervalSeconds * 1000,
    // The card shows what could not be delivered.
    onFailed: async (job) => {
      for (const render of causedBy(renderJobs(job.deploymentId, [{ kind: 'card' }], now()), job.correlationId))
        await store.jobs.enqueue(render, now());
    },
  });
  worker = jobWorker;
  metrics.countOpenDeployments(() => store.deployments.countOpenByStatus());
  metrics.countJobLanes(() => jobWorker.laneCounts);
  const task = options.schedule
    ? scheduleSweep(options.scheduler.sweepIntervalSeconds, () => jobWorker.kick().catch(sweepFailed))
    : undefined;

  // While the database is unreachable a request fails at once with a known error (the listener tells the person
  // nothing was changed) instead of an unknown one.
  // The calls that store a change take the correlation id of the request they serve (forRequest), so the jobs the
  // change enqueues carry it.
  const changes = (
    correlationId: string | undefined,
  ): Pick<
    RequestCore,
    'apply' | 'create' | 'startProbeRun' | 'startFromPipeline' | 'openForGithubRun' | 'requestReport'
  > => ({
    startFromPipeline: failFast((request) => startFromPipeline(deps, request, correlationId)),
    openForGithubRun: failFast((request) => openForGithubRun(deps, request, correlationId)),
    apply: async (deploymentId, event, request) => {
      const result = await outageAsRefusal(() => applyChange(deps, deploymentId, event, correlationId, request));
      return result.ok ? { ok: true } : { ok: false, code: result.code, userMessage: result.userMessage };
    },
    create: failFast((startRequest, { responseUrl, requestKey }) =>
      startDeployment(deps, startRequest, { responseUrl, requestKey }, correlationId),
    ),
    startProbeRun: failFast((deploymentId, probeRun) => startProbeRun(deps, deploymentId, probeRun, correlationId)),
    requestReport: failFast((request) => requestReportUpload(deps, request, correlationId)),
  });
  const core: Core = {
    ...changes(undefined),
    find: failFast((id) => store.deployments.find(id)),
    listOpenInChannel: failFast(async (teamId, channelId) =>
      (await store.deployments.listOpenInChannel(teamId, channelId)).map(summarize),
    ),
    home: failFast((teamId, userId) => openHome(store, teamId, userId, now())),
    homePublished: failFast((teamId, userId, viewHash) => homePublished(store, teamId, userId, viewHash, now())),
    forRequest: (correlationId) => ({ ...core, ...changes(correlationId) }),
    findByService: failFast(async (teamId, service) =>
      (await store.deployments.findByService(teamId, service)).map(summarize),
    ),
    checkApiToken: failFast((token) => authenticateApiToken(store, token, now())),
    viewDeployment: failFast((id) => viewDeployment(deps, id)),
    searchDeployments: failFast((filter) => searchDeployments(deps, filter)),
    gateDeployment: failFast((filter) => gateDeployment(deps, filter)),
    probeRunResults: failFast((id, runId) => probeRunResults(deps, id, runId)),
    stats: failFast((query) => deploymentStats(store, query, now())),
    renderReport: failFast((id, format) => renderedDeploymentReport(store, id, format)),
    renderPopulation: failFast((period, format) => renderedPopulationExport(store, period, format)),
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

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { request } from 'undici';
import type { Config } from './config.ts';
import { createLogger, type Logger } from './logger.ts';
import { JobWorker } from './scheduler/job-worker.ts';
import { scheduleSweep } from './scheduler/sweep-schedule.ts';
import { checkInSection, composeCardSections, failedJobsSection, lastProbeRunSection } from './slack/card-sections.ts';
import { ChannelPacer } from './slack/channel-pacer.ts';
import { BASELINE_PROBES_JOB, CHECK_IN_JOB, goLiveFollowUps } from './slack/check-ins/schedule-after-go-live.ts';
import { createSlackApp } from './slack/create-slack-app.ts';
import type { Deps, TemplateCatalog } from './slack/deps.ts';
import { checkInEffectHandlers } from './slack/effects/check-in-effects.ts';
import { deploymentEffectHandlers } from './slack/effects/deployment-effects.ts';
import { probeEffectHandlers } from './slack/effects/probe-effects.ts';
import { PROBE_RUN_JOB } from './slack/probes/start-probe-run.ts';

/** Jobs that run probes take seconds; they get their own lane per deployment. */
const PROBING_JOB_KINDS = new Set<string>([PROBE_RUN_JOB, BASELINE_PROBES_JOB, CHECK_IN_JOB]);

import { registerListeners } from './slack/register-listeners.ts';
import { UserGroupCache } from './slack/user-group-cache.ts';
import { renderJobs } from './store/deployment-repository.ts';
import { enqueueJob } from './store/job-repository.ts';
import { createStore, type Store } from './store/store.ts';
import { BUILT_IN_TEMPLATES_DIR, formatTemplateProblem, loadTemplates } from './templates/load-templates.ts';

export type BotOptions = {
  now?: () => Date;
  logger?: Logger;
  processBeforeResponse?: boolean;
  /** Start node-cron's sweep (off in tests, which drive the worker themselves). */
  schedule?: boolean;
  workerId?: string;
};

export type Bot = {
  app: App;
  /** The Web API client every effect uses (Bolt's own has no token: authorization is ours). */
  client: WebClient;
  port: number;
  store: Store;
  worker: JobWorker;
  deps: Deps;
  stop: () => Promise<void>;
};

export async function loadTemplateCatalog(config: Config, logger: Logger): Promise<TemplateCatalog> {
  const dirs = [BUILT_IN_TEMPLATES_DIR, ...(config.templatesDir ? [config.templatesDir] : [])];
  const catalog = await loadTemplates(dirs);
  for (const problem of catalog.problems) logger.error('template skipped', { problem: formatTemplateProblem(problem) });
  logger.info('templates loaded', { names: [...catalog.templates.keys()].sort() });
  return catalog;
}

/** Composition root: config → store → templates → Slack app → outbox worker → HTTP server. */
export async function startBot(config: Config, options: BotOptions = {}): Promise<Bot> {
  const now = options.now ?? (() => new Date());
  const logger =
    options.logger ??
    createLogger(config.logLevel, {
      secrets: [config.slack.botToken, config.slack.signingSecret, config.slack.appToken ?? ''],
    });
  const store = await createStore(config.databaseUrl);
  const templates = await loadTemplateCatalog(config, logger);
  const { app, client } = createSlackApp({
    config,
    logger,
    healthy: store.healthy,
    processBeforeResponse: options.processBeforeResponse,
  });
  let worker: JobWorker | undefined;
  const deps: Deps = {
    store,
    templates,
    now,
    logger,
    client,
    pacer: new ChannelPacer(config.scheduler.postIntervalMs),
    userGroups: new UserGroupCache(client, logger),
    probeSettings: config.probes,
    kick: () => {
      void worker?.kick().catch((error: unknown) => logger.error('sweep failed', { error }));
    },
    cardSections: composeCardSections(store, [lastProbeRunSection, checkInSection(now), failedJobsSection]),
    respond: async (responseUrl, body) => {
      const response = await request(responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      await response.body.dump();
    },
  };
  worker = new JobWorker({
    db: store.db,
    handlers: { ...deploymentEffectHandlers(deps), ...probeEffectHandlers(deps), ...checkInEffectHandlers(deps) },
    // A probe run takes seconds: it gets its own lane so the deployment's messages keep flowing meanwhile.
    laneOf: (job) => (PROBING_JOB_KINDS.has(job.kind) ? `${job.deploymentId}:probes` : job.deploymentId),
    // The lease outlives the longest probe run, so a running run is never picked up twice.
    leaseMs: config.probes.deadlineMs + 60_000,
    now,
    logger,
    maxAttempts: config.scheduler.maxAttempts,
    workerId: options.workerId,
    // The card shows what could not be delivered.
    onFailed: async (job) => {
      for (const render of renderJobs(job.deploymentId, [{ kind: 'card' }], now()))
        await enqueueJob(store.db, render, now());
    },
  });
  registerListeners(app, deps, { followUps: goLiveFollowUps });
  app.error(async (error) => {
    logger.error('unhandled error in a Slack listener', { error });
  });
  const server = (await app.start({ port: config.port, host: config.host })) as Server | undefined;
  const address = server?.address() as AddressInfo | null | undefined;
  const task =
    options.schedule === false
      ? undefined
      : scheduleSweep(config.scheduler.sweepIntervalSeconds, () =>
          worker.kick().catch((error: unknown) => logger.error('sweep failed', { error })),
        );
  // Work that fell due while the bot was down runs now, not at the first cron tick.
  deps.kick();
  return {
    app,
    client,
    port: address?.port ?? config.port,
    store,
    worker,
    deps,
    stop: async () => {
      await task?.stop();
      await app.stop();
      await worker.idle();
      await store.close();
    },
  };
}

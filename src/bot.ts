import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { apiCustomRoutes } from './api/api-server.ts';
import type { Core } from './app/core.ts';
import type { Config } from './config.ts';
import { unknownTemplates } from './domain/github-environments.ts';
import { RequestJournal, replayCall } from './inbox/request-journal.ts';
import { createLogger, type Logger } from './logger.ts';
import { createMainThreadMetrics } from './metrics/bot-metrics.ts';
import { metricsExposition } from './metrics/metrics-exposition.ts';
import { startThreadCore } from './runtime/thread-core.ts';
import { settlesWithin } from './settles-within.ts';
import { createSlackApp } from './slack/create-slack-app.ts';
import type { AppDeps, TemplateCatalog } from './slack/deps.ts';
import { InFlightRequests } from './slack/in-flight-requests.ts';
import { listenerErrorHandler } from './slack/listener-errors.ts';
import { registerListeners } from './slack/register-listeners.ts';
import type { SlackAuth } from './slack/slack-auth.ts';
import { postToResponseUrl } from './slack-api/response-url.ts';
import { sqliteFilePath, storeKindOf } from './store/database-url.ts';
import type { Store } from './store/store.ts';
import { BUILT_IN_TEMPLATES_DIR, formatTemplateProblem, loadTemplates } from './templates/load-templates.ts';

export type BotOptions = {
  now?: () => Date;
  /**
   * The buffer of a SharedClock whose `now` is passed above: with the core in its own thread, injected time must be
   * readable there too.
   */
  clock?: SharedArrayBuffer;
  logger?: Logger;
  processBeforeResponse?: boolean;
  /** Start node-cron's sweep (off in tests, which drive the outbox themselves). */
  schedule?: boolean;
  /**
   * Open a store on this thread too when the core runs in its own (tests read the database through it). Off in
   * production: this thread then never loads Prisma or a database driver.
   */
  openStore?: boolean;
  workerId?: string;
  /** What to do when the core thread dies unexpectedly (the entry point exits so a supervisor restarts it). */
  onCoreExit?: (error: Error) => void;
};

export type Bot = {
  app: App;
  /** The Web API client of the listeners (Bolt's own has no token: authorization is ours). */
  client: WebClient;
  /** The bot token as Slack confirmed it (auth.test, cached); GET /ready reports it. */
  slackAuth: SlackAuth;
  port: number;
  /**
   * The store, on this thread: the core's own when it runs here; with the core in its own thread, a second one only
   * when `openStore` asked for it (tests), and reading it otherwise throws.
   */
  readonly store: Store;
  /** Which database it runs on. */
  storeKind: 'sqlite' | 'postgresql';
  core: Core;
  /** Whether the core runs in its own worker thread (CORE_THREAD). */
  coreThread: boolean;
  /**
   * Graceful stop: no new requests, then up to `waitMs` (default: without limit) for running requests and jobs;
   * unstarted job claims are handed back and the database closed.
   */
  stop: (waitMs?: number) => Promise<void>;
};

export async function loadTemplateCatalog(config: Config, logger: Logger): Promise<TemplateCatalog> {
  const dirs = [BUILT_IN_TEMPLATES_DIR, ...(config.templatesDir ? [config.templatesDir] : [])];
  const catalog = await loadTemplates(dirs);
  for (const problem of catalog.problems) logger.error('template skipped', { problem: formatTemplateProblem(problem) });
  logger.info('templates loaded', { names: [...catalog.templates.keys()].sort() });
  return catalog;
}

/**
 * Requests the last process acknowledged but may not have stored (it was killed right after the ack): run again,
 * before new requests are taken, under their own keys so one stored after all is not applied twice.
 */
async function replayJournal(journal: RequestJournal, core: Core, logger: Logger): Promise<void> {
  const unfinished = journal.unfinished();
  if (unfinished.length === 0) return;
  logger.warn('replaying requests acknowledged before the last stop', { count: unfinished.length });
  let failed = 0;
  for (const { key, call } of unfinished) {
    try {
      await replayCall(core, key, call);
    } catch (error) {
      failed += 1;
      logger.error('could not replay an acknowledged request', { correlationId: key, op: call.op, error });
    }
  }
  // One that failed (the database still away) stays in the journal for the next start.
  if (failed === 0) journal.clearLeftOver();
}

/** An in-memory SQLite database exists in one connection only, so its core cannot move to another thread. */
function canRunInThread(config: Config): boolean {
  return config.databaseUrl.startsWith('postgres') || sqliteFilePath(config.databaseUrl) !== ':memory:';
}

/**
 * Composition root: config → templates → core (store, outbox, probes, check-ins; in its own thread unless
 * CORE_THREAD=false) → Slack app → HTTP server.
 */
export async function startBot(config: Config, options: BotOptions = {}): Promise<Bot> {
  const now = options.now ?? (() => new Date());
  const logger =
    options.logger ??
    createLogger(config.logLevel, {
      secrets: [
        config.slack.botToken,
        config.slack.signingSecret,
        config.slack.appToken ?? '',
        config.github?.webhookSecret ?? '',
        config.github?.privateKey ?? '',
      ],
    });
  if (options.now && !options.clock && config.coreThread)
    throw new Error('an injected clock needs its SharedClock buffer when the core runs in its own thread');
  const templates = await loadTemplateCatalog(config, logger);
  // A GitHub run of an environment whose template is missing would be refused (422) when it arrives: say so now.
  for (const problem of config.github
    ? unknownTemplates(config.github.environments, new Set(templates.templates.keys()))
    : [])
    logger.error('GITHUB_ENVIRONMENTS_FILE names a template that is not loaded; its runs will be refused', { problem });
  const schedule = options.schedule !== false;
  // Loaded only when GitHub is configured: its webhook module and signature library cost the thread that acks Slack
  // about 2 MB of heap otherwise.
  const github = config.github ? await import('./api/github-webhook.ts') : undefined;
  const metrics = createMainThreadMetrics();
  const { app, client, slackAuth } = createSlackApp({
    config,
    logger,
    now,
    checks: {
      healthy: () => core.healthy(),
      pendingMigrations: () => core.pendingMigrations(),
      metrics: async () => {
        const fromCore = await core.metrics().catch((error: unknown) => {
          logger.warn('the core did not report its metrics; serving the main thread’s alone', { error });
          return undefined;
        });
        return metricsExposition(metrics, fromCore);
      },
    },
    metrics,
    processBeforeResponse: options.processBeforeResponse,
    // The HTTP API (/api/v1): it asks the core, read at each request since the core starts after the app.
    moreRoutes: (webClient) => [
      ...apiCustomRoutes({ core: () => core, client: () => webClient, logger }),
      // GitHub's deliveries to the app (docs/github.md), only when it is configured.
      ...(config.github && github
        ? [
            github.githubWebhookRoute({
              core: () => core,
              client: () => webClient,
              logger,
              webhookSecret: config.github.webhookSecret,
              mapping: config.github.environments,
            }),
          ]
        : []),
    ],
  });
  const coreThread = config.coreThread && canRunInThread(config);
  let core: Core;
  let store: Store | undefined;
  if (coreThread) {
    core = await startThreadCore({
      config,
      templates,
      logger,
      ...(options.clock ? { clock: options.clock } : {}),
      schedule,
      ...(options.workerId ? { workerId: options.workerId } : {}),
      ...(options.onCoreExit ? { onUnexpectedExit: options.onCoreExit } : {}),
    });
    // Opened after the core thread has applied the migrations, so two threads never migrate at once.
    if (options.openStore) {
      const { createStore } = await import('./store/store.ts');
      store = await createStore(config.databaseUrl, { ...config.database, logger });
    }
  } else {
    // Loaded only here, so the thread that acks Slack does not carry Prisma when the core has its own thread.
    const { createInProcessCore } = await import('./runtime/in-process-core.ts');
    const local = await createInProcessCore({
      databaseUrl: config.databaseUrl,
      database: config.database,
      templates,
      client,
      now,
      logger,
      probeSettings: config.probes,
      startLimits: config.startLimits,
      scheduler: config.scheduler,
      github: config.github,
      schedule,
      ...(options.workerId ? { workerId: options.workerId } : {}),
    });
    core = local.core;
    store = local.store;
  }
  const journal = RequestJournal.open(config.requestJournal);
  await replayJournal(journal, core, logger);
  const deps: AppDeps = { core, templates, now, logger, client, journal };
  const inFlight = new InFlightRequests();
  inFlight.register(app);
  registerListeners(app, deps);
  app.error(listenerErrorHandler({ client, logger, respond: postToResponseUrl }));
  const started = await app.start({ port: config.port, host: config.host });
  // HTTP mode starts a server; Socket Mode connects out (its health routes listen on PORT, on every interface).
  const server = config.slack.socketMode ? undefined : (started as Server);
  const address = server?.address() as AddressInfo | null | undefined;
  // Work that fell due while the bot was down runs now, not at the first cron tick.
  core.kick();
  return {
    app,
    client,
    slackAuth,
    port: address?.port ?? config.port,
    get store(): Store {
      if (!store) throw new Error('no store on this thread: start the bot with openStore to read the database here');
      return store;
    },
    storeKind: storeKindOf(config.databaseUrl),
    core,
    coreThread,
    stop: async (waitMs = Number.POSITIVE_INFINITY) => {
      const deadline = Date.now() + waitMs;
      const left = () => Math.max(0, deadline - Date.now());
      // Stops accepting connections; requests already read are answered (their acks are immediate).
      const stopped = app.stop();
      if (!(await inFlight.settled(left())))
        logger.warn('stopping with requests still running', { running: inFlight.running });
      // A client that keeps its connection open must not hold the shutdown past the deadline.
      if (!(await settlesWithin(stopped, left()))) server?.closeAllConnections();
      await stopped;
      await core.close(left());
      journal.close();
      if (coreThread) await store?.close();
    },
  };
}

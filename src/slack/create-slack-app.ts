import { App, type Authorize, type CustomRoute, HTTPReceiver, LogLevel, SocketModeReceiver } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Config } from '../config.ts';
import { boltLogger, type Logger } from '../logger.ts';
import type { MainThreadMetrics } from '../metrics/bot-metrics.ts';
import { createWebClient, webClientOptions } from '../slack-api/create-web-client.ts';
import {
  guardHttpRequests,
  httpProcessEventErrorHandler,
  socketProcessEventErrorHandler,
} from './guard-slack-requests.ts';
import { observeSlackRequests } from './observe-slack-requests.ts';
import { type OperatorChecks, operatorRoutes } from './operator-routes.ts';
import { SlackAuth } from './slack-auth.ts';

export type SlackAppOptions = {
  config: Config;
  logger: Logger;
  /** What GET /health, /ready and /metrics report (read at each request: the core starts after the app). */
  checks: Omit<OperatorChecks, 'slackAuth' | 'logger'>;
  /** The main thread's series: Slack requests, and the Web API calls of this thread's client. */
  metrics: MainThreadMetrics;
  /** true in tests: the HTTP reply waits for the listener, so assertions see its effects. */
  processBeforeResponse?: boolean;
  /** The clock that dates Slack's confirmation of the token (tests move it). */
  now?: () => Date;
  /** More routes on PORT beside the operator's (the HTTP API, src/api), given this app's Web API client. */
  moreRoutes?: (client: WebClient) => CustomRoute[];
};

const LEVELS = { debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR } as const;

/**
 * The Bolt app: HTTP on /slack/events (signatures verified by guard-slack-requests.ts), or Socket Mode when SLACK_APP_TOKEN is set.
 * Both serve GET /health, /ready and /metrics. Web API calls are not retried by the client: the outbox retries them
 * durably. Every request is observed (correlation id, log line, metrics).
 */
export function createSlackApp(options: SlackAppOptions): { app: App; client: WebClient; slackAuth: SlackAuth } {
  const { config, logger } = options;
  const log = boltLogger(logger, config.logLevel);
  const client = createWebClient(config, logger, options.metrics.slackApi);
  const slackAuth = new SlackAuth(client, options.now);
  const routes = [...operatorRoutes({ ...options.checks, slackAuth, logger }), ...(options.moreRoutes?.(client) ?? [])];
  const clientOptions = webClientOptions(config);
  const receiver = config.slack.socketMode
    ? new SocketModeReceiver({
        appToken: config.slack.appToken as string,
        logger: log,
        customRoutes: routes,
        // The Socket Mode client's own Web API client (apps.connections.open) talks to the same Slack as ours.
        installerOptions: { port: config.port, clientOptions },
        // A malformed envelope or one no listener answers is acked, so Slack does not send it again.
        processEventErrorHandler: socketProcessEventErrorHandler(logger),
      })
    : new HTTPReceiver({
        signingSecret: config.slack.signingSecret,
        // guardHttpRequests (below) verifies every request before Bolt sees it.
        signatureVerification: false,
        logger: log,
        customRoutes: routes,
        processBeforeResponse: options.processBeforeResponse ?? false,
        // Malformed requests and those no listener answers are refused with 400 at once (guard-slack-requests.ts).
        processEventErrorHandler: httpProcessEventErrorHandler(logger),
        // Left to this timer: a listener still running after 3 s without an ack. 400 rather than Bolt's 404.
        unhandledRequestHandler: ({ logger: log, response }) => {
          log.warn('rejected a Slack request no listener could handle');
          if (!response.headersSent) {
            response.writeHead(400);
            response.end();
          }
        },
        // An unparseable body is the sender's fault: answer 400, not 500.
        dispatchErrorHandler: async ({ error, response }) => {
          logger.warn('rejected a Slack request', { error: error.message });
          if (!response.headersSent) {
            response.writeHead(400);
            response.end();
          }
        },
      });
  const app = new App({
    receiver,
    logger: log,
    logLevel: LEVELS[config.logLevel],
    clientOptions,
    authorize: cachedAuthorize(slackAuth, config.slack.botToken),
    // The error handler gets the request body, so it can answer the person where they acted.
    extendedErrorHandler: true,
    // No listener keeps conversation state in Bolt's memory store; its middleware would run on every request.
    convoStore: false,
  });
  observeSlackRequests(app, { logger, metrics: options.metrics });
  // In front of Bolt's receiver: the timestamp window both ways, and bodies Bolt cannot take (400, not 500 or a hang).
  if (receiver instanceof HTTPReceiver) {
    guardHttpRequests(receiver, { signingSecret: config.slack.signingSecret, logger, metrics: options.metrics });
  }
  return { app, client, slackAuth };
}

/**
 * One workspace, one bot token. Bolt's own single-token authorization either calls auth.test unawaited at
 * construction (crashing the process when Slack is unreachable) or, with verification off, on every request,
 * before the ack. This asks once (SlackAuth caches the answer, and asks again only after a failure); a request
 * that arrives while Slack does not confirm the token still goes through with the token alone.
 */
export function cachedAuthorize(slackAuth: SlackAuth, botToken: string): Authorize<boolean> {
  return async () => {
    const identity = await slackAuth.verify().catch(() => undefined);
    return {
      botToken,
      ...(identity?.botId ? { botId: identity.botId } : {}),
      ...(identity?.botUserId ? { botUserId: identity.botUserId } : {}),
    };
  };
}

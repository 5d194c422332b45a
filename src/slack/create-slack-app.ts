import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, type Authorize, HTTPReceiver, LogLevel, SocketModeReceiver } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Config } from '../config.ts';
import { boltLogger, type Logger } from '../logger.ts';
import { createWebClient, webClientOptions } from './create-web-client.ts';

export type SlackAppOptions = {
  config: Config;
  logger: Logger;
  healthy: () => Promise<boolean>;
  /** true in tests: the HTTP reply waits for the listener, so assertions see its effects. */
  processBeforeResponse?: boolean;
};

const LEVELS = { debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR } as const;

/**
 * The Bolt app: HTTP on /slack/events (signatures verified by Bolt), or Socket Mode when SLACK_APP_TOKEN is set.
 * Both serve GET /health. Web API calls are not retried by the client: the outbox retries them durably.
 */
export function createSlackApp(options: SlackAppOptions): { app: App; client: WebClient } {
  const { config, logger } = options;
  const log = boltLogger(logger, config.logLevel);
  const health = {
    path: '/health',
    method: ['GET'],
    handler: async (_req: IncomingMessage, res: ServerResponse) => {
      const ok = await options.healthy();
      res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok, database: ok ? 'reachable' : 'unreachable' }));
    },
  };
  const clientOptions = webClientOptions(config);
  const receiver = config.slack.socketMode
    ? new SocketModeReceiver({
        appToken: config.slack.appToken as string,
        logger: log,
        customRoutes: [health],
        // The Socket Mode client's own Web API client (apps.connections.open) talks to the same Slack as ours.
        installerOptions: { port: config.port, clientOptions },
      })
    : new HTTPReceiver({
        signingSecret: config.slack.signingSecret,
        logger: log,
        customRoutes: [health],
        processBeforeResponse: options.processBeforeResponse ?? false,
        // A signed request no listener could take (no command, no known payload type) is malformed: 400, not 404.
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
  const client = createWebClient(config, logger);
  const app = new App({
    receiver,
    logger: log,
    logLevel: LEVELS[config.logLevel],
    clientOptions,
    authorize: cachedAuthorize(client, config.slack.botToken),
    // The error handler gets the request body, so it can answer the person where they acted.
    extendedErrorHandler: true,
  });
  return { app, client };
}

/**
 * One workspace, one bot token. Bolt's own single-token authorization either calls auth.test unawaited at
 * construction (crashing the process when Slack is unreachable) or, with verification off, on every request,
 * before the ack. This asks once, caches the answer, and asks again only after a failure.
 */
export function cachedAuthorize(client: WebClient, botToken: string): Authorize<boolean> {
  let identity: Promise<{ botId?: string; botUserId?: string }> | undefined;
  return async () => {
    identity ??= client.auth
      .test()
      .then((result) => ({
        ...(result.bot_id ? { botId: result.bot_id } : {}),
        ...(result.user_id ? { botUserId: result.user_id } : {}),
      }))
      .catch(() => {
        identity = undefined;
        return {};
      });
    return { botToken, ...(await identity) };
  };
}

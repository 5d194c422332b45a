import { WebClient } from '@slack/web-api';
import type { Config } from '../config.ts';
import { boltLogger, type Logger } from '../logger.ts';

/** Web API calls are not retried by the client: the outbox retries them durably. */
export function webClientOptions(config: Config) {
  return {
    ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  };
}

/**
 * The Web API client the bot's own calls use: the listeners' on the main thread, the outbox's in the core thread
 * (which so never loads Bolt).
 */
export function createWebClient(config: Config, logger: Logger): WebClient {
  return new WebClient(config.slack.botToken, {
    ...webClientOptions(config),
    logger: boltLogger(logger, config.logLevel),
  });
}

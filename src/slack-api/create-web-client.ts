import { WebClient } from '@slack/web-api';
import type { Config } from '../config.ts';
import { boltLogger, type Logger } from '../logger.ts';
import type { SlackApiMetrics } from '../metrics/bot-metrics.ts';
import { CountedWebClient } from './counted-web-client.ts';

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
 * (which so never loads Bolt). With `metrics`, every call is counted and timed by method.
 */
export function createWebClient(config: Config, logger: Logger, metrics?: SlackApiMetrics): WebClient {
  const options = { ...webClientOptions(config), logger: boltLogger(logger, config.logLevel) };
  return metrics
    ? new CountedWebClient(config.slack.botToken, options, metrics)
    : new WebClient(config.slack.botToken, options);
}

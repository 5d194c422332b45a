import { type WebAPICallResult, WebClient, type WebClientOptions } from '@slack/web-api';
import type { SlackApiMetrics } from '../metrics/bot-metrics.ts';
import { slackErrorName } from './slack-errors.ts';

/** The `error` label of a failed call: Slack's error name, or what kind of failure it was. */
export function slackApiErrorLabel(error: unknown): string {
  const name = slackErrorName(error);
  if (name) return name;
  const code = (error as { code?: unknown })?.code;
  if (code === 'slack_webapi_request_error') return 'request_error';
  if (code === 'slack_webapi_http_error') return 'http_error';
  return 'unknown';
}

/**
 * A WebClient that counts and times every call by method. Every method (`chat.update`…) goes through apiCall:
 * the client binds its method table to `this.apiCall` when constructed, so overriding it here covers them all.
 */
export class CountedWebClient extends WebClient {
  private readonly metrics: SlackApiMetrics;

  constructor(token: string, options: WebClientOptions, metrics: SlackApiMetrics) {
    super(token, options);
    this.metrics = metrics;
  }

  override async apiCall(method: string, options?: Record<string, unknown>): Promise<WebAPICallResult> {
    const done = this.metrics.seconds.startTimer({ method });
    this.metrics.calls.inc({ method });
    try {
      return await super.apiCall(method, options);
    } catch (error) {
      this.metrics.errors.inc({ method, error: slackApiErrorLabel(error) });
      throw error;
    } finally {
      done();
    }
  }
}

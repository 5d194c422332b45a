import type { JobOutcome } from '../scheduler/job-worker.ts';
import { backoffMs, describe } from '../scheduler/job-worker.ts';

type ErrorLike = { code?: unknown; data?: { error?: unknown }; retryAfter?: unknown; statusCode?: unknown };

/** Slack's error name for a failed Web API call (`not_in_channel`…), or undefined for other failures. */
export function slackErrorName(error: unknown): string | undefined {
  const e = error as ErrorLike;
  if (e?.code === 'slack_webapi_platform_error' && typeof e.data?.error === 'string') return e.data.error;
  if (e?.code === 'slack_webapi_rate_limited_error') return 'ratelimited';
  return undefined;
}

/** The bot cannot post in the channel: the user has to invite it (or pick another channel). */
export function isChannelAccessError(error: unknown): boolean {
  const name = slackErrorName(error);
  return name === 'not_in_channel' || name === 'channel_not_found' || name === 'is_archived';
}

const QUICK_RETRY_MS = 100;

/** Errors retrying cannot fix: the payload or the target is wrong. */
const PERMANENT = new Set([
  'invalid_blocks',
  'invalid_blocks_format',
  'msg_too_long',
  'no_text',
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'missing_scope',
  'cant_update_message',
  'missing_text_fallback',
]);

/**
 * How a job reacts to a failed Slack call: a 429 waits out Retry-After; 5xx and network errors back off; a payload
 * Slack rejects will not get better, but is still retried a few times in case it was a transient Slack fault.
 */
export function retryAfterSlackError(error: unknown, attempts: number, now: Date): JobOutcome {
  const e = error as ErrorLike;
  if (e?.code === 'slack_webapi_rate_limited_error' && typeof e.retryAfter === 'number') {
    return {
      kind: 'retry',
      at: new Date(now.getTime() + e.retryAfter * 1000),
      error: `rate limited for ${e.retryAfter}s`,
    };
  }
  const name = slackErrorName(error);
  // A dropped connection (often a keep-alive socket the other side just closed) is worth retrying at once;
  // only repeated ones back off like other failures.
  const firstNetworkError = e?.code === 'slack_webapi_request_error' && attempts <= 1;
  const wait = firstNetworkError
    ? QUICK_RETRY_MS
    : name && PERMANENT.has(name)
      ? backoffMs(attempts + 3)
      : backoffMs(attempts);
  return { kind: 'retry', at: new Date(now.getTime() + wait), error: name ?? describe(error) };
}

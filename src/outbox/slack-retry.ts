import { describeError } from '../errors.ts';
import { type ErrorLike, slackErrorName } from '../slack-api/slack-errors.ts';
import { backoffMs, type JobOutcome } from './job-worker.ts';

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
  return { kind: 'retry', at: new Date(now.getTime() + wait), error: name ?? describeError(error) };
}

export type ErrorLike = { code?: unknown; data?: { error?: unknown }; retryAfter?: unknown; statusCode?: unknown };

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

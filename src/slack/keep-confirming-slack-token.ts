import pRetry from 'p-retry';
import type { Logger } from '../logger.ts';
import { slackErrorName } from '../slack-api/slack-errors.ts';
import type { SlackAuth, SlackIdentity } from './slack-auth.ts';

/** Where the Web API client sends calls when SLACK_API_URL is not set. */
export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';

export type KeepConfirmingOptions = {
  logger: Logger;
  /** The Web API address in use, named in the log lines (SLACK_API_URL or Slack's). */
  apiUrl: string | undefined;
  /** First wait after a failure; it doubles up to `maxDelayMs`. */
  minDelayMs?: number;
  maxDelayMs?: number;
  signal?: AbortSignal;
};

/**
 * Confirms the bot token with Slack (auth.test) at startup, and while Slack cannot be reached keeps asking in the
 * background with backoff (1 s doubling to a minute), so the bot becomes ready on its own once Slack answers, not
 * only when GET /ready is asked or a request arrives. Each failure is logged with the API address and the network
 * error (`ECONNREFUSED 127.0.0.1:9`). A token Slack refuses is not retried: the operator has to fix it.
 * Resolves with the identity once confirmed, or undefined when Slack refused the token or `signal` aborted.
 */
export async function keepConfirmingSlackToken(
  auth: SlackAuth,
  options: KeepConfirmingOptions,
): Promise<SlackIdentity | undefined> {
  const api = options.apiUrl ?? DEFAULT_SLACK_API_URL;
  const minDelayMs = options.minDelayMs ?? 1000;
  const maxDelayMs = options.maxDelayMs ?? 60_000;
  try {
    const identity = await pRetry(() => auth.verify(), {
      retries: Number.POSITIVE_INFINITY,
      factor: 2,
      minTimeout: minDelayMs,
      maxTimeout: maxDelayMs,
      // The timer never keeps a stopping process alive.
      unref: true,
      ...(options.signal ? { signal: options.signal } : {}),
      shouldRetry: ({ error }) => slackErrorName(error) === undefined,
      onFailedAttempt: ({ error, attemptNumber }) => {
        const name = slackErrorName(error);
        if (name !== undefined) return;
        options.logger.warn('Slack is unreachable; confirming the bot token again in the background', {
          api,
          error: explained(networkErrorText(error), api),
          attempt: attemptNumber,
          retryInSeconds: Math.min(maxDelayMs, minDelayMs * 2 ** (attemptNumber - 1)) / 1000,
        });
      },
    });
    options.logger.info('connected to Slack', { api, team: identity.team, botUserId: identity.botUserId });
    return identity;
  } catch (error) {
    if (options.signal?.aborted) return undefined;
    const name = slackErrorName(error);
    options.logger.error(
      name
        ? `Slack rejected the bot token (${name}): check SLACK_BOT_TOKEN`
        : 'could not confirm the bot token with Slack',
      { api, error: name ?? networkErrorText(error) },
    );
    return undefined;
  }
}

/** fetch never connects to a port on the Fetch standard's blocked list (9, 25, 6000…): say so, or "bad port" puzzles. */
function explained(text: string, api: string): string {
  if (text !== 'bad port') return text;
  let port = '';
  try {
    port = new URL(api).port;
  } catch {
    // SLACK_API_URL is checked at startup; keep the plain text
  }
  return `bad port${port ? ` ${port}` : ''}: fetch refuses to connect to this port (a blocked port of the Fetch standard); use another`;
}

type Cause = {
  code?: unknown;
  address?: unknown;
  port?: unknown;
  message?: unknown;
  cause?: unknown;
  original?: unknown;
  errors?: unknown;
};

/**
 * The network error under a failed Web API call, as an operator reads it: `ECONNREFUSED 127.0.0.1:9`,
 * `ENOTFOUND slack.example.com`. The client wraps fetch's "fetch failed" (`original`), whose `cause` is the
 * socket's error, or an AggregateError of one per address tried.
 */
export function networkErrorText(error: unknown): string {
  const queue: unknown[] = [error];
  let deepestMessage: string | undefined;
  for (let seen = 0; queue.length > 0 && seen < 20; seen++) {
    const current = queue.shift() as Cause | undefined;
    if (!current || typeof current !== 'object') continue;
    if (typeof current.code === 'string' && /^E[A-Z_]+$/.test(current.code)) {
      const where =
        typeof current.address === 'string'
          ? ` ${current.address}${current.port !== undefined ? `:${String(current.port)}` : ''}`
          : typeof current.message === 'string' && current.message.includes(current.code)
            ? current.message.slice(current.message.indexOf(current.code) + current.code.length)
            : '';
      return `${current.code}${where}`.trim();
    }
    if (typeof current.message === 'string' && current.message) deepestMessage = current.message;
    queue.push(current.original, current.cause, ...(Array.isArray(current.errors) ? current.errors : []));
  }
  return deepestMessage ?? String(error);
}

import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { WorkContext } from '../correlation.ts';
import { isAppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { slackErrorName } from '../slack-api/slack-errors.ts';
import type { ListenerDeps } from './deps.ts';
import { tellUser } from './ephemeral.ts';

/** Where the person who caused a request can be answered: a response_url, or a channel (and thread) to whisper in. */
const ZReplyTarget = z.object({
  response_url: z.string().url().optional(),
  user_id: z.string().optional(),
  user: z.object({ id: z.string() }).optional(),
  channel_id: z.string().optional(),
  channel: z.object({ id: z.string() }).optional(),
  message: z.object({ ts: z.string(), thread_ts: z.string().optional() }).optional(),
});

/**
 * A short id a user can quote and an operator can find in the logs: the start of the request's correlation id,
 * so a search for it finds the request's log line and its jobs' lines too (random outside a request).
 */
export function errorReference(correlationId?: string): string {
  return correlationId?.slice(0, 8) ?? randomBytes(4).toString('hex');
}

/** What a person reads about a failure: a known error's own words, or an apology with the log reference. */
export function userMessageFor(error: unknown, reference: string): string {
  if (isAppError(error)) return error.userMessage;
  const slackError = slackErrorName(error);
  if (slackError === 'not_in_channel' || slackError === 'channel_not_found')
    return 'The bot is not in this channel. Invite it with `/invite @deploy-checklist` and try again.';
  return `Something went wrong on our side (reference \`${reference}\`). Your request may not have been applied; check the card and try again, or give this reference to whoever runs the bot.`;
}

type ErrorHandlerDeps = Pick<ListenerDeps, 'client' | 'logger'> & {
  respond: (responseUrl: string, body: Record<string, unknown>) => Promise<void>;
};

/**
 * The one place listener failures end up (Bolt's extended error handler). Known errors become their ephemeral
 * message where the person acted; unknown ones a reference id, logged with the same id. It never throws, so a bad
 * request can never take the process down.
 */
export function listenerErrorHandler(deps: ErrorHandlerDeps) {
  return async ({ error, body, context }: { error: Error; body: unknown; context?: Record<string, unknown> }) => {
    const cause = (error as { original?: unknown }).original ?? error;
    const correlationId = (context?.work as WorkContext | undefined)?.correlationId;
    const reference = errorReference(correlationId);
    const known = isAppError(cause);
    logFailure(deps.logger, cause, reference, correlationId, known, body);
    const target = ZReplyTarget.safeParse(body);
    if (!target.success) return;
    const text = userMessageFor(cause, reference);
    const t = target.data;
    try {
      const userId = t.user_id ?? t.user?.id;
      const channelId = t.channel_id ?? t.channel?.id;
      if (t.message && channelId && userId) {
        // A click on a thread message: whisper in that thread rather than at the bottom of the channel.
        await tellUser(deps, { channelId, userId, threadTs: t.message.thread_ts ?? t.message.ts }, text);
      } else if (t.response_url) {
        await deps.respond(t.response_url, { response_type: 'ephemeral', replace_original: false, text });
      } else if (channelId && userId) {
        await tellUser(deps, { channelId, userId }, text);
      }
    } catch (replyError) {
      deps.logger.warn('could not tell the user about a failure', { reference, error: replyError });
    }
  };
}

function logFailure(
  logger: Logger,
  error: unknown,
  reference: string,
  correlationId: string | undefined,
  known: boolean,
  body: unknown,
): void {
  const request = body as { type?: string; command?: string; actions?: Array<{ action_id?: string }> } | undefined;
  const data = {
    reference,
    ...(correlationId ? { correlationId } : {}),
    kind: request?.command ? 'command' : (request?.type ?? 'unknown'),
    ...(request?.actions?.[0]?.action_id ? { actionId: request.actions[0].action_id } : {}),
    error,
  };
  if (known) logger.warn('a request was refused', { ...data, code: isAppError(error) ? error.code : undefined });
  else logger.error('a request failed', data);
}

import type { App, ReceiverEvent } from '@slack/bolt';
import { z } from 'zod';
import { newCorrelationId, type RequestNotes, type WorkContext } from '../correlation.ts';
import { isAppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { MainThreadMetrics, SlackRequestKind, SlackRequestOutcome } from '../metrics/bot-metrics.ts';
import { RefusedSlackRequestError } from './refused-slack-request.ts';
import { problemWithSlackRequest } from './slack-request-shape.ts';

/** The fields of any Slack request body the log line names; anything else is ignored. */
const ZRequestBody = z.object({
  type: z.string().optional(),
  command: z.string().optional(),
  team_id: z.string().optional(),
  team: z.object({ id: z.string() }).nullish(),
  channel_id: z.string().optional(),
  channel: z.object({ id: z.string() }).nullish(),
  user_id: z.string().optional(),
  user: z.object({ id: z.string() }).nullish(),
  actions: z.array(z.object({ action_id: z.string().optional() })).optional(),
  view: z.object({ callback_id: z.string().optional() }).nullish(),
  callback_id: z.string().optional(),
  // Events differ: `user` and `channel` are ids in most, objects in some (user_change, channel_created).
  event: z.object({ type: z.string(), channel: z.unknown().optional(), user: z.unknown().optional() }).optional(),
});

const idOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

const KIND_OF_TYPE: Record<string, SlackRequestKind> = {
  block_actions: 'action',
  interactive_message: 'action',
  view_submission: 'view_submission',
  view_closed: 'view_closed',
  shortcut: 'shortcut',
  message_action: 'shortcut',
  block_suggestion: 'options',
  dialog_suggestion: 'options',
  event_callback: 'event',
};

export function slackRequestKind(body: Record<string, unknown>): SlackRequestKind {
  if (typeof body.command === 'string') return 'command';
  return (typeof body.type === 'string' ? KIND_OF_TYPE[body.type] : undefined) ?? 'other';
}

/** Who and where, and which command, button, modal or event: the request's log line without its outcome. */
export function describeSlackRequest(body: Record<string, unknown>): Record<string, string> {
  const parsed = ZRequestBody.safeParse(body);
  if (!parsed.success) return {};
  const b = parsed.data;
  const fields: Record<string, string | undefined> = {
    command: b.command,
    actionId: b.actions?.[0]?.action_id,
    callbackId: b.view?.callback_id ?? b.callback_id,
    event: b.event?.type,
    team: b.team_id ?? b.team?.id,
    channel: b.channel_id ?? b.channel?.id ?? idOf(b.event?.channel),
    user: b.user_id ?? b.user?.id ?? idOf(b.event?.user),
  };
  return Object.fromEntries(
    Object.entries(fields).flatMap(([name, value]) => (value === undefined ? [] : [[name, clipForLog(value)]])),
  );
}

/**
 * The most a log line copies from one request field. Slack's ids are about 11 characters and its action and callback
 * ids at most 255; anything longer is not from Slack, and copying a megabyte of it into every line helps nobody.
 */
export const MAX_LOGGED_FIELD = 100;

export function clipForLog(value: string, max = MAX_LOGGED_FIELD): string {
  return value.length <= max ? value : `${value.slice(0, max)}…(${value.length} chars)`;
}

function outcomeOf(notes: RequestNotes): SlackRequestOutcome {
  if (notes.failed) return 'error';
  return notes.refused ? 'refused' : 'ok';
}

/**
 * Gives every Slack request a correlation id, times its ack, and when its listener is done writes its one log line
 * and counts it. Everything the listener does (core calls, jobs it enqueues, their log lines) runs as part of it.
 * Recording is in memory; the ack never waits on it.
 */
export function observeSlackRequests(
  app: App,
  deps: { logger: Logger; metrics: Pick<MainThreadMetrics, 'requests' | 'ackSeconds'> },
): void {
  // Runs for every request Bolt dispatches. A listener that throws is marked here: Bolt's error handler then answers
  // the person and swallows the error, so the request would otherwise look fine.
  app.use(async ({ next, context }) => {
    const notes = (context.work as WorkContext | undefined)?.request;
    try {
      await next();
    } catch (error) {
      if (notes) {
        if (isAppError(error)) notes.refused = true;
        else notes.failed = true;
      }
      throw error;
    }
  });
  const processEvent = app.processEvent.bind(app);
  // Both receivers (HTTP and Socket Mode) hand every verified request to app.processEvent: the one place that sees a
  // request from its arrival through its ack to the end of its listener.
  app.processEvent = (event: ReceiverEvent) => {
    // Over HTTP a malformed body was refused before Bolt's receiver (guard-slack-requests.ts); Socket Mode hands
    // every envelope straight here. Bolt would throw on it outside any listener.
    const malformed = problemWithSlackRequest(event.body);
    if (malformed) {
      deps.metrics.requests.inc({ kind: 'other', outcome: 'refused' });
      return Promise.reject(new RefusedSlackRequestError('rejected a malformed Slack request', { ...malformed }));
    }
    const notes: RequestNotes = {};
    const correlationId = newCorrelationId();
    const kind = slackRequestKind(event.body);
    const started = performance.now();
    let ackMs: number | undefined;
    const work: WorkContext = { correlationId, request: notes };
    const observed: ReceiverEvent = {
      ...event,
      // Bolt puts custom properties on the context every middleware and listener receives (src/slack/deps.ts).
      customProperties: { ...event.customProperties, work },
      ack: (response) => {
        ackMs ??= performance.now() - started;
        return event.ack(response);
      },
    };
    return (async () => {
      try {
        await processEvent(observed);
        // Bolt has run every listener whose constraints matched; none acked, so none will. Said now, the sender
        // gets its 400 at once instead of after Bolt's 3-second unhandled-request timer.
        // A listener that failed before its ack is ours to fix: Bolt's default answer (500), also at once.
        if (ackMs === undefined && notes.failed)
          throw new Error('a listener failed before it acknowledged the request');
        if (ackMs === undefined) {
          notes.refused = true;
          throw new RefusedSlackRequestError('rejected a Slack request no listener answered', {
            kind,
            ...describeSlackRequest(event.body),
            correlationId,
          });
        }
      } catch (error) {
        if (!(error instanceof RefusedSlackRequestError)) notes.failed = true;
        throw error;
      } finally {
        const outcome = outcomeOf(notes);
        deps.metrics.requests.inc({ kind, outcome });
        if (ackMs !== undefined) deps.metrics.ackSeconds.observe({ kind }, ackMs / 1000);
        deps.logger[outcome === 'error' ? 'warn' : 'info']('slack request', {
          kind,
          ...describeSlackRequest(event.body),
          outcome,
          ackMs: ackMs === undefined ? null : Math.round(ackMs * 10) / 10,
          correlationId,
          ...(notes.deploymentId ? { deploymentId: notes.deploymentId } : {}),
        });
      }
    })();
  };
}

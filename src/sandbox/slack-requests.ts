// What Slack sends the bot when someone types a command, clicks, submits a modal or opens the Home tab: the
// payloads, signed with the signing secret exactly as Slack signs them, posted to the bot's /slack/events.
// The sandbox page uses these, so the bot sees nothing it would not see from Slack.

import { createHmac, randomBytes } from 'node:crypto';
import { request } from 'undici';

export interface SignedHeaders {
  'x-slack-signature': string;
  'x-slack-request-timestamp': string;
}

/** Slack's v0 signature: hex HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the signing secret. */
export function signRequest(
  secret: string,
  body: string,
  timestamp: number = Math.floor(Date.now() / 1000),
): SignedHeaders {
  const signature = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-signature': `v0=${signature}`, 'x-slack-request-timestamp': String(timestamp) };
}

export type BotAnswer = { status: number; body: string; json?: unknown };

/** A trigger_id in Slack's shape; single-use, so a fresh one per interaction. */
export function newTriggerId(): string {
  return `${Date.now()}.${randomBytes(4).readUInt32BE()}.${randomBytes(12).toString('hex')}`;
}

/**
 * Posts a signed request to the bot. Content types exactly as Slack sends them (Bolt answers 400 to
 * "…; charset=UTF-8"); the wall clock signs, as Slack's does: the sandbox's movable clock is the bot's business.
 */
export async function postSigned(
  botUrl: string,
  signingSecret: string,
  body: string,
  contentType: 'application/x-www-form-urlencoded' | 'application/json',
  timeoutMs = 10_000,
): Promise<BotAnswer> {
  const res = await request(new URL('/slack/events', botUrl), {
    method: 'POST',
    headers: { 'content-type': contentType, ...signRequest(signingSecret, body) },
    body,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const text = await res.body.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.statusCode, body: text, ...(json === undefined ? {} : { json }) };
}

export type Team = { teamId: string; teamDomain: string; appId: string; botUserId: string };
export type Person = { id: string; name: string };

function user(person: Person, team: Team): Record<string, unknown> {
  const username = person.name.toLowerCase().replace(/\s+/g, '.');
  return { id: person.id, username, name: username, team_id: team.teamId };
}

export function commandBody(
  team: Team,
  input: { person: Person; channelId: string; channelName: string; command: string; text: string },
  responseUrl: string,
  triggerId: string,
): string {
  return new URLSearchParams({
    token: 'sandbox-verification-token',
    team_id: team.teamId,
    team_domain: team.teamDomain,
    channel_id: input.channelId,
    channel_name: input.channelName,
    user_id: input.person.id,
    user_name: user(input.person, team).username as string,
    command: input.command,
    text: input.text,
    api_app_id: team.appId,
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: triggerId,
  }).toString();
}

/** Where a click happened: a message (or an ephemeral one) in a channel, a modal, or the Home tab. */
export type ActionContainer =
  | {
      type: 'message';
      channelId: string;
      channelName: string;
      messageTs: string;
      threadTs?: string;
      isEphemeral: boolean;
      /** The message as Slack echoes it (not for ephemeral messages). */
      message?: Record<string, unknown>;
      responseUrl: string;
    }
  | { type: 'view'; view: Record<string, unknown> };

export function blockActionsBody(
  team: Team,
  input: { person: Person; container: ActionContainer; action: Record<string, unknown>; triggerId: string },
): string {
  const { container } = input;
  const payload: Record<string, unknown> = {
    type: 'block_actions',
    user: user(input.person, team),
    api_app_id: team.appId,
    token: 'sandbox-verification-token',
    trigger_id: input.triggerId,
    team: { id: team.teamId, domain: team.teamDomain },
    enterprise: null,
    is_enterprise_install: false,
    actions: [{ ...input.action, action_ts: (Date.now() / 1000).toFixed(6) }],
  };
  if (container.type === 'message') {
    Object.assign(payload, {
      container: {
        type: 'message',
        message_ts: container.messageTs,
        channel_id: container.channelId,
        is_ephemeral: container.isEphemeral,
        ...(container.threadTs === undefined ? {} : { thread_ts: container.threadTs }),
      },
      channel: { id: container.channelId, name: container.channelName },
      ...(container.message === undefined ? {} : { message: container.message }),
      state: { values: {} },
      response_url: container.responseUrl,
    });
  } else {
    Object.assign(payload, {
      container: { type: 'view', view_id: container.view.id },
      view: container.view,
    });
  }
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export function viewSubmissionBody(
  team: Team,
  input: { person: Person; view: Record<string, unknown>; values: Record<string, unknown>; triggerId: string },
): string {
  const payload = {
    type: 'view_submission',
    team: { id: team.teamId, domain: team.teamDomain },
    user: user(input.person, team),
    api_app_id: team.appId,
    token: 'sandbox-verification-token',
    trigger_id: input.triggerId,
    enterprise: null,
    is_enterprise_install: false,
    view: { ...input.view, state: { values: input.values } },
    response_urls: [],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export function viewClosedBody(team: Team, input: { person: Person; view: Record<string, unknown> }): string {
  const payload = {
    type: 'view_closed',
    team: { id: team.teamId, domain: team.teamDomain },
    user: user(input.person, team),
    api_app_id: team.appId,
    token: 'sandbox-verification-token',
    view: input.view,
    is_cleared: false,
    is_enterprise_install: false,
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

let eventCounter = 0;

export function eventBody(team: Team, event: Record<string, unknown>): string {
  const now = Math.floor(Date.now() / 1000);
  eventCounter += 1;
  return JSON.stringify({
    token: 'sandbox-verification-token',
    team_id: team.teamId,
    api_app_id: team.appId,
    event: { event_ts: `${now}.${String(eventCounter).padStart(6, '0')}`, ...event },
    type: 'event_callback',
    event_id: `Ev0SANDBOX${eventCounter}`,
    event_time: now,
    authorizations: [
      {
        enterprise_id: null,
        team_id: team.teamId,
        user_id: team.botUserId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  });
}

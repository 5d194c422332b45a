// Drive a real Bolt app over HTTP the way Slack does: signed slash commands, block_actions,
// view_submission and Events API callbacks. No vitest import here: tsconfig.build.json compiles
// this file for the benchmarks.

import { randomBytes } from 'node:crypto';
import { request } from 'undici';
import { signRequest } from '../../src/sandbox/slack-requests.ts';
import type { FakeSlack, ResponseUrlSource } from './fake-slack.ts';

// Signed as the sandbox signs what its page sends: one implementation of Slack's v0 signature.
export { type SignedHeaders, signRequest } from '../../src/sandbox/slack-requests.ts';

export interface SlackHttpResponse {
  status: number;
  body: string;
  /** The body parsed as JSON when it is JSON (Bolt acks with an empty body or a JSON response). */
  json?: unknown;
  headers: Record<string, string | string[] | undefined>;
  /** The response_url sent in the request, when there was one (respond() bodies land on it). */
  responseUrl?: string;
  /** The trigger_id sent in the request, when there was one. */
  triggerId?: string;
}

export interface SlackClientOptions {
  /** http://127.0.0.1:PORT of the Bolt app. */
  baseUrl: string;
  signingSecret: string;
  path?: string;
  teamId?: string;
  teamDomain?: string;
  apiAppId?: string;
  /** Serves response_url and lets block actions carry the real message's blocks. */
  fakeSlack?: FakeSlack;
  /** Reuse connections (benchmarks). Off by default so app.stop() never waits on idle sockets. */
  keepAlive?: boolean;
  /**
   * Takes each request instead of sending it (signed when it is finally sent): the slack bench builds requests here,
   * with the fake's messages, and sends them from a thread of its own.
   */
  transport?: (input: RawInput) => Promise<SlackHttpResponse>;
}

export interface CommandInput {
  text: string;
  userId: string;
  channelId: string;
  command?: string;
  triggerId?: string;
  userName?: string;
  channelName?: string;
}

export type SelectedOption = string | { value: string; text?: string };

export interface BlockActionInput {
  userId: string;
  channelId: string;
  messageTs: string;
  actionId: string;
  /** Defaults to the value of the element in the fake's copy of the message, when there is one. */
  value?: string;
  /** Defaults to the block holding actionId in the fake's copy of the message, else 'block'. */
  blockId?: string;
  /** Checkboxes: the whole current selection, as Slack sends it (not just the clicked box). */
  selectedOptions?: SelectedOption[];
  /** static_select / overflow / radio_buttons. */
  selectedOption?: SelectedOption;
  /** Element type; default from the fake's message, else checkboxes / static_select / button by the fields given. */
  actionType?: string;
  triggerId?: string;
  /** Set for a message inside a thread: Slack reports the parent's ts here. */
  threadTs?: string;
  isEphemeral?: boolean;
  userName?: string;
}

export type ViewStateValue =
  | string
  | {
      type: string;
      value?: string | null;
      selected_option?: unknown;
      selected_options?: unknown[];
      selected_users?: string[];
      selected_user?: string | null;
      [key: string]: unknown;
    };

export interface ViewSubmissionInput {
  userId: string;
  callbackId: string;
  privateMetadata?: string;
  /** `{ [blockId]: { [actionId]: state } }`; a bare string is shorthand for a plain_text_input value. */
  values?: Record<string, Record<string, ViewStateValue>>;
  viewId?: string;
  triggerId?: string;
  userName?: string;
}

export interface RawInput {
  body: string;
  contentType: string;
  headers?: Record<string, string>;
  /** Unix seconds used in the signature and header; pass an old one to test replay protection. */
  timestamp?: number;
  /** Sign with the wrong secret. */
  badSignature?: boolean;
  /** Send no signature headers at all. */
  unsigned?: boolean;
  path?: string;
}

export interface SlackTestClient {
  command(input: CommandInput): Promise<SlackHttpResponse>;
  blockAction(input: BlockActionInput): Promise<SlackHttpResponse>;
  viewSubmission(input: ViewSubmissionInput): Promise<SlackHttpResponse>;
  /** Wraps the inner event (e.g. `{ type: 'app_home_opened', user, tab: 'home' }`) in an event_callback. */
  event(event: Record<string, unknown>): Promise<SlackHttpResponse>;
  raw(input: RawInput): Promise<SlackHttpResponse>;
  /** The payload that blockAction() would send, for tests that need to tweak it and use raw(). */
  blockActionPayload(input: BlockActionInput): { payload: Record<string, unknown>; responseUrl: string };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function option(o: SelectedOption): { text: { type: 'plain_text'; text: string; emoji: true }; value: string } {
  const value = typeof o === 'string' ? o : o.value;
  const text = typeof o === 'string' ? o : (o.text ?? o.value);
  return { text: { type: 'plain_text', text, emoji: true }, value };
}

// Find the element with actionId in rendered blocks: Slack echoes the block_id and element type it rendered.
function findElement(
  blocks: unknown[],
  actionId: string,
): { blockId: string | undefined; element: Record<string, unknown> } | undefined {
  for (const block of blocks) {
    if (!isObject(block)) continue;
    const blockId = typeof block.block_id === 'string' ? block.block_id : undefined;
    const candidates = [...(Array.isArray(block.elements) ? block.elements : []), block.accessory, block.element];
    for (const element of candidates) {
      if (isObject(element) && element.action_id === actionId) return { blockId, element };
    }
  }
  return undefined;
}

export function createSlackClient(options: SlackClientOptions): SlackTestClient {
  const path = options.path ?? '/slack/events';
  const teamId = options.teamId ?? options.fakeSlack?.teamId ?? 'T0TEST';
  const teamDomain = options.teamDomain ?? 'fake-team';
  const apiAppId = options.apiAppId ?? options.fakeSlack?.appId ?? 'A0TEST';
  const fake = options.fakeSlack;
  let counter = 0;

  function next(prefix: string): string {
    counter += 1;
    return `${prefix}${counter}`;
  }

  // Trigger ids are single-use in Slack (and in the fake): a fresh one per request.
  function triggerId(): string {
    return `${Date.now()}.${next('')}.${randomBytes(8).toString('hex')}`;
  }

  function responseUrl(kind: string, source: ResponseUrlSource): string {
    const id = next(`${kind}-`);
    return fake?.responseUrl(id, source) ?? `https://hooks.slack.com/actions/${teamId}/${id}/fake`;
  }

  async function raw(input: RawInput): Promise<SlackHttpResponse> {
    if (options.transport) return options.transport(input);
    const timestamp = input.timestamp ?? Math.floor(Date.now() / 1000);
    const secret = input.badSignature ? `${options.signingSecret}-wrong` : options.signingSecret;
    const signed = input.unsigned ? {} : signRequest(secret, input.body, timestamp);
    // Content-Type exactly as Slack sends it: Bolt answers 400 to "…; charset=UTF-8".
    const res = await request(new URL(input.path ?? path, options.baseUrl), {
      method: 'POST',
      headers: { 'content-type': input.contentType, ...signed, ...input.headers },
      body: input.body,
      reset: !options.keepAlive,
    });
    const body = await res.body.text();
    let json: unknown;
    if (body !== '') {
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
    }
    return { status: res.statusCode, body, headers: res.headers, ...(json === undefined ? {} : { json }) };
  }

  function form(fields: Record<string, string>): string {
    return new URLSearchParams(fields).toString();
  }

  function user(userId: string, userName?: string): Record<string, unknown> {
    const username = userName ?? userId.toLowerCase();
    return { id: userId, username, name: username, team_id: teamId };
  }

  function blockActionPayload(input: BlockActionInput): { payload: Record<string, unknown>; responseUrl: string } {
    const stored = fake?.messages.get(input.messageTs);
    const found = stored !== undefined ? findElement(stored.blocks, input.actionId) : undefined;
    const type =
      input.actionType ??
      (typeof found?.element.type === 'string' ? found.element.type : undefined) ??
      (input.selectedOptions !== undefined
        ? 'checkboxes'
        : input.selectedOption !== undefined
          ? 'static_select'
          : 'button');
    const actionTs = `${(Date.now() / 1000).toFixed(6)}`;
    const action: Record<string, unknown> = {
      type,
      action_id: input.actionId,
      block_id: input.blockId ?? found?.blockId ?? 'block',
      action_ts: actionTs,
    };
    if (type === 'button') {
      const value = input.value ?? (typeof found?.element.value === 'string' ? found.element.value : undefined);
      if (value !== undefined) action.value = value;
      if (isObject(found?.element.text)) action.text = found.element.text;
    }
    if (input.selectedOptions !== undefined) action.selected_options = input.selectedOptions.map(option);
    if (input.selectedOption !== undefined) action.selected_option = option(input.selectedOption);
    const threadTs = input.threadTs ?? stored?.thread_ts;
    const url = responseUrl('action', { channel: input.channelId, user: input.userId, messageTs: input.messageTs });
    const message: Record<string, unknown> = {
      type: 'message',
      ts: input.messageTs,
      ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
      ...(stored === undefined
        ? {}
        : { text: stored.text, blocks: stored.blocks, user: stored.user, bot_id: fake?.botId, team: teamId }),
    };
    const payload: Record<string, unknown> = {
      type: 'block_actions',
      user: user(input.userId, input.userName),
      api_app_id: apiAppId,
      token: 'verification-token',
      container: {
        type: 'message',
        message_ts: input.messageTs,
        channel_id: input.channelId,
        is_ephemeral: input.isEphemeral ?? false,
        ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
      },
      trigger_id: input.triggerId ?? triggerId(),
      team: { id: teamId, domain: teamDomain },
      enterprise: null,
      is_enterprise_install: false,
      channel: { id: input.channelId, name: input.channelId.toLowerCase() },
      message,
      state: { values: {} },
      response_url: url,
      actions: [action],
    };
    return { payload, responseUrl: url };
  }

  return {
    raw,
    blockActionPayload,

    async command(input) {
      const url = responseUrl('command', { channel: input.channelId, user: input.userId });
      const trigger = input.triggerId ?? triggerId();
      const body = form({
        token: 'verification-token',
        team_id: teamId,
        team_domain: teamDomain,
        channel_id: input.channelId,
        channel_name: input.channelName ?? input.channelId.toLowerCase(),
        user_id: input.userId,
        user_name: input.userName ?? input.userId.toLowerCase(),
        command: input.command ?? '/deploy-checklist',
        text: input.text,
        api_app_id: apiAppId,
        is_enterprise_install: 'false',
        response_url: url,
        trigger_id: trigger,
      });
      const res = await raw({ body, contentType: 'application/x-www-form-urlencoded' });
      return { ...res, responseUrl: url, triggerId: trigger };
    },

    async blockAction(input) {
      const { payload, responseUrl: url } = blockActionPayload(input);
      const body = form({ payload: JSON.stringify(payload) });
      const res = await raw({ body, contentType: 'application/x-www-form-urlencoded' });
      return { ...res, responseUrl: url, triggerId: String(payload.trigger_id) };
    },

    async viewSubmission(input) {
      const existing = input.viewId !== undefined ? fake?.views.get(input.viewId) : undefined;
      const values: Record<string, Record<string, unknown>> = {};
      for (const [blockId, actions] of Object.entries(input.values ?? {})) {
        values[blockId] = Object.fromEntries(
          Object.entries(actions).map(([actionId, state]) => [
            actionId,
            typeof state === 'string' ? { type: 'plain_text_input', value: state } : state,
          ]),
        );
      }
      const viewId = input.viewId ?? next('V0SUBMIT');
      const trigger = input.triggerId ?? triggerId();
      const payload = {
        type: 'view_submission',
        team: { id: teamId, domain: teamDomain },
        user: user(input.userId, input.userName),
        api_app_id: apiAppId,
        token: 'verification-token',
        trigger_id: trigger,
        enterprise: null,
        is_enterprise_install: false,
        view: {
          type: 'modal',
          blocks: [],
          title: { type: 'plain_text', text: 'Modal' },
          ...existing,
          id: viewId,
          team_id: teamId,
          callback_id: input.callbackId,
          private_metadata: input.privateMetadata ?? (existing?.private_metadata as string | undefined) ?? '',
          state: { values },
          hash: existing?.hash ?? `${Date.now()}.hash`,
          root_view_id: existing?.root_view_id ?? viewId,
          previous_view_id: null,
          app_id: apiAppId,
          bot_id: fake?.botId ?? 'B0BOT',
        },
        response_urls: [],
      };
      const body = form({ payload: JSON.stringify(payload) });
      const res = await raw({ body, contentType: 'application/x-www-form-urlencoded' });
      return { ...res, triggerId: trigger };
    },

    event(event) {
      const now = Math.floor(Date.now() / 1000);
      const body = JSON.stringify({
        token: 'verification-token',
        team_id: teamId,
        api_app_id: apiAppId,
        event: { event_ts: `${now}.000100`, ...event },
        type: 'event_callback',
        event_id: `Ev${next('0TEST')}`,
        event_time: now,
        authorizations: [
          {
            enterprise_id: null,
            team_id: teamId,
            user_id: fake?.botUserId ?? 'U0BOT',
            is_bot: true,
            is_enterprise_install: false,
          },
        ],
        is_ext_shared_channel: false,
      });
      return raw({ body, contentType: 'application/json' });
    },
  };
}

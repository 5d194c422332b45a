// A stand-in for Slack's Web API on 127.0.0.1: the local sandbox (`npm start` without Slack credentials) talks to it,
// and so do the end-to-end tests and benchmarks (test/support/fake-slack.ts re-exports it), so the bot is held to
// the same rules in both. Point Bolt at it with `clientOptions: { slackApiUrl: fake.url }`. It records every call
// and answers like Slack: HTTP 200 with `{ ok: true, … }` or `{ ok: false, error }` (the WebClient retries any
// other status), and rejects the payloads Slack would reject, with Slack's error names.

import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { checkSlackPayload, SLACK_LIMITS, type SlackPayloadKind } from './slack-limits.ts';

export type SlackArgs = Record<string, unknown>;
export type SlackAnswer = Record<string, unknown>;

export interface RecordedCall {
  method: string;
  /** Arguments with `blocks`, `view`, `attachments`, `metadata` decoded from their JSON strings; no token. */
  args: SlackArgs;
  /** Token from `Authorization: Bearer …` (or a `token` form field); undefined when none was sent. */
  token: string | undefined;
  /** Date.now() when the request arrived. */
  at: number;
  /** HTTP status and body the fake answered. */
  status: number;
  response: SlackAnswer;
}

export interface RecordedResponse {
  /** The id in the response_url path (see responseUrl()). */
  id: string;
  body: SlackArgs;
  at: number;
  status: number;
}

/** Where a response_url points: respond() bodies are applied to this channel / message, as Slack does. */
export interface ResponseUrlSource {
  channel: string;
  /** The user who triggered the interaction: ephemeral replies go to them. */
  user?: string;
  /** The message an interaction came from: replace_original / delete_original act on it. */
  messageTs?: string;
  /** The thread that message is in: an ephemeral reply is shown there. */
  threadTs?: string;
}

export interface FakeMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text: string;
  blocks: unknown[];
  /** Author: the bot user id for messages the bot posted. Seed other authors to test cant_update_message. */
  user: string;
  /** Files shared with the message (files.completeUploadExternal). */
  files?: Array<{ id: string; name: string; title: string }>;
  /** How many times chat.update changed it. */
  updates: number;
}

export interface FakeEphemeral {
  channel: string;
  user: string;
  ts: string;
  /** Set when posted in a thread: the thread it is shown in. */
  thread_ts?: string;
  text: string;
  blocks: unknown[];
}

export interface FakeView extends Record<string, unknown> {
  id: string;
  type: string;
  hash: string;
}

export interface FailSpec {
  /** 429 answers with a Retry-After header; 500 is an HTTP failure the WebClient treats as retryable. */
  status?: 429 | 500;
  /** Seconds, for 429 (default 1). */
  retryAfter?: number;
  /** Answer HTTP 200 `{ ok: false, error }` instead of an HTTP failure. */
  error?: string;
  /** How many consecutive calls fail (default 1). */
  times?: number;
  /** Close the connection without answering, as a keep-alive socket the other side just dropped. */
  drop?: boolean;
}

/** Web API calls kept unanswered and unapplied until released (see FakeSlack.hold). */
export interface CallHold {
  /** Calls waiting now. */
  readonly waiting: number;
  /** Calls whose client went away while held (a killed process): Slack never saw them, nothing was applied. */
  readonly dropped: Array<{ method: string; args: SlackArgs }>;
  /** Answers (and applies) every waiting call, and holds no more. */
  release(): void;
}

export interface FakeSlackOptions {
  /** The bot token the fake accepts (default 'xoxb-test'). */
  token?: string;
  /** The app-level token apps.connections.open accepts (Socket Mode; default 'xapp-test'). */
  appToken?: string;
  teamId?: string;
  botUserId?: string;
  botId?: string;
  appId?: string;
  /** Channels that exist (default ['C0TEST']); others answer channel_not_found. */
  channels?: Iterable<string>;
  /**
   * Real Slack accepts blocks without a top-level `text` and only logs a warning; our rule is that every
   * payload carries a fallback, so by default the fake rejects them with `missing_text_fallback`.
   */
  strictText?: boolean;
  /** A trigger_id works once in Slack; reusing one answers expired_trigger_id (default true). */
  singleUseTriggers?: boolean;
  /** Delay before answering every Web API call (benchmarks). */
  latencyMs?: number;
  /** Port on 127.0.0.1 (default: any free one). */
  port?: number;
  /** Keep only the last this many calls and responses (a long-running sandbox); default: all. */
  maxRecords?: number;
  /** Who caused a trigger_id: a modal opened with it is shown to that user (`viewUsers`). */
  userOfTrigger?: (triggerId: string) => string | undefined;
  /** Where chat.getPermalink points (the sandbox: its page, opened at the message). */
  permalink?: (channel: string, ts: string) => string;
  /** State saved by `snapshot()` on an earlier run: messages, views and counters carry on from there. */
  restore?: StandInSnapshot;
}

/** What the stand-in holds, as JSON: the sandbox keeps it beside its database so a restart shows the same thread. */
export interface StandInSnapshot {
  version: 1;
  tsCounter: number;
  idCounter: number;
  messages: FakeMessage[];
  ephemerals: FakeEphemeral[];
  views: FakeView[];
  homeViews: Array<[string, string]>;
  viewUsers: Array<[string, string]>;
  userGroups: Array<[string, string[]]>;
  /** The app's direct-message channel with each user. */
  dmChannels?: Array<[string, string]>;
  /** Uploaded files, their content in base64. */
  files?: Array<Omit<FakeFile, 'content'> & { content: string }>;
}

/** A file uploaded with files.getUploadURLExternal and the upload URL it returned. */
export interface FakeFile {
  id: string;
  name: string;
  title: string;
  /** The length announced to files.getUploadURLExternal. */
  length: number;
  content: Buffer | undefined;
  /** files.completeUploadExternal may be called once per file. */
  completed: boolean;
}

export interface WaitForOptions {
  timeoutMs?: number;
}

export interface FakeSlack {
  /** Base URL ending in /api/: pass as Bolt `clientOptions.slackApiUrl`. */
  url: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  token: string;
  appToken: string;
  /** Where apps.connections.open sends a Socket Mode client (set it to a fake Socket Mode server's URL). */
  socketModeUrl: string | undefined;
  teamId: string;
  botUserId: string;
  botId: string;
  appId: string;
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  responses: RecordedResponse[];
  responsesTo(id: string): RecordedResponse[];
  /**
   * A response_url served by the fake; respond() bodies land in `responses`. With a source, bodies also
   * act like Slack's: replace_original / delete_original change the source message, response_type
   * 'in_channel' posts to the channel, anything else becomes an ephemeral for the source user.
   */
  responseUrl(id?: string, source?: ResponseUrlSource): string;
  channels: Set<string>;
  /** channel → is the bot a member; `false` answers not_in_channel to posts. Missing means member. */
  botMembership: Map<string, boolean>;
  /** Extra fields for users.info, merged over a generated user (tz, real_name, is_bot, …). */
  users: Map<string, Record<string, unknown>>;
  /** Current state of every message the fake holds, by ts. */
  messages: Map<string, FakeMessage>;
  ephemerals: Map<string, FakeEphemeral>;
  /** Views by id (modals and home tabs); homeViews by user id. */
  views: Map<string, FakeView>;
  homeViews: Map<string, FakeView>;
  /** Uploaded files by id. */
  files: Map<string, FakeFile>;
  /** The app's direct-message channel with a user, once one was opened (conversations.open or a post to a user id). */
  dmChannelOf(userId: string): string | undefined;
  /** Modal view id → the user it was opened for (from `userOfTrigger`); pushed views inherit it. */
  viewUsers: Map<string, string>;
  /** Everything a restart needs to show the same messages and views (see FakeSlackOptions.restore). */
  snapshot(): StandInSnapshot;
  /** Called after every call or response_url post that was answered (the sandbox page refreshes on it). */
  onChange(listener: () => void): void;
  /** Things real Slack would accept but log or shrug at (missing text fallback, reply used as thread_ts…). */
  warnings: string[];
  failNext(method: string, spec: FailSpec): void;
  /** Every call to `method` waits this long before it is answered (0 stops delaying). */
  delayAnswers(method: string, ms: number): void;
  /** How many calls to `method` have arrived and are not answered yet. */
  unanswered(method: string): number;
  /**
   * Holds the Web API calls `matches` picks, unanswered and not yet applied, until release(): the caller stays
   * mid-call as long as the test wants. A held call whose connection closes first (its process was killed) is
   * dropped, as a request that never reached Slack.
   */
  hold(matches: (method: string, args: SlackArgs) => boolean): CallHold;
  setUserGroupMembers(groupId: string, users: string[]): void;
  /** Thread replies of a parent message, oldest first. */
  threadOf(parentTs: string): FakeMessage[];
  /** Resolves with the first recorded call (past or future) matching; rejects after timeoutMs (default 5000). */
  waitFor(predicate: string | ((call: RecordedCall) => boolean), options?: WaitForOptions): Promise<RecordedCall>;
  waitForResponse(
    predicate?: (response: RecordedResponse) => boolean,
    options?: WaitForOptions,
  ): Promise<RecordedResponse>;
  /** Forget recorded calls, responses and warnings (state such as messages is kept). */
  clearRecords(): void;
  close(): Promise<void>;
}

// Slack sends these arguments as JSON strings inside form bodies (the WebClient JSON-encodes any
// non-scalar argument). Only known keys are decoded: a `text` like "[1, 2]" must stay a string.
const JSON_ARGS = new Set(['blocks', 'view', 'attachments', 'metadata', 'files']);

class SlackError {
  constructor(
    readonly error: string,
    readonly extra: SlackAnswer = {},
  ) {}
}

function fail(error: string, extra: SlackAnswer = {}): never {
  throw new SlackError(error, extra);
}

function str(args: SlackArgs, key: string): string | undefined {
  const value = args[key];
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function required(args: SlackArgs, key: string, error = 'invalid_arguments'): string {
  return str(args, key) ?? fail(error, { response_metadata: { messages: [`[ERROR] missing required field: ${key}`] } });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseArgs(contentType: string, raw: string, query: URLSearchParams): SlackArgs {
  const args: SlackArgs = Object.fromEntries(query);
  if (raw === '') return args;
  if (contentType.startsWith('application/json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      fail('invalid_json');
    }
    if (!isObject(parsed)) fail('invalid_json');
    return { ...args, ...parsed };
  }
  if (contentType.startsWith('application/x-www-form-urlencoded') || contentType === '') {
    for (const [key, value] of new URLSearchParams(raw)) {
      if (JSON_ARGS.has(key)) {
        try {
          args[key] = JSON.parse(value);
        } catch {
          // Left as a string: the method then answers invalid_blocks_format / invalid_arguments.
          args[key] = value;
        }
      } else {
        args[key] = value;
      }
    }
    return args;
  }
  fail('invalid_post_type');
}

/** The file in an upload: the body itself, or the file part of a multipart form (as the WebClient sends it). */
async function uploadedBytes(contentType: string, body: Buffer): Promise<Buffer> {
  if (!contentType.startsWith('multipart/form-data')) return body;
  const form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  const part = [...form.values()].find((value): value is File => typeof value !== 'string');
  if (part === undefined) throw new Error('no file in the form');
  return Buffer.from(await part.arrayBuffer());
}

function violationsAnswer(violations: string[]): SlackAnswer {
  return { errors: violations, response_metadata: { messages: violations.map((v) => `[ERROR] ${v}`) } };
}

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const token = options.token ?? 'xoxb-test';
  const appToken = options.appToken ?? 'xapp-test';
  let socketModeUrl: string | undefined;
  const teamId = options.teamId ?? 'T0TEST';
  const botUserId = options.botUserId ?? 'U0BOT';
  const botId = options.botId ?? 'B0BOT';
  const appId = options.appId ?? 'A0TEST';
  const strictText = options.strictText ?? true;
  const singleUseTriggers = options.singleUseTriggers ?? true;
  const latencyMs = options.latencyMs ?? 0;

  const events = new EventEmitter();
  events.setMaxListeners(0);
  const calls: RecordedCall[] = [];
  const responses: RecordedResponse[] = [];
  const warnings: string[] = [];
  const channels = new Set<string>(options.channels ?? ['C0TEST']);
  const botMembership = new Map<string, boolean>();
  const users = new Map<string, Record<string, unknown>>();
  const messages = new Map<string, FakeMessage>();
  const ephemerals = new Map<string, FakeEphemeral>();
  const views = new Map<string, FakeView>();
  const homeViews = new Map<string, FakeView>();
  const files = new Map<string, FakeFile>();
  const viewUsers = new Map<string, string>();
  const userGroups = new Map<string, string[]>();
  const dmChannels = new Map<string, string>();
  const failures = new Map<string, FailSpec[]>();
  const delays = new Map<string, number>();
  const waiting = new Map<string, number>();
  type Hold = {
    matches: (method: string, args: SlackArgs) => boolean;
    waiters: Set<() => void>;
    dropped: Array<{ method: string; args: SlackArgs }>;
  };
  const holds = new Set<Hold>();
  const usedTriggers = new Set<string>();
  const responseSources = new Map<string, ResponseUrlSource>();
  let tsCounter = 0;
  let idCounter = 0;
  let responseCounter = 0;
  let origin = '';
  const maxRecords = options.maxRecords ?? Number.POSITIVE_INFINITY;
  const restored = options.restore;
  if (restored !== undefined) {
    tsCounter = restored.tsCounter;
    idCounter = restored.idCounter;
    for (const m of restored.messages) {
      messages.set(m.ts, m);
      channels.add(m.channel);
    }
    for (const e of restored.ephemerals) ephemerals.set(e.ts, e);
    for (const v of restored.views) views.set(v.id, v);
    for (const [user, viewId] of restored.homeViews) {
      const view = views.get(viewId);
      if (view !== undefined) homeViews.set(user, view);
    }
    for (const [viewId, user] of restored.viewUsers) viewUsers.set(viewId, user);
    for (const [group, members] of restored.userGroups) userGroups.set(group, members);
    for (const [userId, channel] of restored.dmChannels ?? []) {
      dmChannels.set(userId, channel);
      channels.add(channel);
      botMembership.set(channel, true);
    }
    for (const file of restored.files ?? [])
      files.set(file.id, { ...file, content: Buffer.from(file.content, 'base64') });
  }

  function record<T>(list: T[], item: T): void {
    list.push(item);
    if (list.length > maxRecords) list.splice(0, list.length - maxRecords);
  }

  // Unique and increasing like Slack's "1700000000.000100": string order equals time order.
  function nextTs(): string {
    tsCounter += 1;
    const micros = tsCounter * 100;
    const seconds = 1_700_000_000 + Math.floor(micros / 1_000_000);
    return `${seconds}.${String(micros % 1_000_000).padStart(6, '0')}`;
  }

  function nextId(prefix: string): string {
    idCounter += 1;
    return `${prefix}0${String(idCounter).padStart(8, '0')}`;
  }

  function openDm(userId: string): string {
    let id = dmChannels.get(userId);
    if (id === undefined) {
      id = nextId('D');
      dmChannels.set(userId, id);
      channels.add(id);
      botMembership.set(id, true);
    }
    return id;
  }

  function resolveChannel(args: SlackArgs): string {
    const channel = required(args, 'channel', 'channel_not_found');
    // Posting to a user id delivers to the app's DM with that user (Slack resolves it).
    if (/^[UW][A-Z0-9]+$/.test(channel)) return openDm(channel);
    if (!channels.has(channel)) fail('channel_not_found');
    return channel;
  }

  function requireMember(channel: string): void {
    if (botMembership.get(channel) === false) fail('not_in_channel');
  }

  function checkContent(method: string, args: SlackArgs): { text: string; blocks: unknown[] | undefined } {
    if (typeof args.blocks === 'string') fail('invalid_blocks_format');
    if (args.blocks !== undefined && !Array.isArray(args.blocks)) fail('invalid_blocks_format');
    const text = typeof args.text === 'string' ? args.text : '';
    const blocks = args.blocks as unknown[] | undefined;
    const hasBlocks = blocks !== undefined && blocks.length > 0;
    if (text === '' && !hasBlocks && args.attachments === undefined) fail('no_text');
    if ([...text].length > SLACK_LIMITS.messageText) fail('msg_too_long');
    const violations = checkSlackPayload('message', { blocks });
    if (violations.length > 0) fail('invalid_blocks', violationsAnswer(violations));
    if (hasBlocks && text === '') {
      warnings.push(`${method}: blocks without a top-level text fallback`);
      if (strictText) {
        fail('missing_text_fallback', {
          response_metadata: { messages: ['[WARN] blocks sent without a top-level text fallback'] },
        });
      }
    }
    return { text, blocks };
  }

  function messageView(m: FakeMessage): SlackAnswer {
    return {
      type: 'message',
      user: m.user,
      bot_id: m.user === botUserId ? botId : undefined,
      app_id: m.user === botUserId ? appId : undefined,
      team: teamId,
      text: m.text,
      blocks: m.blocks,
      ts: m.ts,
      ...(m.thread_ts === undefined ? {} : { thread_ts: m.thread_ts }),
    };
  }

  function useTrigger(args: SlackArgs): void {
    const trigger = str(args, 'trigger_id') ?? str(args, 'interactivity_pointer');
    if (trigger === undefined || trigger === 'expired') fail('expired_trigger_id');
    if (singleUseTriggers && usedTriggers.has(trigger)) fail('expired_trigger_id');
    usedTriggers.add(trigger);
  }

  function rememberViewUser(viewId: string, args: SlackArgs): void {
    const trigger = str(args, 'trigger_id') ?? str(args, 'interactivity_pointer');
    const userId = trigger === undefined ? undefined : options.userOfTrigger?.(trigger);
    if (userId !== undefined) viewUsers.set(viewId, userId);
  }

  function checkView(kind: SlackPayloadKind, view: unknown): Record<string, unknown> {
    if (!isObject(view)) fail('invalid_arguments', violationsAnswer(['view: must be a JSON object']));
    // views.* report every block or field problem as invalid_arguments with pointers in response_metadata.
    const violations = checkSlackPayload(kind, view);
    if (violations.length > 0) fail('invalid_arguments', violationsAnswer(violations));
    return view;
  }

  function storeView(view: Record<string, unknown>, id: string, extra: SlackAnswer = {}): FakeView {
    const stored: FakeView = {
      ...view,
      ...extra,
      id,
      type: String(view.type),
      team_id: teamId,
      app_id: appId,
      bot_id: botId,
      hash: `${Date.now()}.${nextId('h')}`,
      state: { values: {} },
      private_metadata: typeof view.private_metadata === 'string' ? view.private_metadata : '',
      callback_id: typeof view.callback_id === 'string' ? view.callback_id : '',
    };
    views.set(id, stored);
    return stored;
  }

  function user(id: string): SlackAnswer {
    const extra = users.get(id);
    if (extra === undefined && !/^[UW][A-Z0-9]+$/.test(id)) fail('user_not_found');
    const name = id.toLowerCase();
    return {
      id,
      team_id: teamId,
      name,
      real_name: `User ${id}`,
      tz: 'UTC',
      tz_label: 'Coordinated Universal Time',
      tz_offset: 0,
      is_bot: id === botUserId,
      deleted: false,
      profile: { display_name: name, real_name: `User ${id}` },
      ...extra,
    };
  }

  const methods: Record<string, (args: SlackArgs) => SlackAnswer> = {
    'api.test': (args) => ({ args }),
    'apps.connections.open': () => {
      if (!socketModeUrl) fail('socket_mode_not_enabled');
      return { url: socketModeUrl };
    },
    'auth.test': () => ({
      url: 'https://fake.slack.com/',
      team: 'Fake Team',
      user: 'deploy-checklist',
      team_id: teamId,
      user_id: botUserId,
      bot_id: botId,
      is_enterprise_install: false,
    }),
    'chat.postMessage': (args) => {
      const channel = resolveChannel(args);
      requireMember(channel);
      const { text, blocks } = checkContent('chat.postMessage', args);
      const threadTs = str(args, 'thread_ts');
      if (threadTs !== undefined) {
        const parent = messages.get(threadTs);
        if (parent === undefined || parent.channel !== channel) {
          warnings.push(`chat.postMessage: thread_ts ${threadTs} is not a message in ${channel}`);
        } else if (parent.thread_ts !== undefined && parent.thread_ts !== parent.ts) {
          // Slack threads only one level deep; a reply's ts as thread_ts is a bug in the caller.
          warnings.push(`chat.postMessage: thread_ts ${threadTs} is a reply; use its parent ${parent.thread_ts}`);
        }
      }
      const ts = nextTs();
      const message: FakeMessage = {
        channel,
        ts,
        text,
        blocks: blocks ?? [],
        user: botUserId,
        updates: 0,
        ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
      };
      messages.set(ts, message);
      return { channel, ts, message: messageView(message) };
    },
    'chat.update': (args) => {
      const channel = resolveChannel(args);
      const ts = required(args, 'ts', 'message_not_found');
      if (ephemerals.has(ts)) fail('cant_update_message');
      const message = messages.get(ts);
      if (message === undefined || message.channel !== channel) fail('message_not_found');
      if (message.user !== botUserId) fail('cant_update_message');
      const { text, blocks } = checkContent('chat.update', args);
      if (args.text !== undefined) message.text = text;
      // Slack drops the blocks when an update carries text but no blocks: always send both.
      message.blocks = blocks ?? [];
      message.updates += 1;
      return { channel, ts, text: message.text, message: messageView(message) };
    },
    'chat.delete': (args) => {
      const channel = resolveChannel(args);
      const ts = required(args, 'ts', 'message_not_found');
      const message = messages.get(ts);
      if (message === undefined || message.channel !== channel) fail('message_not_found');
      if (message.user !== botUserId) fail('cant_delete_message');
      messages.delete(ts);
      return { channel, ts };
    },
    'chat.postEphemeral': (args) => {
      const channel = resolveChannel(args);
      const userId = required(args, 'user', 'user_not_found');
      requireMember(channel);
      const { text, blocks } = checkContent('chat.postEphemeral', args);
      const ts = nextTs();
      const threadTs = str(args, 'thread_ts');
      ephemerals.set(ts, {
        channel,
        user: userId,
        ts,
        text,
        blocks: blocks ?? [],
        ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
      });
      return { message_ts: ts };
    },
    'chat.getPermalink': (args) => {
      const channel = resolveChannel(args);
      const ts = required(args, 'message_ts', 'message_not_found');
      if (!messages.has(ts)) fail('message_not_found');
      const permalink =
        options.permalink?.(channel, ts) ?? `https://fake.slack.com/archives/${channel}/p${ts.replace('.', '')}`;
      return { channel, permalink };
    },
    'views.open': (args) => {
      useTrigger(args);
      const view = checkView('modal', args.view);
      const id = nextId('V');
      rememberViewUser(id, args);
      return { view: storeView(view, id, { root_view_id: id, previous_view_id: null }) };
    },
    'views.push': (args) => {
      useTrigger(args);
      const view = checkView('modal', args.view);
      const id = nextId('V');
      rememberViewUser(id, args);
      return { view: storeView(view, id, { root_view_id: id }) };
    },
    'views.update': (args) => {
      const viewId = str(args, 'view_id');
      const externalId = str(args, 'external_id');
      if (viewId === undefined && externalId === undefined) fail('invalid_arguments');
      const existing =
        viewId !== undefined ? views.get(viewId) : [...views.values()].find((v) => v.external_id === externalId);
      if (existing === undefined) fail('not_found');
      const hash = str(args, 'hash');
      // Slack's optimistic lock for views: a stale hash means someone else updated the view first.
      if (hash !== undefined && hash !== existing.hash) fail('hash_conflict');
      const kind: SlackPayloadKind = existing.type === 'home' ? 'home' : 'modal';
      const view = checkView(kind, args.view);
      return { view: storeView(view, existing.id, { root_view_id: existing.root_view_id ?? existing.id }) };
    },
    'views.publish': (args) => {
      const userId = required(args, 'user_id', 'user_not_found');
      user(userId);
      const view = checkView('home', args.view);
      const existing = homeViews.get(userId);
      const hash = str(args, 'hash');
      if (hash !== undefined && existing !== undefined && hash !== existing.hash) fail('hash_conflict');
      const stored = storeView(view, existing?.id ?? nextId('V'));
      homeViews.set(userId, stored);
      return { view: stored };
    },
    'users.info': (args) => ({ user: user(required(args, 'user', 'user_not_found')) }),
    // Finds a user whose `users` entry has this email (`email` or `profile.email`), as Slack matches it.
    'users.lookupByEmail': (args) => {
      const email = required(args, 'email', 'users_not_found').toLowerCase();
      for (const [id, extra] of users) {
        const profile = extra.profile as { email?: unknown } | undefined;
        const candidate = typeof extra.email === 'string' ? extra.email : profile?.email;
        if (typeof candidate === 'string' && candidate.toLowerCase() === email) return { user: user(id) };
      }
      return fail('users_not_found');
    },
    'usergroups.users.list': (args) => {
      const group = required(args, 'usergroup', 'no_such_subteam');
      const members = userGroups.get(group) ?? fail('no_such_subteam');
      return { users: [...members] };
    },
    'conversations.open': (args) => {
      const channel = str(args, 'channel');
      if (channel !== undefined) {
        if (!channels.has(channel)) fail('channel_not_found');
        return { channel: { id: channel } };
      }
      const ids = required(args, 'users', 'users_list_not_supplied')
        .split(',')
        .map((u) => u.trim())
        .filter((u) => u !== '');
      for (const id of ids) user(id);
      const [only] = ids;
      if (ids.length === 1 && only !== undefined) return { channel: { id: openDm(only) } };
      const id = nextId('G');
      channels.add(id);
      botMembership.set(id, true);
      return { channel: { id } };
    },
    'files.getUploadURLExternal': (args) => {
      const filename = required(args, 'filename');
      const length = Number(required(args, 'length'));
      if (!Number.isInteger(length) || length < 1) fail('invalid_arguments');
      const id = nextId('F');
      files.set(id, { id, name: filename, title: filename, length, content: undefined, completed: false });
      return { upload_url: `${origin}/upload/${id}`, file_id: id };
    },
    'files.completeUploadExternal': (args) => {
      const list = args.files;
      if (!Array.isArray(list) || list.length === 0) fail('invalid_arguments');
      const shared = list.map((entry) => {
        const id = isObject(entry) && typeof entry.id === 'string' ? entry.id : '';
        const file = files.get(id);
        // Never uploaded, or completed already (Slack allows one call per upload).
        if (file === undefined || file.content === undefined || file.completed) fail('file_not_found');
        if (isObject(entry) && typeof entry.title === 'string' && entry.title !== '') file.title = entry.title;
        return file;
      });
      const channelArg = str(args, 'channel_id');
      let channel: string | undefined;
      if (channelArg !== undefined) {
        channel = resolveChannel({ channel: channelArg });
        requireMember(channel);
      }
      const threadTs = str(args, 'thread_ts');
      if (threadTs !== undefined) {
        // A reply needs its channel, and a parent that is a message there (Slack threads one level deep).
        const parent = messages.get(threadTs);
        if (channel === undefined || parent === undefined || parent.channel !== channel)
          fail(
            'invalid_arguments',
            violationsAnswer([`thread_ts ${threadTs} is not a message in ${channel ?? 'no channel'}`]),
          );
        if (parent.thread_ts !== undefined && parent.thread_ts !== parent.ts)
          warnings.push(
            `files.completeUploadExternal: thread_ts ${threadTs} is a reply; use its parent ${parent.thread_ts}`,
          );
      }
      for (const file of shared) file.completed = true;
      const summary = shared.map((file) => ({ id: file.id, name: file.name, title: file.title }));
      if (channel !== undefined) {
        const ts = nextTs();
        messages.set(ts, {
          channel,
          ts,
          text: str(args, 'initial_comment') ?? '',
          blocks: [],
          files: summary,
          user: botUserId,
          updates: 0,
          ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
        });
      }
      return { files: summary };
    },
    'conversations.info': (args) => {
      const id = required(args, 'channel', 'channel_not_found');
      if (!channels.has(id)) fail('channel_not_found');
      const isIm = id.startsWith('D');
      return {
        channel: {
          id,
          name: isIm ? undefined : id.toLowerCase(),
          is_channel: id.startsWith('C'),
          is_im: isIm,
          is_private: id.startsWith('G'),
          is_member: botMembership.get(id) !== false,
          is_archived: false,
        },
      };
    },
  };

  function takeFailure(method: string): FailSpec | undefined {
    const queue = failures.get(method);
    const head = queue?.[0];
    if (queue === undefined || head === undefined) return undefined;
    const times = (head.times ?? 1) - 1;
    if (times <= 0) queue.shift();
    else queue[0] = { ...head, times };
    return head;
  }

  function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, {
      'content-type': typeof body === 'string' ? 'text/plain' : 'application/json; charset=utf-8',
      ...headers,
    });
    res.end(text);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL, raw: string): Promise<void> {
    const method = decodeURIComponent(url.pathname.slice('/api/'.length));
    const at = Date.now();
    const header = req.headers.authorization;
    let args: SlackArgs = {};
    let status = 200;
    let answer: SlackAnswer;
    let headers: Record<string, string> = {};
    let tokenSent: string | undefined = header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;
    try {
      args = parseArgs(req.headers['content-type'] ?? '', raw, url.searchParams);
      if (typeof args.token === 'string') {
        tokenSent ??= args.token;
        const { token: _omitted, ...rest } = args;
        args = rest;
      }
      if (latencyMs > 0) await sleep(latencyMs);
      const extra = delays.get(method) ?? 0;
      if (extra > 0) {
        waiting.set(method, (waiting.get(method) ?? 0) + 1);
        await sleep(extra).finally(() => waiting.set(method, (waiting.get(method) ?? 1) - 1));
      }
      const hold = [...holds].find((h) => h.matches(method, args));
      if (hold && !(await heldUntilReleased(hold, res, method, args))) return;
      const failure = takeFailure(method);
      if (failure?.drop) {
        req.socket.destroy();
        return;
      }
      const handler = methods[method];
      if (failure?.status === 429) {
        status = 429;
        headers = { 'retry-after': String(failure.retryAfter ?? 1) };
        answer = { ok: false, error: 'ratelimited' };
      } else if (failure?.status === 500) {
        status = 500;
        answer = { ok: false, error: 'internal_error' };
      } else if (failure?.error !== undefined) {
        answer = { ok: false, error: failure.error };
      } else if (handler === undefined) {
        answer = { ok: false, error: 'unknown_method' };
      } else if (method !== 'api.test' && tokenSent === undefined) {
        answer = { ok: false, error: 'not_authed' };
      } else if (
        method === 'apps.connections.open' ? tokenSent !== appToken : method !== 'api.test' && tokenSent !== token
      ) {
        answer = { ok: false, error: 'invalid_auth' };
      } else {
        answer = { ok: true, ...handler(args) };
      }
    } catch (error) {
      if (!(error instanceof SlackError)) throw error;
      answer = { ok: false, error: error.error, ...error.extra };
    }
    const call: RecordedCall = { method, args, token: tokenSent, at, status, response: answer };
    record(calls, call);
    events.emit('call', call);
    send(res, status, answer, headers);
  }

  /** Waits for the hold's release; false when the caller went away first (the call is then dropped). */
  function heldUntilReleased(hold: Hold, res: http.ServerResponse, method: string, args: SlackArgs): Promise<boolean> {
    return new Promise((resolve) => {
      const release = () => {
        res.off('close', gone);
        resolve(true);
      };
      const gone = () => {
        hold.waiters.delete(release);
        hold.dropped.push({ method, args });
        resolve(false);
      };
      hold.waiters.add(release);
      res.once('close', gone);
    });
  }

  function isTrue(value: unknown): boolean {
    return value === true || value === 'true';
  }

  function applyResponse(id: string, body: SlackArgs): void {
    const source = responseSources.get(id);
    if (source === undefined) return;
    const ts = source.messageTs;
    const text = typeof body.text === 'string' ? body.text : '';
    const blocks = Array.isArray(body.blocks) ? body.blocks : [];
    if (isTrue(body.delete_original)) {
      if (ts !== undefined) {
        messages.delete(ts);
        ephemerals.delete(ts);
      }
      return;
    }
    if (isTrue(body.replace_original)) {
      // The only way to change an ephemeral message; works on the bot's channel messages too.
      const target = ts === undefined ? undefined : (messages.get(ts) ?? ephemerals.get(ts));
      if (target === undefined) {
        warnings.push(`response_url ${id}: replace_original but no source message`);
        return;
      }
      target.text = text;
      target.blocks = blocks;
      const message = messages.get(target.ts);
      if (message !== undefined) message.updates += 1;
      return;
    }
    if (ts !== undefined && body.replace_original === undefined) {
      // Slack's default here has changed over time; say which one you mean.
      warnings.push(`response_url ${id}: replace_original not set for a reply to a message`);
    }
    const newTs = nextTs();
    const threadTs = typeof body.thread_ts === 'string' ? body.thread_ts : undefined;
    if (body.response_type === 'in_channel') {
      messages.set(newTs, {
        channel: source.channel,
        ts: newTs,
        text,
        blocks,
        user: botUserId,
        updates: 0,
        ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
      });
    } else {
      const shownIn = threadTs ?? source.threadTs;
      ephemerals.set(newTs, {
        channel: source.channel,
        user: source.user ?? '',
        ts: newTs,
        text,
        blocks,
        ...(shownIn === undefined ? {} : { thread_ts: shownIn }),
      });
    }
  }

  function handleResponseUrl(req: http.IncomingMessage, res: http.ServerResponse, id: string, raw: string): void {
    let body: SlackArgs = {};
    let status = 200;
    let answer: SlackAnswer = { ok: true };
    try {
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) fail('invalid_post_type');
      const parsed: unknown = JSON.parse(raw);
      if (!isObject(parsed)) fail('invalid_payload');
      body = parsed;
      // delete_original needs no content; everything else is a message and obeys the message rules.
      if (body.delete_original !== true && body.delete_original !== 'true') checkContent('response_url', body);
    } catch (error) {
      status = 400;
      answer = { ok: false, error: error instanceof SlackError ? error.error : 'invalid_payload' };
      if (error instanceof SlackError) Object.assign(answer, error.extra);
    }
    if (status === 200) applyResponse(id, body);
    const response: RecordedResponse = { id, body, at: Date.now(), status };
    record(responses, response);
    events.emit('response', response);
    // respond() throws on a non-2xx answer, which is how Slack surfaces a bad response_url payload.
    send(res, status, answer);
  }

  /** The upload URL files.getUploadURLExternal hands out: the bytes as sent, raw or as a multipart form. */
  function handleUpload(req: http.IncomingMessage, res: http.ServerResponse, id: string): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const file = files.get(id);
      if (file === undefined || file.completed) return send(res, 404, 'not found');
      uploadedBytes(String(req.headers['content-type'] ?? ''), Buffer.concat(chunks)).then(
        (content) => {
          // Slack takes exactly the length announced to files.getUploadURLExternal.
          if (content.length !== file.length) return send(res, 400, `length ${content.length} is not ${file.length}`);
          file.content = content;
          events.emit('change');
          send(res, 200, `OK - ${content.length}`);
        },
        () => send(res, 400, 'bad upload'),
      );
    });
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/upload/') && req.method === 'POST') {
      handleUpload(req, res, decodeURIComponent(url.pathname.slice('/upload/'.length)));
      return;
    }
    readBody(req)
      .then(async (raw) => {
        if (url.pathname.startsWith('/api/')) await handleApi(req, res, url, raw);
        else if (url.pathname.startsWith('/response/') && req.method === 'POST') {
          handleResponseUrl(req, res, decodeURIComponent(url.pathname.slice('/response/'.length)), raw);
        } else send(res, 404, 'not found');
      })
      .catch((error: unknown) => {
        if (!res.headersSent) send(res, 500, `fake slack: ${String(error)}`);
        else res.destroy();
      });
  });

  // Node closes a connection idle for 5 s. A client whose event loop is busy (the core thread during a burst of
  // starts) then reuses a socket the server has just closed and gets "other side closed": the slack bench saw 48
  // retried renders a run from that alone. Like common HTTP front ends, the stand-in keeps idle connections a minute.
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  function waitForEvent<T>(
    event: 'call' | 'response',
    existing: T[],
    match: (item: T) => boolean,
    describe: () => string,
    timeoutMs: number,
  ): Promise<T> {
    const found = existing.find(match);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const onItem = (item: T): void => {
        if (!match(item)) return;
        clearTimeout(timer);
        events.off(event, onItem);
        resolve(item);
      };
      const timer = setTimeout(() => {
        events.off(event, onItem);
        reject(new Error(`fake slack: no matching ${event} within ${timeoutMs} ms; seen: ${describe()}`));
      }, timeoutMs);
      events.on(event, onItem);
    });
  }

  const fake: FakeSlack = {
    url: `${origin}/api/`,
    origin,
    token,
    appToken,
    get socketModeUrl() {
      return socketModeUrl;
    },
    set socketModeUrl(url: string | undefined) {
      socketModeUrl = url;
    },
    teamId,
    botUserId,
    botId,
    appId,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    responses,
    responsesTo: (id) => responses.filter((r) => r.id === id),
    responseUrl: (id, source) => {
      responseCounter += 1;
      const key = id ?? `r${responseCounter}`;
      if (source !== undefined) responseSources.set(key, source);
      return `${origin}/response/${encodeURIComponent(key)}`;
    },
    channels,
    botMembership,
    users,
    messages,
    ephemerals,
    views,
    homeViews,
    files,
    dmChannelOf: (userId) => dmChannels.get(userId),
    viewUsers,
    snapshot: () => ({
      version: 1,
      tsCounter,
      idCounter,
      messages: [...messages.values()],
      ephemerals: [...ephemerals.values()],
      views: [...views.values()],
      homeViews: [...homeViews].map(([user, view]) => [user, view.id]),
      viewUsers: [...viewUsers],
      userGroups: [...userGroups],
      dmChannels: [...dmChannels],
      files: [...files.values()].map((file) => ({
        ...file,
        content: (file.content ?? Buffer.alloc(0)).toString('base64'),
      })),
    }),
    onChange: (listener) => {
      events.on('call', listener);
      events.on('response', listener);
      events.on('change', listener);
    },
    warnings,
    delayAnswers: (method, ms) => {
      delays.set(method, ms);
    },
    unanswered: (method) => waiting.get(method) ?? 0,
    hold: (matches) => {
      const hold: Hold = { matches, waiters: new Set(), dropped: [] };
      holds.add(hold);
      return {
        get waiting() {
          return hold.waiters.size;
        },
        dropped: hold.dropped,
        release: () => {
          holds.delete(hold);
          for (const resume of [...hold.waiters]) resume();
          hold.waiters.clear();
        },
      };
    },
    failNext: (method, spec) => {
      const queue = failures.get(method) ?? [];
      queue.push(spec);
      failures.set(method, queue);
    },
    setUserGroupMembers: (groupId, members) => {
      userGroups.set(groupId, [...members]);
    },
    threadOf: (parentTs) =>
      [...messages.values()]
        .filter((m) => m.thread_ts === parentTs && m.ts !== parentTs)
        .sort((a, b) => a.ts.localeCompare(b.ts)),
    waitFor: (predicate, opts = {}) => {
      const match = typeof predicate === 'string' ? (c: RecordedCall) => c.method === predicate : predicate;
      return waitForEvent(
        'call',
        calls,
        match,
        () =>
          calls.map((c) => `${c.method}${c.response.ok ? '' : `(${String(c.response.error)})`}`).join(', ') || 'none',
        opts.timeoutMs ?? 5000,
      );
    },
    waitForResponse: (predicate = () => true, opts = {}) =>
      waitForEvent('response', responses, predicate, () => `${responses.length} responses`, opts.timeoutMs ?? 5000),
    clearRecords: () => {
      calls.length = 0;
      responses.length = 0;
      warnings.length = 0;
    },
    close: async () => {
      // The WebClient keeps connections alive; close them or server.close() waits for their idle timeout.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
  return fake;
}

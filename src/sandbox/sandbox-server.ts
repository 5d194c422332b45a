// The sandbox page's HTTP server: the page, its script, its JSON endpoints, and /health, /ready, /metrics passed
// through from the bot (marked as a sandbox). What a person does on the page becomes the request Slack would send:
// signed, built from the message or view the bot posted, to the bot's own /slack/events. The bot's answers land
// in the Slack stand-in as they would land in Slack (ack bodies and respond() as ephemerals, views.* as modals).

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Dispatcher, request } from 'undici';
import { z } from 'zod';
import type { Logger } from '../logger.ts';
import type { RenderContext } from './page/render-blocks.ts';
import { renderPage } from './page/render-page.ts';
import { renderChannel, renderHome, renderModal, renderThread } from './page/render-surfaces.ts';
import type { SandboxClock } from './sandbox-clock.ts';
import { personById, SANDBOX_CHANNELS, SANDBOX_PEOPLE, SANDBOX_TEAM, type SandboxPerson } from './sandbox-people.ts';
import {
  type BotAnswer,
  blockActionsBody,
  commandBody,
  eventBody,
  newTriggerId,
  postSigned,
  viewClosedBody,
  viewSubmissionBody,
} from './slack-requests.ts';
import type { FakeSlack, FakeView } from './slack-stand-in.ts';

export const COMMAND = '/deploy-checklist';
/** How the page names the person's direct messages with the app (each person has their own channel). */
const DM = 'dm';
/** Slack gives an app 3 seconds to answer a command, click or submission. */
const ACK_TIMEOUT_MS = 3000;

export type SandboxWorld = {
  fake: FakeSlack;
  signingSecret: string;
  /** http://127.0.0.1:PORT of the bot's Bolt receiver. */
  botUrl: string;
  demoUrl: string;
  clock: SandboxClock;
  /** trigger_id → who caused it: a modal opened with it is shown to them. */
  triggers: Map<string, string>;
  /** Runs due work now (after the clock moved). */
  kick: () => void;
  logger: Logger;
  /** The client script, compiled (dist/…/sandbox-page.js). */
  clientScript: string;
};

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ZCommand = z.object({ user: z.string(), channel: z.string(), text: z.string().max(4000) });
const ZElementRef = z.object({ a: z.string(), b: z.string(), t: z.string() });
const ZChoice = z.object({ value: z.string().optional(), values: z.array(z.string()).optional() });
const ZAction = z.object({
  user: z.string(),
  surface: z.union([
    z.object({ type: z.literal('message'), channel: z.string(), ts: z.string() }),
    z.object({ type: z.literal('view'), id: z.string() }),
  ]),
  element: ZElementRef,
  choice: ZChoice,
  /** A modal's current input values, by block id (Slack sends the view's state with a click inside it). */
  state: z.record(z.string(), ZChoice).optional(),
});
const ZSubmit = z.object({ user: z.string(), viewId: z.string(), state: z.record(z.string(), ZChoice) });
const ZClose = z.object({ user: z.string(), viewId: z.string() });
const ZHome = z.object({ user: z.string() });
const ZClock = z.object({
  advanceMs: z
    .number()
    .int()
    .positive()
    .max(90 * 86_400_000),
});

type Choice = z.infer<typeof ZChoice>;
type Answer = { status?: number; body: Json };

function findElement(blocks: unknown, blockId: string, actionId: string): Json | undefined {
  if (!Array.isArray(blocks)) return undefined;
  for (const block of blocks) {
    if (!isObject(block) || (block.block_id ?? '') !== blockId) continue;
    const candidates = [...(Array.isArray(block.elements) ? block.elements : []), block.accessory, block.element];
    for (const element of candidates) if (isObject(element) && element.action_id === actionId) return element;
  }
  return undefined;
}

function optionsOf(element: Json): Json[] {
  const direct = Array.isArray(element.options) ? element.options : [];
  const grouped = (Array.isArray(element.option_groups) ? element.option_groups : []).flatMap((g) =>
    isObject(g) && Array.isArray(g.options) ? g.options : [],
  );
  return [...direct, ...grouped].filter(isObject);
}

/**
 * What Slack reports for an element given the person's choice, in the shape of a block_actions action or a
 * view_submission state value: option objects are the element's own, as Slack echoes them.
 */
export function elementValue(element: Json, choice: Choice): Json {
  const type = String(element.type);
  const option = (value: string | undefined) => optionsOf(element).find((o) => o.value === value) ?? null;
  const picked = (values: string[] | undefined) =>
    optionsOf(element).filter((o) => (values ?? []).includes(String(o.value)));
  switch (type) {
    case 'button':
      return {
        type,
        ...(element.value === undefined ? {} : { value: element.value }),
        text: element.text,
        ...(element.style === undefined ? {} : { style: element.style }),
      };
    case 'checkboxes':
    case 'multi_static_select':
    case 'multi_external_select':
      return { type, selected_options: picked(choice.values) };
    case 'radio_buttons':
    case 'static_select':
    case 'external_select':
    case 'overflow':
      return { type, selected_option: option(choice.value) };
    case 'users_select':
      return { type, selected_user: choice.value || null };
    case 'multi_users_select':
      return { type, selected_users: choice.values ?? [] };
    case 'conversations_select':
      return { type, selected_conversation: choice.value || null };
    case 'channels_select':
      return { type, selected_channel: choice.value || null };
    case 'multi_conversations_select':
      return { type, selected_conversations: choice.values ?? [] };
    case 'multi_channels_select':
      return { type, selected_channels: choice.values ?? [] };
    case 'datepicker':
      return { type, selected_date: choice.value || null };
    case 'timepicker':
      return { type, selected_time: choice.value || null };
    default:
      return { type, value: choice.value === undefined || choice.value === '' ? null : choice.value };
  }
}

/** A view's state.values as Slack builds it: every input block, from what the person entered. */
export function viewState(view: FakeView, state: Record<string, Choice>): Record<string, Record<string, Json>> {
  const values: Record<string, Record<string, Json>> = {};
  for (const block of Array.isArray(view.blocks) ? view.blocks : []) {
    if (!isObject(block) || block.type !== 'input' || !isObject(block.element)) continue;
    const blockId = String(block.block_id ?? '');
    const actionId = String(block.element.action_id ?? '');
    values[blockId] = { [actionId]: elementValue(block.element, state[blockId] ?? {}) };
  }
  return values;
}

export type SandboxServer = { server: http.Server; port: number; url: string; close: () => Promise<void> };

export async function startSandboxServer(
  world: SandboxWorld,
  listen: { host: string; port: number },
): Promise<SandboxServer> {
  const { fake } = world;
  const slackbotEphemerals = new Set<string>();
  const closedViews = new Set<string>();

  function context(errors?: Record<string, string>): RenderContext {
    return {
      userName: (id) =>
        personById(id)?.name ??
        (id === fake.botUserId ? 'deploy-checklist' : String(fake.users.get(id)?.real_name ?? id)),
      channelName: (id) =>
        SANDBOX_CHANNELS.find((c) => c.id === id)?.name ?? (id.startsWith('D') ? 'direct message' : id.toLowerCase()),
      now: world.clock.now(),
      people: SANDBOX_PEOPLE,
      channels: SANDBOX_CHANNELS,
      ...(errors ? { errors } : {}),
    };
  }

  function person(id: string): SandboxPerson {
    const found = personById(id);
    if (!found) throw new PageError(`nobody called ${id} in the sandbox`);
    return found;
  }

  function channelName(id: string): string {
    // Slack names every direct-message channel so in payloads.
    if ([...fake.channels].some((c) => c === id && c.startsWith('D'))) return 'directmessage';
    const channel = SANDBOX_CHANNELS.find((c) => c.id === id);
    if (!channel) throw new PageError(`no channel ${id} in the sandbox`);
    return channel.name;
  }

  /** The person's direct messages with the app: the page names it `dm`; opened on first use, as Slack does. */
  async function resolveChannel(channel: string, userId: string): Promise<string> {
    if (channel !== DM) return channel;
    const existing = fake.dmChannelOf(userId);
    if (existing !== undefined) return existing;
    const opened = await callStandIn('conversations.open', { users: userId });
    const id = isObject(opened.channel) ? String(opened.channel.id ?? '') : '';
    if (!id) throw new PageError('could not open the direct messages');
    return id;
  }

  function trigger(userId: string): string {
    const id = newTriggerId();
    world.triggers.set(id, userId);
    // Slack's trigger ids live 3 seconds; a few hundred is plenty.
    if (world.triggers.size > 500) world.triggers.delete(world.triggers.keys().next().value as string);
    return id;
  }

  /** The modal on top for a person: the newest of their views that is still open. */
  function openModal(userId: string): FakeView | undefined {
    const mine = [...fake.views.values()].filter(
      (v) => v.type === 'modal' && fake.viewUsers.get(v.id) === userId && !closedViews.has(v.id),
    );
    return mine.sort((a, b) => a.id.localeCompare(b.id)).at(-1);
  }

  async function callStandIn(method: string, args: Json): Promise<Json> {
    const body = new URLSearchParams(
      Object.entries(args).map(([key, value]): [string, string] => [
        key,
        typeof value === 'string' ? value : JSON.stringify(value),
      ]),
    ).toString();
    const res = await request(`${fake.url}${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${fake.token}` },
      body,
    });
    return (await res.body.json()) as Json;
  }

  /** Posts to a response_url of the stand-in, as Slack shows an ack body or a respond(). */
  async function respondTo(url: string, body: Json): Promise<void> {
    const res = await request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    await res.body.dump();
  }

  async function slackbotSays(channel: string, user: string, text: string, threadTs?: string): Promise<void> {
    const before = new Set(fake.ephemerals.keys());
    await respondTo(fake.responseUrl(undefined, { channel, user, ...(threadTs ? { threadTs } : {}) }), { text });
    for (const ts of fake.ephemerals.keys()) if (!before.has(ts)) slackbotEphemerals.add(ts);
  }

  async function toBot(body: string, contentType: 'application/x-www-form-urlencoded' | 'application/json') {
    try {
      return await postSigned(world.botUrl, world.signingSecret, body, contentType, ACK_TIMEOUT_MS);
    } catch (error) {
      world.logger.warn('the bot did not answer the sandbox in time', { error });
      return { status: 0, body: '' } satisfies BotAnswer;
    }
  }

  async function command(input: z.infer<typeof ZCommand>): Promise<Answer> {
    const who = person(input.user);
    const channel = await resolveChannel(input.channel, who.id);
    const name = channelName(channel);
    const text = input.text.trim();
    if (text === '') return { body: { ok: true } };
    if (!text.startsWith('/')) {
      await slackbotSays(
        channel,
        who.id,
        `The sandbox shows what the bot posts; try \`${COMMAND} help\` or \`${COMMAND} start payments-api v2.4.1\`.`,
      );
      return { body: { ok: true } };
    }
    const [commandName = '', ...rest] = text.split(/\s+/);
    if (commandName !== COMMAND) {
      // Slack's own answer to a command no app provides.
      await slackbotSays(
        channel,
        who.id,
        `\`${commandName}\` is not a valid command. In Slack, all messages that start with the "/" character are interpreted as commands.`,
      );
      return { body: { ok: true } };
    }
    let args = rest.join(' ');
    // In the sandbox a deployment probes the demo service unless told otherwise.
    if (/^start\b/i.test(args) && !/(^|\s)--url(\s|=|$)/.test(args)) args = `${args} --url ${world.demoUrl}`;
    const responseUrl = fake.responseUrl(undefined, { channel: channel, user: who.id });
    const answer = await toBot(
      commandBody(
        SANDBOX_TEAM,
        { person: who, channelId: channel, channelName: name, command: COMMAND, text: args },
        responseUrl,
        trigger(who.id),
      ),
      'application/x-www-form-urlencoded',
    );
    if (answer.status !== 200) {
      await slackbotSays(
        channel,
        who.id,
        `${COMMAND} failed with the error "${answer.status === 0 ? 'operation_timeout' : 'dispatch_failed'}"`,
      );
      return { body: { ok: true } };
    }
    // An ack with a body is shown like a respond(): ephemeral unless it says in_channel.
    if (isObject(answer.json)) await respondTo(responseUrl, answer.json);
    else if (answer.body.trim() !== '') await respondTo(responseUrl, { text: answer.body });
    return { body: { ok: true, command: `${COMMAND} ${args}` } };
  }

  async function action(input: z.infer<typeof ZAction>): Promise<Answer> {
    const who = person(input.user);
    const { a: actionId, b: blockId } = input.element;
    let container: Parameters<typeof blockActionsBody>[1]['container'];
    let blocks: unknown;
    if (input.surface.type === 'message') {
      const { channel, ts } = input.surface;
      const message = fake.messages.get(ts);
      const ephemeral = fake.ephemerals.get(ts);
      if (ephemeral !== undefined && ephemeral.user !== who.id) throw new PageError('that message is not yours');
      const shown = message ?? ephemeral;
      if (shown === undefined || shown.channel !== channel) throw new PageError('that message is gone');
      blocks = shown.blocks;
      const threadTs = shown.thread_ts;
      container = {
        type: 'message',
        channelId: channel,
        channelName: channelName(channel),
        messageTs: ts,
        ...(threadTs === undefined ? {} : { threadTs }),
        isEphemeral: message === undefined,
        ...(message === undefined
          ? {}
          : {
              message: {
                type: 'message',
                user: message.user,
                ...(message.user === fake.botUserId ? { bot_id: fake.botId, app_id: fake.appId } : {}),
                team: fake.teamId,
                text: message.text,
                blocks: message.blocks,
                ts: message.ts,
                ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
              },
            }),
        responseUrl: fake.responseUrl(undefined, {
          channel,
          user: who.id,
          messageTs: ts,
          ...(threadTs === undefined ? {} : { threadTs }),
        }),
      };
    } else {
      const view = fake.views.get(input.surface.id);
      if (view === undefined) throw new PageError('that view is gone');
      blocks = view.blocks;
      container = { type: 'view', view: { ...view, state: { values: viewState(view, input.state ?? {}) } } };
    }
    const element = findElement(blocks, blockId, actionId);
    if (element === undefined) throw new PageError('that control is no longer there');
    const actionBody = { ...elementValue(element, input.choice), action_id: actionId, block_id: blockId };
    const answer = await toBot(
      blockActionsBody(SANDBOX_TEAM, { person: who, container, action: actionBody, triggerId: trigger(who.id) }),
      'application/x-www-form-urlencoded',
    );
    // Slack marks the control with a warning when the app does not acknowledge it.
    if (answer.status !== 200)
      return { body: { ok: false, notice: 'deploy-checklist did not respond. Try again in a moment.' } };
    return { body: { ok: true } };
  }

  function closeView(viewId: string): void {
    closedViews.add(viewId);
  }

  async function submit(input: z.infer<typeof ZSubmit>): Promise<Answer> {
    const who = person(input.user);
    const view = fake.views.get(input.viewId);
    if (view === undefined || fake.viewUsers.get(view.id) !== who.id || closedViews.has(view.id))
      throw new PageError('that modal is no longer open');
    const answer = await toBot(
      viewSubmissionBody(SANDBOX_TEAM, {
        person: who,
        view,
        values: viewState(view, input.state),
        triggerId: trigger(who.id),
      }),
      'application/x-www-form-urlencoded',
    );
    if (answer.status !== 200) return { body: { ok: false, notice: 'We had some trouble connecting. Try again?' } };
    const reply = isObject(answer.json) ? answer.json : undefined;
    switch (reply?.response_action) {
      case undefined:
        closeView(view.id);
        return { body: { ok: true } };
      case 'errors':
        return { body: { ok: false, errors: isObject(reply.errors) ? reply.errors : {} } };
      case 'update': {
        const updated = await callStandIn('views.update', { view_id: view.id, view: reply.view });
        if (updated.ok !== true) return { body: { ok: false, notice: `Slack refused the modal: ${updated.error}` } };
        return { body: { ok: true } };
      }
      case 'push': {
        const pushed = await callStandIn('views.push', { trigger_id: trigger(who.id), view: reply.view });
        if (pushed.ok !== true) return { body: { ok: false, notice: `Slack refused the modal: ${pushed.error}` } };
        return { body: { ok: true } };
      }
      case 'clear':
        for (const [viewId, userId] of fake.viewUsers) if (userId === who.id) closeView(viewId);
        return { body: { ok: true } };
      default:
        return { body: { ok: false, notice: 'We had some trouble connecting. Try again?' } };
    }
  }

  async function close(input: z.infer<typeof ZClose>): Promise<Answer> {
    const who = person(input.user);
    const view = fake.views.get(input.viewId);
    if (view === undefined || fake.viewUsers.get(view.id) !== who.id) return { body: { ok: true } };
    closeView(view.id);
    if (view.notify_on_close === true)
      await toBot(viewClosedBody(SANDBOX_TEAM, { person: who, view }), 'application/x-www-form-urlencoded');
    return { body: { ok: true } };
  }

  async function home(input: z.infer<typeof ZHome>): Promise<Answer> {
    const who = person(input.user);
    const existing = fake.homeViews.get(who.id);
    const answer = await toBot(
      eventBody(SANDBOX_TEAM, {
        type: 'app_home_opened',
        user: who.id,
        channel: `D0${who.id.slice(2)}`,
        tab: 'home',
        ...(existing === undefined ? {} : { view: existing }),
      }),
      'application/json',
    );
    return { body: { ok: answer.status === 200 } };
  }

  function state(params: URLSearchParams): Answer {
    const userId = params.get('user') ?? SANDBOX_PEOPLE[0]!.id;
    const asked = params.get('channel') ?? SANDBOX_CHANNELS[0]!.id;
    const channelId = asked === DM ? (fake.dmChannelOf(userId) ?? '') : asked;
    const thread = params.get('thread');
    const ctx = context();
    const surfaces = { fake, context: ctx, userId, channelId, slackbotEphemerals };
    const modal = openModal(userId);
    return {
      body: {
        now: ctx.now.toISOString(),
        offsetMs: world.clock.offset,
        channel: renderChannel(surfaces),
        thread: thread ? renderThread(surfaces, thread) : '',
        modal: modal === undefined ? null : { id: modal.id, hash: modal.hash, html: renderModal(modal, ctx) },
        home: params.get('tab') === 'home' ? renderHome(fake.homeViews.get(userId), ctx) : '',
      },
    };
  }

  /**
   * A file the bot shared. An HTML file (the deployment report) is shown as a page, under a CSP `sandbox` that gives
   * it an origin of its own and runs no script, so nothing in it can reach the page's origin; other text is shown as
   * plain text; anything else is downloaded.
   */
  function sendFile(res: http.ServerResponse, id: string): void {
    const file = fake.files.get(id);
    if (file === undefined || !file.completed || file.content === undefined) {
      send(res, 404, { ok: false, notice: 'no such file' });
      return;
    }
    const html = /\.html?$/i.test(file.name);
    const text = /\.(md|markdown|txt|csv|json|ya?ml|log)$/i.test(file.name);
    res.writeHead(200, {
      'content-type': html
        ? 'text/html; charset=utf-8'
        : text
          ? 'text/plain; charset=utf-8'
          : 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'content-security-policy': html
        ? "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"
        : "default-src 'none'",
      ...(html || text
        ? {}
        : { 'content-disposition': `attachment; filename="${file.name.replace(/[^\w.-]/g, '_')}"` }),
    });
    res.end(file.content);
  }

  async function passThrough(path: string, res: http.ServerResponse): Promise<void> {
    const upstream = await request(new URL(path, world.botUrl));
    const text = await upstream.body.text();
    const contentType = String(upstream.headers['content-type'] ?? 'text/plain');
    if (contentType.startsWith('application/json')) {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      if (isObject(body)) {
        send(res, upstream.statusCode, { ...body, sandbox: true, note: 'local sandbox: no Slack workspace' });
        return;
      }
    }
    res.writeHead(upstream.statusCode, { 'content-type': contentType });
    res.end(text);
  }

  const routes: Record<string, (body: unknown) => Promise<Answer>> = {
    '/sandbox/command': (body) => command(ZCommand.parse(body)),
    '/sandbox/action': (body) => action(ZAction.parse(body)),
    '/sandbox/submit': (body) => submit(ZSubmit.parse(body)),
    '/sandbox/close': (body) => close(ZClose.parse(body)),
    '/sandbox/home': (body) => home(ZHome.parse(body)),
    '/sandbox/clock': async (body) => {
      const { advanceMs } = ZClock.parse(body);
      const now = world.clock.advance(advanceMs);
      world.logger.info('sandbox clock moved', { advanceMs, now: now.toISOString() });
      // Check-ins and reminders now due run at once, not at the next sweep.
      world.kick();
      return { body: { ok: true, now: now.toISOString() } };
    },
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox.local');
    handle(req, res, url).catch((error: unknown) => {
      if (error instanceof PageError || error instanceof z.ZodError) {
        send(res, 400, { ok: false, notice: error instanceof PageError ? error.message : 'bad request' });
        return;
      }
      world.logger.error('sandbox page request failed', { path: url.pathname, error });
      if (!res.headersSent) send(res, 500, { ok: false, notice: 'The sandbox hit an error; see its log.' });
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    if (req.method === 'GET') {
      if (url.pathname === '/') {
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          // Only this page's own script and styles: nothing is fetched from anywhere else.
          'content-security-policy':
            "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:",
          'cache-control': 'no-store',
        });
        res.end(renderPage({ people: SANDBOX_PEOPLE, channels: SANDBOX_CHANNELS }));
        return;
      }
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204);
        res.end();
        return;
      }
      if (url.pathname === '/assets/sandbox-page.js') {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
        res.end(world.clientScript);
        return;
      }
      if (url.pathname === '/sandbox/state') return send(res, 200, state(url.searchParams).body);
      if (url.pathname.startsWith('/files/'))
        return sendFile(res, decodeURIComponent(url.pathname.slice('/files/'.length)));
      if (url.pathname === '/health' || url.pathname === '/ready' || url.pathname === '/metrics')
        return passThrough(url.pathname, res);
    }
    const route = routes[url.pathname];
    if (req.method === 'POST' && route) {
      const raw = await readBody(req);
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        throw new PageError('the page sent something that is not JSON');
      }
      const answer = await route(body);
      return send(res, answer.status ?? 200, answer.body);
    }
    // The bot's HTTP API for pipelines (/api/v1): passed through, so the sandbox can be driven from a CI script too.
    if (url.pathname.startsWith('/api/')) return forward(req, res, url);
    send(res, 404, { ok: false, notice: 'not found' });
  }

  async function forward(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(
        (entry): entry is [string, string | string[]] =>
          entry[1] !== undefined && !['host', 'connection', 'content-length', 'transfer-encoding'].includes(entry[0]),
      ),
    );
    const method = (req.method ?? 'GET') as Dispatcher.HttpMethod;
    const upstream = await request(new URL(`${url.pathname}${url.search}`, world.botUrl), {
      method,
      headers,
      ...(method === 'GET' || method === 'HEAD' ? {} : { body: Buffer.concat(chunks) }),
    });
    const body = Buffer.from(await upstream.body.arrayBuffer());
    const passed = Object.fromEntries(
      Object.entries(upstream.headers).filter(
        (entry): entry is [string, string | string[]] =>
          entry[1] !== undefined && !['connection', 'transfer-encoding', 'keep-alive'].includes(entry[0]),
      ),
    );
    res.writeHead(upstream.statusCode, passed);
    res.end(body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost =
    listen.host === '127.0.0.1' || listen.host === '0.0.0.0' || listen.host === '::' ? 'localhost' : listen.host;
  return {
    server,
    port,
    url: `http://${shownHost}:${port}/`,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

class PageError extends Error {}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 1_000_000) {
        reject(new PageError('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

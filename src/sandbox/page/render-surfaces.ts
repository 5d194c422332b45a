// The sandbox page's surfaces as HTML fragments, rendered from the Slack stand-in's state for one person: the
// channel, a thread, the open modal and the App Home tab. Ephemeral messages are shown only to their user.

import type { FakeEphemeral, FakeMessage, FakeSlack, FakeView } from '../slack-stand-in.ts';
import { type RenderContext, renderBlocks, renderMessageBody, renderTextObject } from './render-blocks.ts';
import { escapeHtml } from './render-mrkdwn.ts';

export type SurfaceInput = {
  fake: FakeSlack;
  context: RenderContext;
  /** Who is looking. */
  userId: string;
  channelId: string;
  /** Ephemerals the sandbox itself posted as Slackbot (an unknown command). */
  slackbotEphemerals: ReadonlySet<string>;
};

type Shown = { ts: string; html: string };

function surfaceAttr(surface: Record<string, unknown>): string {
  return escapeHtml(JSON.stringify(surface));
}

function author(name: string, app: boolean): string {
  return `<div class="msg-author"><span class="msg-avatar${app ? ' app' : ''}">${escapeHtml(name.slice(0, 1))}</span><b>${escapeHtml(name)}</b>${app ? '<span class="app-tag">APP</span>' : ''}</div>`;
}

function messageHtml(message: FakeMessage, input: SurfaceInput, replies: number, onlyYou = 0): string {
  const bot = message.user === input.fake.botUserId;
  const name = bot ? 'deploy-checklist' : input.context.userName(message.user);
  const surface = { type: 'message', channel: message.channel, ts: message.ts };
  // The bot answers a click on the card in its thread; say so here, or the answer goes unseen with the thread shut.
  const hidden = onlyYou > 0 ? ` · ${onlyYou} only visible to you` : '';
  const thread =
    replies + onlyYou > 0
      ? `<button type="button" class="replies" data-thread="${escapeHtml(message.ts)}">${replies} ${replies === 1 ? 'reply' : 'replies'}${hidden}</button>`
      : '';
  const files = (message.files ?? [])
    .map(
      (file) =>
        `<div class="msg-file">📄 <a href="/files/${encodeURIComponent(file.id)}" target="_blank" rel="noopener">${escapeHtml(file.title)}</a> <small>${escapeHtml(file.name)}</small></div>`,
    )
    .join('');
  return `<div class="msg" data-ts="${escapeHtml(message.ts)}" data-surface="${surfaceAttr(surface)}">${author(name, bot)}<div class="msg-body">${renderMessageBody(message, input.context)}${files}</div>${thread}</div>`;
}

function ephemeralHtml(ephemeral: FakeEphemeral, input: SurfaceInput): string {
  const slackbot = input.slackbotEphemerals.has(ephemeral.ts);
  const surface = { type: 'message', channel: ephemeral.channel, ts: ephemeral.ts, ephemeral: true };
  return `<div class="msg ephemeral" data-ts="${escapeHtml(ephemeral.ts)}" data-surface="${surfaceAttr(surface)}">${author(slackbot ? 'Slackbot' : 'deploy-checklist', !slackbot)}<div class="only-you">Only visible to you</div><div class="msg-body">${renderMessageBody(ephemeral, input.context)}</div></div>`;
}

function byTs(a: Shown, b: Shown): number {
  return a.ts.localeCompare(b.ts);
}

function ephemeralsFor(input: SurfaceInput, threadTs: string | undefined): FakeEphemeral[] {
  return [...input.fake.ephemerals.values()].filter(
    (e) => e.channel === input.channelId && e.user === input.userId && e.thread_ts === threadTs,
  );
}

/** The channel: parent messages with their reply counts, and this person's ephemerals. */
export function renderChannel(input: SurfaceInput): string {
  const messages = [...input.fake.messages.values()].filter((m) => m.channel === input.channelId);
  const replyCounts = new Map<string, number>();
  for (const m of messages)
    if (m.thread_ts !== undefined && m.thread_ts !== m.ts)
      replyCounts.set(m.thread_ts, (replyCounts.get(m.thread_ts) ?? 0) + 1);
  const shown: Shown[] = [
    ...messages
      .filter((m) => m.thread_ts === undefined || m.thread_ts === m.ts)
      .map((m) => ({
        ts: m.ts,
        html: messageHtml(m, input, replyCounts.get(m.ts) ?? 0, ephemeralsFor(input, m.ts).length),
      })),
    ...ephemeralsFor(input, undefined).map((e) => ({ ts: e.ts, html: ephemeralHtml(e, input) })),
  ];
  if (shown.length === 0)
    return '<p class="empty">No messages yet. Type <code>/deploy-checklist start payments-api v2.4.1</code> below.</p>';
  return shown
    .sort(byTs)
    .map((s) => s.html)
    .join('');
}

/** A thread: its parent, the replies, and this person's ephemerals in it. */
export function renderThread(input: SurfaceInput, threadTs: string): string {
  const parent = input.fake.messages.get(threadTs);
  if (parent === undefined) return '<p class="empty">This thread is gone.</p>';
  const replies = [...input.fake.messages.values()].filter((m) => m.thread_ts === threadTs && m.ts !== threadTs);
  const shown: Shown[] = [
    ...replies.map((m) => ({ ts: m.ts, html: messageHtml(m, input, 0) })),
    ...ephemeralsFor(input, threadTs).map((e) => ({ ts: e.ts, html: ephemeralHtml(e, input) })),
  ].sort(byTs);
  return `${messageHtml(parent, input, 0)}<div class="thread-divider">${replies.length} ${replies.length === 1 ? 'reply' : 'replies'}</div>${shown.map((s) => s.html).join('')}`;
}

export function renderModal(view: FakeView, context: RenderContext): string {
  const title = renderTextObject(view.title, context);
  const submit = view.submit === undefined ? '' : renderTextObject(view.submit, context);
  const close = view.close === undefined ? 'Cancel' : renderTextObject(view.close, context);
  const blocks = Array.isArray(view.blocks) ? view.blocks : [];
  const surface = { type: 'view', id: view.id };
  return `<div class="modal" role="dialog" aria-label="${escapeHtml(title)}" data-view="${escapeHtml(view.id)}" data-surface="${surfaceAttr(surface)}"><div class="modal-title">${title}<button type="button" class="modal-x" data-close-view="${escapeHtml(view.id)}" aria-label="Close">×</button></div><div class="modal-body">${renderBlocks(blocks, context)}</div><div class="modal-footer"><div class="modal-notice"></div><button type="button" class="bk-button" data-close-view="${escapeHtml(view.id)}">${close}</button>${
    submit
      ? `<button type="button" class="bk-button bk-primary" data-submit-view="${escapeHtml(view.id)}">${submit}</button>`
      : ''
  }</div></div>`;
}

export function renderHome(view: FakeView | undefined, context: RenderContext): string {
  if (view === undefined) return '<p class="empty">The Home tab is loading…</p>';
  const blocks = Array.isArray(view.blocks) ? view.blocks : [];
  const surface = { type: 'view', id: view.id };
  return `<div class="home" data-surface="${surfaceAttr(surface)}">${renderBlocks(blocks, context)}</div>`;
}

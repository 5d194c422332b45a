import { type Logger, LogLevel, WebClient, type WebClientOptions } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from './fake-slack.ts';
import { checkSlackPayload } from './slack-limits.ts';

// The WebClient logs every rejected call; these tests provoke rejections on purpose.
const silent: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};
const webClient = (fake: FakeSlack, token: string | undefined = 'xoxb-test', options: WebClientOptions = {}) =>
  new WebClient(token, { slackApiUrl: fake.url, retryConfig: { retries: 0 }, logger: silent, ...options });
const repeat = (n: number) => 'x'.repeat(n);
const section = (text: string, blockId?: string) => ({
  type: 'section',
  ...(blockId === undefined ? {} : { block_id: blockId }),
  text: { type: 'mrkdwn', text },
});
const button = (actionId: string, extra: Record<string, unknown> = {}) => ({
  type: 'button',
  action_id: actionId,
  text: { type: 'plain_text', text: 'Tick' },
  value: 'v',
  ...extra,
});
const options = (n: number, text = 'opt', valueLength = 3) =>
  Array.from({ length: n }, (_, i) => ({
    text: { type: 'plain_text', text },
    value: `${i}`.padEnd(valueLength, 'v'),
  }));
const modal = (extra: Record<string, unknown> = {}) => ({
  type: 'modal',
  callback_id: 'sign-off',
  title: { type: 'plain_text', text: 'Sign off' },
  submit: { type: 'plain_text', text: 'Submit' },
  close: { type: 'plain_text', text: 'Cancel' },
  blocks: [section('hello')],
  ...extra,
});

describe('fake Slack API through a real WebClient', () => {
  let fake: FakeSlack;
  let client: WebClient;

  beforeEach(async () => {
    fake = await startFakeSlack({ channels: ['C0DEPLOYS', 'C0PRIVATE'] });
    fake.botMembership.set('C0PRIVATE', false);
    client = webClient(fake);
  });

  afterEach(async () => {
    await fake.close();
  });

  it('records calls with decoded blocks and the bearer token', async () => {
    const blocks = [section('*payments-api* v2.4.1', 'card-1')];
    const posted = await client.chat.postMessage({ channel: 'C0DEPLOYS', text: 'payments-api v2.4.1', blocks });
    expect(posted.ok).toBe(true);
    expect(posted.ts).toBe('1700000000.000100');
    const [call] = fake.callsTo('chat.postMessage');
    expect(call?.token).toBe('xoxb-test');
    expect(call?.args.blocks).toEqual(blocks);
    expect(call?.args.channel).toBe('C0DEPLOYS');
    expect(fake.messages.get(posted.ts ?? '')).toMatchObject({ channel: 'C0DEPLOYS', text: 'payments-api v2.4.1' });
  });

  it('answers auth.test and rejects a wrong token with invalid_auth', async () => {
    const auth = await client.auth.test();
    expect(auth).toMatchObject({ ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0TEST' });
    const wrong = webClient(fake, 'xoxb-wrong');
    await expect(wrong.auth.test()).rejects.toMatchObject({ data: { error: 'invalid_auth' } });
    const none = new WebClient(undefined, { slackApiUrl: fake.url, retryConfig: { retries: 0 }, logger: silent });
    await expect(none.auth.test()).rejects.toMatchObject({ data: { error: 'not_authed' } });
  });

  it('gives increasing unique ts and threads replies under the parent', async () => {
    const parent = await client.chat.postMessage({ channel: 'C0DEPLOYS', text: 'card' });
    const reply = await client.chat.postMessage({ channel: 'C0DEPLOYS', text: 'phase', thread_ts: parent.ts });
    expect(reply.ts && parent.ts && reply.ts > parent.ts).toBe(true);
    expect(fake.threadOf(parent.ts ?? '').map((m) => m.ts)).toEqual([reply.ts]);
    await client.chat.postMessage({ channel: 'C0DEPLOYS', text: 'nested', thread_ts: reply.ts });
    expect(fake.warnings.join('\n')).toContain('is a reply');
  });

  it('updates messages in place and drops blocks when only text is sent', async () => {
    const posted = await client.chat.postMessage({ channel: 'C0DEPLOYS', text: 'a', blocks: [section('a')] });
    const ts = posted.ts ?? '';
    await client.chat.update({ channel: 'C0DEPLOYS', ts, text: 'b', blocks: [section('b')] });
    expect(fake.messages.get(ts)).toMatchObject({ text: 'b', blocks: [section('b')], updates: 1 });
    await client.chat.update({ channel: 'C0DEPLOYS', ts, text: 'c' });
    expect(fake.messages.get(ts)?.blocks).toEqual([]);
  });

  it.each([
    ['unknown ts', () => ({ channel: 'C0DEPLOYS', ts: '1600000000.000100', text: 'x' }), 'message_not_found'],
    ['wrong channel', (ts: string) => ({ channel: 'C0PRIVATE', ts, text: 'x' }), 'message_not_found'],
  ])('chat.update on %s answers the error', async (_name, args, error) => {
    const posted = await client.chat.postMessage({ channel: 'C0DEPLOYS', text: 'a' });
    await expect(client.chat.update(args(posted.ts ?? ''))).rejects.toMatchObject({ data: { error } });
  });

  it('refuses to update an ephemeral message or one posted by someone else', async () => {
    const eph = await client.chat.postEphemeral({ channel: 'C0DEPLOYS', user: 'U1', text: 'only you' });
    expect(eph.message_ts).toBeTruthy();
    await expect(
      client.chat.update({ channel: 'C0DEPLOYS', ts: eph.message_ts ?? '', text: 'x' }),
    ).rejects.toMatchObject({ data: { error: 'cant_update_message' } });
    fake.messages.set('1600000000.000100', {
      channel: 'C0DEPLOYS',
      ts: '1600000000.000100',
      text: 'human',
      blocks: [],
      user: 'U1',
      updates: 0,
    });
    await expect(
      client.chat.update({ channel: 'C0DEPLOYS', ts: '1600000000.000100', text: 'x' }),
    ).rejects.toMatchObject({ data: { error: 'cant_update_message' } });
  });

  it.each([
    ['unknown channel', { channel: 'C0NOPE', text: 'x' }, 'channel_not_found'],
    ['bot not a member', { channel: 'C0PRIVATE', text: 'x' }, 'not_in_channel'],
    ['no text and no blocks', { channel: 'C0DEPLOYS' }, 'no_text'],
    ['text too long', { channel: 'C0DEPLOYS', text: repeat(40_001) }, 'msg_too_long'],
    ['blocks without text fallback', { channel: 'C0DEPLOYS', blocks: [section('a')] }, 'missing_text_fallback'],
    [
      '51 blocks',
      { channel: 'C0DEPLOYS', text: 't', blocks: Array.from({ length: 51 }, () => section('a')) },
      'invalid_blocks',
    ],
  ])('chat.postMessage with %s is rejected', async (_name, args, error) => {
    await expect(client.chat.postMessage(args as never)).rejects.toMatchObject({ data: { ok: false, error } });
    expect(fake.messages.size).toBe(0);
  });

  it('records a missing text fallback as a warning and accepts it when strictText is off', async () => {
    const lenient = await startFakeSlack({ strictText: false });
    try {
      const c = webClient(lenient);
      const res = await c.chat.postMessage({ channel: 'C0TEST', blocks: [section('a')] } as never);
      expect(res.ok).toBe(true);
      expect(lenient.warnings).toEqual(['chat.postMessage: blocks without a top-level text fallback']);
    } finally {
      await lenient.close();
    }
  });

  it('explains invalid_blocks in errors and response_metadata', async () => {
    const blocks = [section('a', 'dup'), section('b', 'dup')];
    const error = await client.chat.postMessage({ channel: 'C0DEPLOYS', text: 't', blocks }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      data: { error: 'invalid_blocks', errors: ['blocks[1].block_id: duplicate block_id dup'] },
    });
    expect(JSON.stringify(error)).toContain('[ERROR] blocks[1].block_id: duplicate block_id dup');
  });

  it('opens, updates and pushes views; a missing, expired or reused trigger answers expired_trigger_id', async () => {
    const opened = await client.views.open({ trigger_id: 't-1', view: modal() as never });
    const viewId = opened.view?.id ?? '';
    expect(viewId).toMatch(/^V/);
    expect(fake.callsTo('views.open')[0]?.args.view).toEqual(modal());
    await expect(client.views.open({ trigger_id: 't-1', view: modal() as never })).rejects.toMatchObject({
      data: { error: 'expired_trigger_id' },
    });
    await expect(client.views.open({ trigger_id: 'expired', view: modal() as never })).rejects.toMatchObject({
      data: { error: 'expired_trigger_id' },
    });
    await expect(client.views.open({ view: modal() } as never)).rejects.toMatchObject({
      data: { error: 'expired_trigger_id' },
    });
    const updated = await client.views.update({ view_id: viewId, view: modal({ private_metadata: 'x' }) as never });
    expect(updated.view?.id).toBe(viewId);
    expect(fake.views.get(viewId)?.private_metadata).toBe('x');
    await expect(client.views.update({ view_id: viewId, hash: 'stale', view: modal() as never })).rejects.toMatchObject(
      { data: { error: 'hash_conflict' } },
    );
    const pushed = await client.views.push({ trigger_id: 't-2', view: modal() as never });
    expect(pushed.view?.id).not.toBe(viewId);
  });

  it('publishes the home tab and rejects an over-limit one with invalid_arguments', async () => {
    const home = { type: 'home', blocks: [section('home')] };
    const res = await client.views.publish({ user_id: 'U1', view: home as never });
    expect(res.view?.id).toMatch(/^V/);
    expect(fake.homeViews.get('U1')?.blocks).toEqual(home.blocks);
    const big = { type: 'home', blocks: Array.from({ length: 101 }, () => section('a')) };
    await expect(client.views.publish({ user_id: 'U1', view: big as never })).rejects.toMatchObject({
      data: { error: 'invalid_arguments' },
    });
  });

  it('answers users.info, usergroups.users.list, conversations.open and conversations.info', async () => {
    fake.users.set('U1', { tz: 'Europe/Paris', real_name: 'Ada' });
    expect((await client.users.info({ user: 'U1' })).user).toMatchObject({ id: 'U1', tz: 'Europe/Paris' });
    await expect(client.users.info({ user: 'nobody' })).rejects.toMatchObject({ data: { error: 'user_not_found' } });
    fake.setUserGroupMembers('S1', ['U1', 'U2']);
    expect((await client.usergroups.users.list({ usergroup: 'S1' })).users).toEqual(['U1', 'U2']);
    await expect(client.usergroups.users.list({ usergroup: 'S9' })).rejects.toMatchObject({
      data: { error: 'no_such_subteam' },
    });
    const dm = await client.conversations.open({ users: 'U1' });
    expect(dm.channel?.id).toMatch(/^D/);
    expect((await client.conversations.open({ users: 'U1' })).channel?.id).toBe(dm.channel?.id);
    const posted = await client.chat.postMessage({ channel: dm.channel?.id ?? '', text: 'hi' });
    expect(posted.ok).toBe(true);
    expect((await client.conversations.info({ channel: 'C0PRIVATE' })).channel).toMatchObject({ is_member: false });
    await expect(client.apiCall('chat.fly')).rejects.toMatchObject({ data: { error: 'unknown_method' } });
  });

  it('waits for a call event-driven and times out with what it saw', async () => {
    const waiting = fake.waitFor((c) => c.method === 'chat.postMessage' && c.args.text === 'second');
    await client.chat.postMessage({ channel: 'C0DEPLOYS', text: 'first' });
    await client.chat.postMessage({ channel: 'C0DEPLOYS', text: 'second' });
    expect((await waiting).args.text).toBe('second');
    await expect(fake.waitFor('chat.update', { timeoutMs: 20 })).rejects.toThrow(
      /chat\.postMessage, chat\.postMessage/,
    );
  });

  it('fails the next calls with { ok: false, error } and HTTP 500', async () => {
    fake.failNext('chat.postMessage', { error: 'ratelimited', times: 2 });
    for (let i = 0; i < 2; i += 1) {
      await expect(client.chat.postMessage({ channel: 'C0DEPLOYS', text: 'x' })).rejects.toMatchObject({
        data: { error: 'ratelimited' },
      });
    }
    fake.failNext('chat.postMessage', { status: 500 });
    await expect(client.chat.postMessage({ channel: 'C0DEPLOYS', text: 'x' })).rejects.toMatchObject({
      code: 'slack_webapi_http_error',
      statusCode: 500,
    });
    expect((await client.chat.postMessage({ channel: 'C0DEPLOYS', text: 'x' })).ok).toBe(true);
  });

  it('answers 429 with Retry-After, and the WebClient waits and retries', async () => {
    const retrying = webClient(fake, 'xoxb-test', {
      retryConfig: { retries: 1, factor: 1, minTimeout: 0, maxTimeout: 0 },
    });
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const started = Date.now();
    const res = await retrying.chat.postMessage({ channel: 'C0DEPLOYS', text: 'x' });
    expect(res.ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(fake.callsTo('chat.postMessage').map((c) => c.status)).toEqual([429, 200]);
  });

  it('records bodies POSTed to a response_url and rejects bad ones with 400', async () => {
    const url = fake.responseUrl('cmd-1');
    const ok = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Invite me', response_type: 'ephemeral' }),
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ok: true });
    const bad = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ blocks: [section('no fallback')] }),
    });
    expect(bad.status).toBe(400);
    expect(fake.responsesTo('cmd-1').map((r) => [r.body.text, r.status])).toEqual([
      ['Invite me', 200],
      [undefined, 400],
    ]);
    expect((await fake.waitForResponse((r) => r.id === 'cmd-1')).body.text).toBe('Invite me');
  });

  it('applies respond() bodies to the source message like Slack', async () => {
    const eph = await client.chat.postEphemeral({ channel: 'C0DEPLOYS', user: 'U1', text: 'old' });
    const ts = eph.message_ts ?? '';
    const post = (url: string, body: unknown) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    await post(fake.responseUrl('a1', { channel: 'C0DEPLOYS', user: 'U1', messageTs: ts }), {
      replace_original: true,
      text: 'new',
    });
    expect(fake.ephemerals.get(ts)?.text).toBe('new');
    await post(fake.responseUrl('c1', { channel: 'C0DEPLOYS', user: 'U1' }), {
      response_type: 'in_channel',
      text: 'hi all',
    });
    expect([...fake.messages.values()].map((m) => m.text)).toEqual(['hi all']);
    await post(fake.responseUrl('a2', { channel: 'C0DEPLOYS', user: 'U1', messageTs: ts }), { delete_original: true });
    expect(fake.ephemerals.has(ts)).toBe(false);
  });

  it('adds latency when asked', async () => {
    const slow = await startFakeSlack({ latencyMs: 50 });
    try {
      const c = webClient(slow);
      const started = Date.now();
      await c.auth.test();
      expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    } finally {
      await slow.close();
    }
  });
});

describe('checkSlackPayload', () => {
  const message = (blocks: unknown[]) => ({ text: 'fallback', blocks });
  const actions = (elements: unknown[]) => ({ type: 'actions', block_id: 'a', elements });

  it.each([
    [
      '51 blocks in a message',
      'message',
      message(Array.from({ length: 51 }, () => section('a'))),
      /51 blocks \(max 50/,
    ],
    [
      '101 blocks in a modal',
      'modal',
      modal({ blocks: Array.from({ length: 101 }, () => section('a')) }),
      /101 blocks/,
    ],
    ['101 blocks in home', 'home', { type: 'home', blocks: Array.from({ length: 101 }, () => section('a')) }, /101/],
    ['duplicate block_id', 'message', message([section('a', 'x'), section('b', 'x')]), /duplicate block_id x/],
    [
      'duplicate action_id in a block',
      'message',
      message([actions([button('t'), button('t')])]),
      /duplicate action_id t/,
    ],
    ['section text > 3000', 'message', message([section(repeat(3001))]), /section text is 3001/],
    [
      'header text > 150',
      'message',
      message([{ type: 'header', text: { type: 'plain_text', text: repeat(151) } }]),
      /header text is 151/,
    ],
    [
      'button text > 75',
      'message',
      message([actions([button('b', { text: { type: 'plain_text', text: repeat(76) } })])]),
      /button text is 76/,
    ],
    [
      'button value > 2000',
      'message',
      message([actions([button('b', { value: repeat(2001) })])]),
      /button value is 2001/,
    ],
    ['action_id > 255', 'message', message([actions([button(repeat(256))])]), /action_id is 256/],
    ['block_id > 255', 'message', message([section('a', repeat(256))]), /block_id is 256/],
    [
      '11 checkboxes',
      'message',
      message([actions([{ type: 'checkboxes', action_id: 'c', options: options(11) }])]),
      /checkboxes has 11 options/,
    ],
    [
      '11 radio buttons',
      'modal',
      modal({ blocks: [actions([{ type: 'radio_buttons', action_id: 'r', options: options(11) }])] }),
      /radio_buttons has 11 options/,
    ],
    [
      'option text > 75',
      'message',
      message([actions([{ type: 'checkboxes', action_id: 'c', options: options(1, repeat(76)) }])]),
      /option text is 76/,
    ],
    [
      'option value > 75',
      'message',
      message([actions([{ type: 'checkboxes', action_id: 'c', options: options(1, 'o', 76) }])]),
      /option value is 76/,
    ],
    [
      '26 elements in actions',
      'message',
      message([actions(Array.from({ length: 26 }, (_, i) => button(`b${i}`)))]),
      /26 elements \(max 25/,
    ],
    [
      '11 context elements',
      'message',
      message([{ type: 'context', elements: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'a' })) }]),
      /11 elements \(max 10/,
    ],
    [
      '11 section fields',
      'message',
      message([{ type: 'section', fields: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'a' })) }]),
      /11 fields/,
    ],
    [
      'section field > 2000',
      'message',
      message([{ type: 'section', fields: [{ type: 'mrkdwn', text: repeat(2001) }] }]),
      /section field is 2001/,
    ],
    ['modal title > 24', 'modal', modal({ title: { type: 'plain_text', text: repeat(25) } }), /modal title is 25/],
    ['modal submit > 24', 'modal', modal({ submit: { type: 'plain_text', text: repeat(25) } }), /modal submit is 25/],
    ['modal close > 24', 'modal', modal({ close: { type: 'plain_text', text: repeat(25) } }), /modal close is 25/],
    ['private_metadata > 3000', 'modal', modal({ private_metadata: repeat(3001) }), /private_metadata is 3001/],
  ] as const)('flags %s', (_name, kind, payload, expected) => {
    const violations = checkSlackPayload(kind, payload);
    expect(violations.join('\n')).toMatch(expected);
  });

  it('accepts payloads at the limits', () => {
    expect(
      checkSlackPayload('message', message(Array.from({ length: 50 }, (_, i) => section(repeat(3000), `b${i}`)))),
    ).toEqual([]);
    expect(
      checkSlackPayload(
        'modal',
        modal({
          title: { type: 'plain_text', text: repeat(24) },
          private_metadata: repeat(3000),
          blocks: [actions([{ type: 'checkboxes', action_id: 'c', options: options(10, repeat(75), 75) }])],
        }),
      ),
    ).toEqual([]);
  });
});

describe('the fake rejects each over-limit payload with Slack error names', () => {
  let fake: FakeSlack;
  let client: WebClient;

  beforeEach(async () => {
    fake = await startFakeSlack();
    client = webClient(fake);
  });

  afterEach(async () => {
    await fake.close();
  });

  it.each([
    ['section text > 3000', [section(repeat(3001))]],
    ['duplicate block_id', [section('a', 'x'), section('b', 'x')]],
    ['button value > 2000', [{ type: 'actions', elements: [button('b', { value: repeat(2001) })] }]],
    [
      '11 context elements',
      [{ type: 'context', elements: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'a' })) }],
    ],
  ])('chat.postMessage and chat.update with %s answer invalid_blocks', async (_name, blocks) => {
    await expect(
      client.chat.postMessage({ channel: 'C0TEST', text: 't', blocks: blocks as never }),
    ).rejects.toMatchObject({
      data: { error: 'invalid_blocks' },
    });
    const posted = await client.chat.postMessage({ channel: 'C0TEST', text: 't' });
    await expect(
      client.chat.update({ channel: 'C0TEST', ts: posted.ts ?? '', text: 't', blocks: blocks as never }),
    ).rejects.toMatchObject({ data: { error: 'invalid_blocks' } });
    expect(fake.messages.get(posted.ts ?? '')?.blocks).toEqual([]);
  });

  it.each([
    ['title > 24', modal({ title: { type: 'plain_text', text: repeat(25) } })],
    ['private_metadata > 3000', modal({ private_metadata: repeat(3001) })],
    ['101 blocks', modal({ blocks: Array.from({ length: 101 }, () => section('a')) })],
  ])('views.open with %s answers invalid_arguments', async (_name, view) => {
    await expect(client.views.open({ trigger_id: `t-${_name}`, view: view as never })).rejects.toMatchObject({
      data: { error: 'invalid_arguments' },
    });
  });
});

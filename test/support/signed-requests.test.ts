import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, LogLevel } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from './fake-slack.ts';
import { createSlackClient, type SlackTestClient, signRequest } from './signed-requests.ts';

const signingSecret = 'test-signing-secret';

describe('signRequest', () => {
  it("computes Slack's v0 signature", () => {
    // Worked example from Slack's "Verifying requests from Slack" guide.
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    expect(signRequest('8f742231b10e8888abcd99yyyzzz85a5', body, 1531420618)).toEqual({
      'x-slack-signature': 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
      'x-slack-request-timestamp': '1531420618',
    });
  });
});

describe('a real Bolt app driven by signed requests', () => {
  let fake: FakeSlack;
  let app: App;
  let slack: SlackTestClient;
  const seen: Array<{ kind: string; body: unknown }> = [];

  beforeEach(async () => {
    seen.length = 0;
    // Start the fake first: new App({ token }) calls auth.test from its constructor.
    fake = await startFakeSlack({ channels: ['C0DEPLOYS'] });
    app = new App({
      token: fake.token,
      signingSecret,
      processBeforeResponse: true,
      logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: fake.url, retryConfig: { retries: 0 } },
    });
    app.command('/deploy-checklist', async ({ ack, command, respond, client }) => {
      await ack();
      seen.push({ kind: 'command', body: command });
      const posted = await client.chat.postMessage({ channel: command.channel_id, text: `started ${command.text}` });
      await respond({ response_type: 'ephemeral', text: `posted ${posted.ts}` });
    });
    app.action('tick-item', async ({ ack, body, action, respond }) => {
      await ack();
      seen.push({ kind: 'action', body: { body, action } });
      await respond({ replace_original: false, text: 'ticked' });
    });
    app.view('sign-off', async ({ ack, view, body }) => {
      await ack();
      seen.push({ kind: 'view', body: { view, user: body.user } });
    });
    app.event('app_home_opened', async ({ event, client }) => {
      seen.push({ kind: 'event', body: event });
      await client.views.publish({
        user_id: event.user,
        view: { type: 'home', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'home' } }] },
      });
    });
    const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
    const { port } = server.address() as AddressInfo;
    slack = createSlackClient({ baseUrl: `http://127.0.0.1:${port}`, signingSecret, fakeSlack: fake });
  });

  afterEach(async () => {
    await app.stop();
    await fake.close();
  });

  it('acks a signed slash command with 200 and serves respond() from the fake', async () => {
    const res = await slack.command({
      text: 'start payments-api v2.4.1 production',
      userId: 'U1',
      channelId: 'C0DEPLOYS',
    });
    expect(res.status).toBe(200);
    expect(seen[0]?.body).toMatchObject({
      command: '/deploy-checklist',
      text: 'start payments-api v2.4.1 production',
      user_id: 'U1',
      channel_id: 'C0DEPLOYS',
      team_id: 'T0TEST',
    });
    expect(fake.callsTo('chat.postMessage')[0]?.args.text).toBe('started start payments-api v2.4.1 production');
    const [response] = fake.responses;
    expect(response?.body).toMatchObject({ response_type: 'ephemeral', text: 'posted 1700000000.000100' });
    expect(res.responseUrl).toContain(encodeURIComponent(response?.id ?? '-'));
  });

  it('sends block_actions with the block id and value of the rendered button', async () => {
    const posted = await app.client.chat.postMessage({
      channel: 'C0DEPLOYS',
      text: 'phase',
      blocks: [
        {
          type: 'actions',
          block_id: 'phase-pre-r1',
          elements: [
            { type: 'button', action_id: 'tick-item', text: { type: 'plain_text', text: 'Tick' }, value: '{"v":1}' },
          ],
        },
      ],
    });
    const res = await slack.blockAction({
      userId: 'U1',
      channelId: 'C0DEPLOYS',
      messageTs: posted.ts ?? '',
      actionId: 'tick-item',
      threadTs: '1600000000.000100',
    });
    expect(res.status).toBe(200);
    expect(seen[0]?.body).toMatchObject({
      action: { type: 'button', action_id: 'tick-item', block_id: 'phase-pre-r1', value: '{"v":1}' },
      body: {
        type: 'block_actions',
        user: { id: 'U1', team_id: 'T0TEST' },
        container: { type: 'message', message_ts: posted.ts, channel_id: 'C0DEPLOYS', is_ephemeral: false },
        channel: { id: 'C0DEPLOYS' },
        message: { ts: posted.ts, thread_ts: '1600000000.000100', text: 'phase' },
      },
    });
    expect((await fake.waitForResponse()).body.text).toBe('ticked');
  });

  it('sends checkbox actions with the whole selection', async () => {
    const res = await slack.blockAction({
      userId: 'U1',
      channelId: 'C0DEPLOYS',
      messageTs: '1700000000.000900',
      actionId: 'tick-item',
      blockId: 'items',
      selectedOptions: ['a', { value: 'b', text: 'Item B' }],
    });
    expect(res.status).toBe(200);
    expect(seen[0]?.body).toMatchObject({
      action: {
        type: 'checkboxes',
        block_id: 'items',
        selected_options: [{ value: 'a' }, { value: 'b', text: { text: 'Item B' } }],
      },
    });
  });

  it("delivers view_submission with state values in Slack's shape", async () => {
    const res = await slack.viewSubmission({
      userId: 'U2',
      callbackId: 'sign-off',
      privateMetadata: '{"deployment":"d1"}',
      values: {
        decision: { choice: { type: 'radio_buttons', selected_option: { value: 'approve' } } },
        note: { text: 'looks good' },
      },
    });
    expect(res.status).toBe(200);
    expect(seen[0]?.body).toMatchObject({
      user: { id: 'U2' },
      view: {
        callback_id: 'sign-off',
        private_metadata: '{"deployment":"d1"}',
        state: {
          values: {
            decision: { choice: { selected_option: { value: 'approve' } } },
            note: { text: { type: 'plain_text_input', value: 'looks good' } },
          },
        },
      },
    });
  });

  it('delivers an app_home_opened event', async () => {
    const res = await slack.event({ type: 'app_home_opened', user: 'U3', tab: 'home' });
    expect(res.status).toBe(200);
    await fake.waitFor('views.publish');
    expect(fake.homeViews.get('U3')).toBeDefined();
  });

  it.each([
    ['a bad signature', { badSignature: true }, 401],
    ['a stale timestamp', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 }, 401],
    ['no signature', { unsigned: true }, 401],
  ])('answers %s with %i', async (_name, extra, status) => {
    const body = new URLSearchParams({ command: '/deploy-checklist', text: 'x', user_id: 'U1' }).toString();
    const res = await slack.raw({ body, contentType: 'application/x-www-form-urlencoded', ...extra });
    expect(res.status).toBe(status);
    expect(seen).toEqual([]);
  });

  it('answers 400 to a charset suffix and to a malformed payload', async () => {
    const body = new URLSearchParams({ command: '/deploy-checklist', text: 'x', user_id: 'U1' }).toString();
    const charset = await slack.raw({ body, contentType: 'application/x-www-form-urlencoded;charset=UTF-8' });
    expect(charset.status).toBe(400);
    const malformed = await slack.raw({
      body: 'payload=%7Bnot-json',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(malformed.status).toBe(400);
    expect(seen).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL, findItem, type Harness, lastCard, startHarness } from '../support/bot-harness.ts';
import { freePort, getFromBot } from '../support/bot-process.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';
import { type FakeSocketMode, startFakeSocketMode } from '../support/fake-socket-mode.ts';

describe('Socket Mode (SLACK_APP_TOKEN set)', () => {
  let fake: FakeSlack;
  let socket: FakeSocketMode;
  let h: Harness;
  let port: number;

  beforeAll(async () => {
    fake = await startFakeSlack({ channels: [CHANNEL] });
    socket = await startFakeSocketMode(fake);
    port = await freePort();
    h = await startHarness({ fake, env: { SLACK_APP_TOKEN: fake.appToken, PORT: String(port) } });
    await socket.connected;
  });
  afterAll(async () => {
    await h.close();
    await socket.close();
    await fake.close();
  });

  it('connects with the app token and needs no public URL', () => {
    const open = fake.callsTo('apps.connections.open');
    expect(open.length).toBeGreaterThan(0);
    expect(open.at(-1)?.response.ok).toBe(true);
  });

  it('acks a slash command over the socket and opens the thread', async () => {
    const ack = await socket.send('slash_commands', {
      token: 'verification-token',
      team_id: 'T0TEST',
      team_domain: 'test',
      channel_id: CHANNEL,
      channel_name: 'test',
      user_id: 'U0OWNER',
      user_name: 'owner',
      command: '/deploy-checklist',
      text: 'start socket-svc v1 --template small-service',
      api_app_id: fake.appId,
      response_url: fake.responseUrl('command', { channel: CHANNEL, user: 'U0OWNER' }),
      trigger_id: '1.2.socket',
    });
    expect(ack.envelope_id).toBeTruthy();
    // The ack comes first; the listener stores the deployment after it.
    await fake.waitFor(
      (call) => call.method === 'chat.postMessage' && JSON.stringify(call.args).includes('socket-svc'),
    );
    await h.drain();
    const card = lastCard(fake);
    expect(card?.text).toContain('socket-svc v1');
    expect(fake.threadOf(card?.ts as string).length).toBeGreaterThan(0);
  });

  it('acks a button click over the socket and records the tick', async () => {
    const parent = lastCard(fake)?.ts as string;
    const { message: phase, block } = findItem(fake, parent, 'tests-green');
    const { payload } = h.slack.blockActionPayload({
      userId: 'U0ALICE',
      channelId: CHANNEL,
      messageTs: phase.ts,
      threadTs: parent,
      actionId: block?.accessory?.action_id as string,
      value: block?.accessory?.value,
      blockId: 'item:tests-green',
    });
    const updates = fake.callsTo('chat.update').length;
    await socket.send('interactive', payload);
    await fake.waitFor((call) => call.method === 'chat.update' && fake.callsTo('chat.update').indexOf(call) >= updates);
    await h.drain();
    const updated = fake.messages.get(phase.ts);
    expect(JSON.stringify(updated?.blocks)).toContain('ticked by <@U0ALICE>');
  });

  it('serves the health check on PORT', async () => {
    expect(await getFromBot(port, '/health')).toBe(200);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL, type Harness, startHarness } from '../support/bot-harness.ts';
import { freePort } from '../support/bot-process.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';
import { type FakeSocketMode, startFakeSocketMode } from '../support/fake-socket-mode.ts';
import { stateSnapshot } from '../support/hostile-requests.ts';

// Socket Mode has no HTTP status: a malformed envelope, or one no listener handles, is acked at once (Slack would
// otherwise send it again) with one warn line, and changes nothing.
describe('hostile envelopes over Socket Mode', () => {
  let fake: FakeSlack;
  let socket: FakeSocketMode;
  let h: Harness;

  beforeAll(async () => {
    fake = await startFakeSlack({ channels: [CHANNEL] });
    socket = await startFakeSocketMode(fake);
    h = await startHarness({ fake, env: { SLACK_APP_TOKEN: fake.appToken, PORT: String(await freePort()) } });
    await socket.connected;
  });
  afterAll(async () => {
    await h?.close();
    await socket?.close();
    await fake?.close();
  });

  const warningsSince = (from: number) =>
    h.logs
      .slice(from)
      .map((line) => JSON.parse(line) as { level: string; message: string; problem?: string })
      .filter((entry) => entry.level === 'warn' || entry.level === 'error');

  it.each<[string, 'interactive' | 'slash_commands' | 'events_api', unknown, string]>([
    [
      'a click without user',
      'interactive',
      { type: 'block_actions', actions: [{ action_id: 'tick-item' }] },
      'rejected a malformed Slack request',
    ],
    [
      'a submission with view null',
      'interactive',
      { type: 'view_submission', user: { id: 'U0A' }, view: null },
      'rejected a malformed Slack request',
    ],
    [
      'an event that is a number',
      'events_api',
      { type: 'event_callback', event: 5 },
      'rejected a malformed Slack request',
    ],
    [
      'a shortcut nobody listens to',
      'interactive',
      { type: 'shortcut', callback_id: 'x', user: { id: 'U0A' }, team: { id: 'T0TEST' } },
      'rejected a Slack request no listener answered',
    ],
  ])('acks %s with one warn line and changes nothing', async (_name, type, payload, message) => {
    const before = await stateSnapshot(h);
    const from = h.logs.length;
    const ack = await socket.send(type, payload as Record<string, unknown>);
    expect(ack.envelope_id).toBeTruthy();
    expect(await stateSnapshot(h)).toEqual(before);
    expect(warningsSince(from)).toEqual([expect.objectContaining({ level: 'warn', message })]);
  });
});

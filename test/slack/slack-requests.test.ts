import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseOf } from '../../src/store/store.ts';
import { CHANNEL, type Harness, lastCard, startHarness } from '../support/bot-harness.ts';

describe('requests that do not come from Slack, or are broken', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  const commandBody = (text: string) =>
    new URLSearchParams({
      team_id: 'T0TEST',
      channel_id: CHANNEL,
      user_id: 'U0EVE',
      command: '/deploy-checklist',
      text,
      response_url: h.fake.responseUrl(),
      trigger_id: 't.1',
    }).toString();

  async function deploymentCount(): Promise<number> {
    return databaseOf(h.bot.store).deployment.count();
  }

  it.each([
    ['a bad signature', { badSignature: true }, 401],
    ['no signature', { unsigned: true }, 401],
    ['a timestamp older than five minutes', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 }, 401],
  ])('rejects %s with %i and changes nothing', async (_name, tweak, status) => {
    const before = await deploymentCount();
    const reply = await h.slack.raw({
      body: commandBody('start evil v1'),
      contentType: 'application/x-www-form-urlencoded',
      ...tweak,
    });
    expect(reply.status).toBe(status);
    await h.drain();
    expect(await deploymentCount()).toBe(before);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('refuses a badly signed request however its URL is spelled (a query string, a fragment)', async () => {
    for (const path of ['/slack/events?ssl_check=0', '/slack/events?', '/slack/events#x']) {
      const reply = await h.slack.raw({
        path,
        body: commandBody('start evil v1'),
        contentType: 'application/x-www-form-urlencoded',
        badSignature: true,
      });
      expect({ path, status: reply.status }).toEqual({ path, status: 401 });
    }
    await h.drain();
    expect(await deploymentCount()).toBe(0);
  });

  it("answers Slack's unsigned certificate check with 200 and reads nothing else smuggled into it", async () => {
    const smuggled = `ssl_check=1&${commandBody('start evil v1')}`;
    const reply = await h.slack.raw({
      body: smuggled,
      contentType: 'application/x-www-form-urlencoded',
      unsigned: true,
    });
    expect(reply.status).toBe(200);
    await h.drain();
    expect(await deploymentCount()).toBe(0);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it.each([
    ['an interactivity payload that is not JSON', 'payload=%7Bnot-json'],
    ['a body that is not a form', '%%%'],
  ])('answers %s with 400', async (_name, body) => {
    const reply = await h.slack.raw({ body, contentType: 'application/x-www-form-urlencoded' });
    expect(reply.status).toBe(400);
  });

  it('ignores a button value that is not ours and tells the clicker', async () => {
    const reply = await h.slack.blockAction({
      userId: 'U0EVE',
      channelId: CHANNEL,
      messageTs: '1.000',
      actionId: 'tick-item',
      value: '{"v":99,"d":"x"}',
    });
    expect(reply.status).toBe(200);
    const ephemeral = await h.fake.waitFor('chat.postEphemeral');
    expect(String(ephemeral.args.text)).toMatch(/older version/);
    expect(await deploymentCount()).toBe(0);
  });

  it('answers GET /health with 200 while the database is reachable', async () => {
    const response = await fetch(`http://127.0.0.1:${h.bot.port}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, database: 'reachable' });
    expect(lastCard(h.fake)).toBeUndefined();
  });
});

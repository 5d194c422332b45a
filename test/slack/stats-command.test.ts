import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createToken } from '../support/api-requests.ts';
import { CHANNEL, type Harness, startHarness } from '../support/bot-harness.ts';
import { checkSlackPayload } from '../support/slack-limits.ts';

type Reply = { response_type?: string; text?: string; blocks?: unknown[] };

/** The answer a user sees to a command: in the ack, or posted to the response_url after it. */
async function answerTo(h: Harness, text: string): Promise<Reply> {
  const before = h.fake.responses.length;
  const reply = await h.slack.command({ text, userId: 'U0OWNER', channelId: CHANNEL });
  expect(reply.status).toBe(200);
  const inAck = reply.json as Reply | undefined;
  if (inAck?.text) return inAck;
  const response = await h.fake.waitForResponse((r) => h.fake.responses.indexOf(r) >= before, { timeoutMs: 3000 });
  return response.body as Reply;
}

describe('/deploy-checklist stats and GET /api/v1/stats', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    // Two web-shop deployments (the first cancelled) and one of search: 3 started, 1 cancelled, 2 open.
    await h.slack.command({
      text: 'start web-shop v1 --template small-service',
      userId: 'U0OWNER',
      channelId: CHANNEL,
    });
    await h.slack.command({ text: 'cancel web-shop', userId: 'U0OWNER', channelId: CHANNEL });
    await h.slack.command({
      text: 'start web-shop v2 --template small-service',
      userId: 'U0OWNER',
      channelId: CHANNEL,
    });
    await h.slack.command({ text: 'start search v7 --template small-service', userId: 'U0OWNER', channelId: CHANNEL });
    await h.drain();
  });
  afterAll(async () => {
    await h.close();
  });

  it('answers the workspace figures as an ephemeral Block Kit message', async () => {
    const reply = await answerTo(h, 'stats');
    expect(reply.response_type).toBe('ephemeral');
    expect(checkSlackPayload('message', { text: reply.text, blocks: reply.blocks })).toEqual([]);
    const shown = JSON.stringify(reply.blocks);
    expect(shown).toContain('All services: the last 30 days');
    expect(shown).toContain('3 started: 0 stable, 0 rolled back, 1 cancelled, 2 open');
    expect(shown).toContain('none went live');
  });

  it('narrows to a service and a window', async () => {
    const reply = await answerTo(h, 'stats web-shop --days 7');
    const shown = JSON.stringify(reply.blocks);
    expect(shown).toContain('web-shop: the last 7 days');
    expect(shown).toContain('2 started: 0 stable, 0 rolled back, 1 cancelled, 1 open');
    const nothing = await answerTo(h, 'stats billing');
    expect(JSON.stringify(nothing.blocks)).toContain('No deployment of billing started in the last 30 day(s).');
  });

  it.each([
    ['stats --days 0', /--days takes a whole number of days from 1 to 365, not "0"/],
    ['stats --days', /`--days` needs a number of days/],
    ['stats web-shop search', /at most one service name/],
    ['stats --weeks 2', /Unknown option `--weeks`/],
    ['stats pay$ments', /not a service name/],
  ])('%j is refused with %s and an example', async (text, expected) => {
    const reply = await answerTo(h, text);
    expect(reply.text).toMatch(expected);
    expect(reply.text).toContain('For example: `/deploy-checklist stats payments-api --days 30`');
  });

  it('serves the same figures over the API to a token with stats:read, and refuses others', async () => {
    const reader = await createToken(h, 'dashboard', ['stats:read']);
    const gates = await createToken(h, 'gates-only', ['gates:read']);
    const ok = await api(h, 'GET', '/api/v1/stats?service=web-shop&days=7', { token: reader });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({
      format: 'deploy-checklist-stats/1',
      service: 'web-shop',
      period: { days: 7 },
      deployments: { total: 2, cancelled: 1, open: 1, wentLive: 0 },
      timeToGoLive: null,
      rollback: { rolledBack: 0, wentLive: 0, rate: null },
    });
    const all = await api(h, 'GET', '/api/v1/stats', { token: reader });
    expect(all.json.deployments.total).toBe(3);
    expect(all.json.period.days).toBe(30);
    const forbidden = await api(h, 'GET', '/api/v1/stats', { token: gates });
    expect(forbidden.status).toBe(403);
    expect(forbidden.json.error.code).toBe('missing-scope');
    const bad = await api(h, 'GET', '/api/v1/stats?days=400', { token: reader });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.json.error)).toContain('query.days');
  });
});

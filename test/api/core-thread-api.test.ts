import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createToken } from '../support/api-requests.ts';
import { CHANNEL, CORE_THREAD_START_MS, type Harness, lastCard, startHarness, textOf } from '../support/bot-harness.ts';

// Production runs the core in its own thread: the API's calls (token checks, starts, views with their dates, the
// gate, refusals) cross the thread boundary generated from CORE_METHODS.
describe('the HTTP API with the core in its own thread', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ coreThread: true });
  }, CORE_THREAD_START_MS);
  afterAll(async () => {
    await h?.close();
  });

  it('opens, ticks, refuses and answers the gate across the thread boundary', async () => {
    expect(h.bot.coreThread).toBe(true);
    const token = await createToken(h, 'github-actions', ['deployments:write', 'items:write', 'gates:read']);
    const opened = await api(h, 'POST', '/api/v1/deployments', {
      token,
      body: {
        service: 'web',
        version: 'v1',
        environment: 'production',
        channel: CHANNEL,
        template: 'small-service',
        owner: 'U0OWNER',
      },
    });
    expect(opened.status).toBe(201);
    const id = opened.json.deployment.id;
    expect(new Date(opened.json.deployment.createdAt).toISOString()).toBe(h.clock.now().toISOString());
    await h.drain();
    expect(textOf(lastCard(h.fake)!)).toContain('Deployment: web v1 → production');
    const ticked = await api(h, 'POST', `/api/v1/deployments/${id}/items/tests-green`, { token, body: { done: true } });
    expect(ticked.json.deployment.phases[0].items[0]).toMatchObject({ done: true, by: 'api:github-actions' });
    const again = await api(h, 'POST', '/api/v1/deployments', {
      token,
      body: {
        service: 'web',
        version: 'v2',
        environment: 'production',
        channel: CHANNEL,
        template: 'small-service',
        owner: 'U0OWNER',
      },
    });
    expect(again.status).toBe(409);
    const gate = await api(h, 'GET', '/api/v1/gates/web/production', { token });
    expect(gate.status).toBe(403);
    expect(gate.json.missing).toContain('Required item open: Database backup taken (Pre-deployment)');
    expect((await api(h, 'POST', `/api/v1/deployments/${id}/items/nope`, { token, body: { done: true } })).status).toBe(
      404,
    );
  });
});

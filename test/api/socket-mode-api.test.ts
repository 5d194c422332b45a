import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createToken } from '../support/api-requests.ts';
import { CHANNEL, type Harness, startHarness } from '../support/bot-harness.ts';
import { freePort } from '../support/bot-process.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';
import { type FakeSocketMode, startFakeSocketMode } from '../support/fake-socket-mode.ts';

// In Socket Mode PORT serves no Slack endpoint, but the API is there all the same (Bolt custom routes).
describe('the HTTP API in Socket Mode', () => {
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
    await h.close();
    await socket.close();
    await fake.close();
  });

  it('serves the document, opens a deployment, answers the gate and Flagger’s hook on PORT', async () => {
    expect((await api(h, 'GET', '/api/v1/openapi.json')).json.openapi).toBe('3.1.0');
    const token = await createToken(h, 'github-actions', ['deployments:write', 'gates:read']);
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
    await h.drain();
    expect((await api(h, 'GET', '/api/v1/gates/web/production', { token })).status).toBe(403);
    const hook = await api(h, 'POST', '/api/v1/hooks/flagger', {
      body: {
        name: 'web',
        namespace: 'prod',
        phase: 'Progressing',
        metadata: { service: 'web', environment: 'production', token },
      },
    });
    expect(hook.status).toBe(403);
    expect(hook.json.state).toBe('pending');
  });
});

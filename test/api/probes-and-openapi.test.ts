import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allApiRoutes } from '../../src/api/api-server.ts';
import { openApiPath } from '../../src/api/openapi.ts';
import { api, createToken } from '../support/api-requests.ts';
import { CHANNEL, findItem, type Harness, lastCard, startHarness } from '../support/bot-harness.ts';

describe('probe runs through the API, and the OpenAPI document', () => {
  let h: Harness;
  let service: Server;
  let port: number;
  let token: string;

  beforeEach(async () => {
    service = createServer((req, res) => {
      res.writeHead(req.url === '/health' ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: 'ok' }));
    });
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
    port = (service.address() as AddressInfo).port;
    h = await startHarness({ env: { PROBE_ALLOW_PRIVATE: 'true', PROBE_TIMEOUT_MS: '5000' } });
    token = await createToken(h, 'github-actions', ['deployments:write']);
  });
  afterEach(async () => {
    await h.close();
    await new Promise((resolve) => service.close(resolve));
  });

  it('starts a probe run (one at a time, as in Slack) and answers its results once it ran', async () => {
    const opened = await api(h, 'POST', '/api/v1/deployments', {
      token,
      body: {
        service: 'shop',
        version: 'v3',
        environment: 'production',
        channel: CHANNEL,
        template: 'probe-service',
        owner: 'U0OWNER',
        url: `http://127.0.0.1:${port}`,
      },
    });
    const id = opened.json.deployment.id;
    await h.drain();
    const started = await api(h, 'POST', `/api/v1/deployments/${id}/probes`, { token });
    expect(started.status).toBe(202);
    const runId = started.json.runId;
    expect(runId).toMatch(/^run_/);
    const second = await api(h, 'POST', `/api/v1/deployments/${id}/probes`, { token });
    expect(second.status).toBe(409);
    expect(second.json.error.code).toBe('probe-run-running');
    // The outbox runs it (at once: a start kicks it); drained here so its results are in.
    await h.drain();
    const result = await api(h, 'GET', `/api/v1/deployments/${id}/probes/${runId}`, { token });
    expect(result.status).toBe(200);
    expect((await api(h, 'GET', `/api/v1/deployments/${id}/probes/run_unknown`, { token })).status).toBe(404);
    expect(result.json.probeRun.results).toContainEqual(
      expect.objectContaining({ itemKey: 'health-ok', outcome: 'pass' }),
    );
    const deployment = await api(h, 'GET', `/api/v1/deployments/${id}`, { token });
    expect(deployment.json.deployment.lastProbeRun.runId).toBe(runId);
    const health = deployment.json.deployment.phases[0].items.find((i: { key: string }) => i.key === 'health-ok');
    expect(health).toMatchObject({ done: true, by: 'probe', probe: { outcome: 'pass' } });
    expect(findItem(h.fake, lastCard(h.fake)!.ts, 'health-ok').block.text!.text).toContain('ticked by the probe');
    expect(h.fake.callsTo('chat.postMessage').map((c) => String(c.args.text))).toContainEqual(
      expect.stringContaining('*api:github-actions* started'),
    );
  });

  it('serves an OpenAPI 3.1 document, without a token, that lists every route with its schemas', async () => {
    const reply = await api(h, 'GET', '/api/v1/openapi.json');
    expect(reply.status).toBe(200);
    const document = reply.json;
    expect(document.openapi).toBe('3.1.0');
    const routes = allApiRoutes({ client: () => h.bot.client }, async () => ({ teamId: 'T', url: undefined }));
    expect(routes.length).toBeGreaterThanOrEqual(10);
    for (const route of routes) {
      const operation = document.paths[openApiPath(route.path)]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      for (const status of Object.keys(route.responses)) expect(operation.responses[status]).toBeDefined();
    }
    const start = document.paths['/api/v1/deployments'].post;
    const schema = start.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(expect.arrayContaining(['service', 'version', 'environment', 'channel', 'owner']));
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.service.pattern).toBe('^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$');
    const gate = document.paths['/api/v1/gates/{service}/{environment}'].get;
    expect(gate.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual([
      'path:service',
      'path:environment',
      'query:version',
      'query:format',
    ]);
    expect(gate.security).toEqual([{ bearer: ['gates:read'] }]);
    expect(document.components.schemas.Gate.properties.state.enum).toContain('rolled-back');
  });
});

import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploymentReport } from '../../src/app/deployment-records.ts';
import { runCli } from '../../src/cli/main.ts';
import { renderReportJson } from '../../src/domain/report/render-report-json.ts';
import { databaseOf } from '../../src/store/store.ts';
import { api, createToken } from '../support/api-requests.ts';
import { CHANNEL, type Harness, startHarness } from '../support/bot-harness.ts';

const OWNER = 'U0OWNER';

/** The audit records over HTTP: one deployment's report and the population export, with a reports:read token. */
describe('the report and export routes of the HTTP API', () => {
  let h: Harness;
  let reader: string;
  let gateReader: string;
  let deploymentId: string;

  beforeAll(async () => {
    h = await startHarness();
    await h.slack.command({ text: 'start payments-api v2.4.1 production', userId: OWNER, channelId: CHANNEL });
    await h.drain();
    deploymentId = (await databaseOf(h.bot.store).deployment.findFirstOrThrow()).id;
    const out: string[] = [];
    // `token create` grants the scope, as an operator would.
    const code = await runCli(['token', 'create', '--name', 'auditor', '--scope', 'reports:read'], {
      stdout: (text) => out.push(text),
      stderr: () => undefined,
      cwd: process.cwd(),
      env: { DATABASE_URL: h.databaseUrl },
    });
    expect(code).toBe(0);
    reader = out.join('').trim();
    gateReader = await createToken(h, 'flagger', ['gates:read']);
  });
  afterAll(async () => {
    await h?.close();
  });

  async function get(path: string, token: string | undefined = reader) {
    const response = await request(`http://127.0.0.1:${h.bot.port}${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: response.statusCode, headers: response.headers, text: await response.body.text() };
  }

  it('answers the report in each format with its media type; the JSON is byte for byte the command line’s', async () => {
    const head = (await databaseOf(h.bot.store).deployment.findUniqueOrThrow({ where: { id: deploymentId } }))
      .auditHeadHash!;
    const html = await get(`/api/v1/deployments/${deploymentId}/report?format=html`);
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['content-security-policy']).toContain("default-src 'none'");
    expect(html.text).toContain('payments-api');
    expect(html.text).toContain(head);

    const markdown = await get(`/api/v1/deployments/${deploymentId}/report`);
    expect(markdown.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(markdown.text).toContain('v2.4.1');
    expect(markdown.text).toContain(head);

    const json = await get(`/api/v1/deployments/${deploymentId}/report?format=json`);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.text).toBe(renderReportJson((await deploymentReport(h.bot.store, deploymentId))!));
    expect(JSON.parse(json.text)).toMatchObject({ format: 'deploy-checklist-report/1', id: deploymentId });
  });

  it('answers 404 for an unknown deployment and 400 with the field for a wrong format', async () => {
    const missing = await api(h, 'GET', '/api/v1/deployments/dep_nothere/report', { token: reader });
    expect(missing.status).toBe(404);
    expect(missing.json.error.code).toBe('deployment-not-found');
    const badFormat = await api(h, 'GET', `/api/v1/deployments/${deploymentId}/report?format=pdf`, { token: reader });
    expect(badFormat.status).toBe(400);
    expect(badFormat.json.error.details.map((d: { path: string }) => d.path)).toEqual(['query.format']);
  });

  it('exports the population of a period as CSV or JSON', async () => {
    const day = h.clock.now().toISOString().slice(0, 10);
    const csv = await get(`/api/v1/export?from=${day}&to=${day}`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.text.split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^id,service,version,environment,/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${deploymentId},payments-api,v2.4.1,production`);

    const json = await get(`/api/v1/export?from=${day}&to=${day}&format=json`);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(json.text)).toMatchObject({ count: 1, period: { from: day, to: day } });
    const before = await get('/api/v1/export?from=2020-01-01&to=2020-12-31&format=json');
    expect(JSON.parse(before.text).count).toBe(0);
  });

  it('answers 400 with the field path for a bad date, a period that ends before it starts, or a wrong format', async () => {
    const cases: Array<[string, string]> = [
      ['from=2026-02-30&to=2026-03-01', 'query.from'],
      ['from=2026-01-01&to=yesterday', 'query.to'],
      ['from=2026-03-01&to=2026-02-01', 'query.to'],
      ['from=2026-01-01&to=2026-01-31&format=xlsx', 'query.format'],
      ['to=2026-01-31', 'query.from'],
    ];
    for (const [query, path] of cases) {
      const reply = await api(h, 'GET', `/api/v1/export?${query}`, { token: reader });
      expect(reply.status, query).toBe(400);
      expect(
        reply.json.error.details.map((d: { path: string }) => d.path),
        query,
      ).toContain(path);
    }
  });

  it('needs a token with reports:read', async () => {
    const none = await api(h, 'GET', `/api/v1/deployments/${deploymentId}/report`);
    expect(none.status).toBe(401);
    const wrongScope = await api(h, 'GET', '/api/v1/export?from=2026-01-01&to=2026-12-31', { token: gateReader });
    expect(wrongScope.status).toBe(403);
    expect(wrongScope.json.error.code).toBe('missing-scope');
    const report = await api(h, 'GET', `/api/v1/deployments/${deploymentId}/report`, { token: gateReader });
    expect(report.status).toBe(403);
  });

  it('documents both routes in the OpenAPI document, with their media types and scope', async () => {
    const document = (await api(h, 'GET', '/api/v1/openapi.json')).json;
    const report = document.paths['/api/v1/deployments/{id}/report'].get;
    expect(Object.keys(report.responses['200'].content)).toEqual([
      'text/markdown; charset=utf-8',
      'text/html; charset=utf-8',
      'application/json; charset=utf-8',
    ]);
    expect(report.security).toEqual([{ bearer: ['reports:read'] }]);
    const population = document.paths['/api/v1/export'].get;
    expect(population.parameters.map((p: { name: string }) => p.name)).toEqual(['from', 'to', 'format']);
  });
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseExposition } from '../../src/probes/prometheus-text.ts';
import { RECONFIRM_AFTER_MS } from '../../src/slack/slack-auth.ts';
import { databaseOf } from '../../src/store/store.ts';
import {
  CHANNEL,
  CORE_THREAD_START_MS,
  clickItem,
  type Harness,
  lastCard,
  startHarness,
} from '../support/bot-harness.ts';
import { freePort } from '../support/bot-process.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';
import { type FakeSocketMode, startFakeSocketMode } from '../support/fake-socket-mode.ts';
import { clickCard, submitSignOff } from '../support/sign-off-steps.ts';

type LogLine = Record<string, unknown> & { message: string };

function logLines(h: Harness): LogLine[] {
  return h.logs.map((line) => JSON.parse(line) as LogLine);
}

async function get(h: Harness, path: string): Promise<{ status: number; type: string | null; body: string }> {
  const response = await fetch(`http://127.0.0.1:${h.bot.port}${path}`);
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

/** The value of one series in a scrape (0 when the series is absent, as Prometheus graphs a counter never set). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = (match[2] ?? '').split(',').filter(Boolean);
    if (wanted.every((label) => present.includes(label)) && present.length === wanted.length) return Number(match[3]);
  }
  return 0;
}

/** A deployed service for the probes: a health endpoint that passes, and no security headers (that probe fails). */
async function startService(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    if (req.url === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: 'ok' }));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<html></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

// The core's series (probes, jobs, its Slack calls, open deployments) are recorded in the core thread when there is
// one and merged into the main thread's at scrape time: both layouts must show the same figures.
describe.each([
  { coreThread: false, layout: 'core on the main thread' },
  { coreThread: true, layout: 'core in its own thread' },
])('GET /metrics and the logs, $layout', ({ coreThread }) => {
  let h: Harness;
  let service: { server: Server; url: string };

  beforeEach(async () => {
    service = await startService();
    h = await startHarness({ coreThread, env: { PROBE_ALLOW_PRIVATE: 'true', PROBE_TIMEOUT_MS: '5000' } });
  }, CORE_THREAD_START_MS);
  afterEach(async () => {
    await h.close();
    await new Promise((resolve) => service.server.close(resolve));
  });

  async function startDeployment(): Promise<string> {
    await h.slack.command({
      text: `start shop v3 production --template probe-service --url ${service.url}`,
      userId: 'U0OWNER',
      channelId: CHANNEL,
    });
    await h.drain();
    return lastCard(h.fake)!.ts;
  }

  it('counts what people did and what the bot did about it, in a scrape Prometheus accepts', async () => {
    const parent = await startDeployment();
    await clickItem(h, parent, 'headers-ok', 'U0ALICE');
    await h.drain();
    await clickCard(h, 'run-probes', 'U0OWNER');
    await h.drain();
    // Someone else tries to change the version: the core refuses it.
    await h.slack.command({ text: 'version shop v4 production', userId: 'U0OTHER', channelId: CHANNEL });
    // Slack refuses one update; the job is retried and then goes through.
    h.fake.failNext('chat.update', { error: 'internal_error' });
    await clickItem(h, parent, 'headers-ok', 'U0ALICE');
    await h.drain();
    h.clock.advance(60_000);
    await h.drain();

    const scrape = await get(h, '/metrics');
    expect(scrape.status).toBe(200);
    expect(scrape.type).toContain('text/plain');
    expect(parseExposition(scrape.body)).toMatchObject({ ok: true });
    const m = scrape.body;

    expect(sample(m, 'deploy_checklist_slack_requests_total', { kind: 'command', outcome: 'ok' })).toBe(1);
    expect(sample(m, 'deploy_checklist_slack_requests_total', { kind: 'command', outcome: 'refused' })).toBe(1);
    expect(sample(m, 'deploy_checklist_slack_requests_total', { kind: 'action', outcome: 'ok' })).toBe(3);
    expect(sample(m, 'deploy_checklist_slack_ack_seconds_count', { kind: 'action' })).toBe(3);
    expect(sample(m, 'deploy_checklist_slack_ack_seconds_bucket', { kind: 'command', le: '+Inf' })).toBe(2);

    // The card, four phase messages and the notices were posted; clicks and the probe run updated messages.
    expect(sample(m, 'deploy_checklist_slack_api_calls_total', { method: 'chat.postMessage' })).toBe(
      h.fake.calls.filter((call) => call.method === 'chat.postMessage').length,
    );
    expect(sample(m, 'deploy_checklist_slack_api_calls_total', { method: 'chat.update' })).toBe(
      h.fake.calls.filter((call) => call.method === 'chat.update').length,
    );
    expect(sample(m, 'deploy_checklist_slack_api_calls_total', { method: 'chat.update' })).toBeGreaterThanOrEqual(3);
    expect(
      sample(m, 'deploy_checklist_slack_api_errors_total', { method: 'chat.update', error: 'internal_error' }),
    ).toBe(1);
    // auth.test, asked once when the first request was authorized.
    expect(sample(m, 'deploy_checklist_slack_api_calls_total', { method: 'auth.test' })).toBe(1);

    expect(sample(m, 'deploy_checklist_probe_runs_total', { kind: 'http', outcome: 'pass' })).toBe(1);
    expect(sample(m, 'deploy_checklist_probe_runs_total', { kind: 'headers', outcome: 'fail' })).toBe(1);

    expect(sample(m, 'deploy_checklist_jobs_total', { kind: 'post-card', outcome: 'done' })).toBe(1);
    expect(sample(m, 'deploy_checklist_jobs_total', { kind: 'run-probes', outcome: 'done' })).toBe(1);
    expect(sample(m, 'deploy_checklist_jobs_total', { kind: 'render', outcome: 'retry' })).toBe(1);
    expect(sample(m, 'deploy_checklist_jobs_total', { kind: 'render', outcome: 'done' })).toBeGreaterThanOrEqual(3);
    // The retried render started a minute after it fell due (the test clock moved on): that is the lag.
    expect(sample(m, 'deploy_checklist_job_lag_seconds_bucket', { kind: 'render', le: '30' })).toBeLessThan(
      sample(m, 'deploy_checklist_job_lag_seconds_bucket', { kind: 'render', le: '60' }),
    );
    expect(sample(m, 'deploy_checklist_job_seconds_count', { kind: 'run-probes' })).toBe(1);

    // The first tick moved the deployment from planning to in progress.
    expect(sample(m, 'deploy_checklist_open_deployments', { status: 'in-progress' })).toBe(1);
    expect(sample(m, 'deploy_checklist_open_deployments', { status: 'planning' })).toBe(0);
    expect(m).toContain('deploy_checklist_open_deployments{status="verifying"} 0');
    // Node's own figures for the process.
    expect(sample(m, 'process_resident_memory_bytes')).toBeGreaterThan(0);

    await h.slack.command({ text: 'cancel shop production', userId: 'U0OWNER', channelId: CHANNEL });
    const after = (await get(h, '/metrics')).body;
    expect(sample(after, 'deploy_checklist_open_deployments', { status: 'in-progress' })).toBe(0);
  });

  it("writes one line per request and per job run, and a click's jobs carry its correlation id", async () => {
    const parent = await startDeployment();
    await clickItem(h, parent, 'headers-ok', 'U0ALICE');
    await h.drain();

    const lines = logLines(h);
    const click = lines.find((line) => line.message === 'slack request' && line.kind === 'action');
    expect(click).toMatchObject({
      level: 'info',
      kind: 'action',
      actionId: expect.stringMatching(/\S/),
      team: 'T0TEST',
      channel: CHANNEL,
      user: 'U0ALICE',
      outcome: 'ok',
      ackMs: expect.any(Number),
      correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      deploymentId: expect.stringMatching(/\S/),
    });
    const start = lines.find((line) => line.message === 'slack request' && line.kind === 'command');
    expect(start).toMatchObject({ command: '/deploy-checklist', user: 'U0OWNER', outcome: 'ok' });
    expect(start?.correlationId).not.toBe(click?.correlationId);

    const jobRuns = (correlationId: unknown) =>
      lines.filter((line) => line.message.startsWith('job ') && line.correlationId === correlationId);
    // The card and the phases were posted by the jobs the command enqueued, and the card's catch-up render that
    // posting the phases enqueued carries the command's id too.
    expect(jobRuns(start?.correlationId).map((line) => line.kind)).toEqual(
      expect.arrayContaining(['post-card', 'post-phases', 'render']),
    );
    // The click re-rendered the deployment's messages in a job of its own.
    const clickJobs = jobRuns(click?.correlationId);
    expect(clickJobs.map((line) => line.kind)).toContain('render');
    for (const line of clickJobs) {
      expect(line).toMatchObject({
        jobId: expect.stringMatching(/\S/),
        deploymentId: click?.deploymentId,
        outcome: 'done',
        attempt: 1,
        durationMs: expect.any(Number),
        lagMs: 0,
      });
    }
    // The job rows store it.
    const stored = await databaseOf(h.bot.store).job.findMany({
      where: { correlationId: click?.correlationId as string },
    });
    expect(stored.map((job) => job.kind)).toContain('render');
  });
});

describe('GET /ready', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('is not ready until Slack confirms the bot token, then ready', async () => {
    h.fake.failNext('auth.test', { error: 'invalid_auth' });
    const refused = await get(h, '/ready');
    expect(refused.status).toBe(503);
    expect(JSON.parse(refused.body)).toEqual({
      ok: false,
      checks: { database: { ok: true }, migrations: { ok: true }, slack: { ok: false, error: 'invalid_auth' } },
    });

    const ready = await get(h, '/ready');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toMatchObject({ ok: true, checks: { slack: { ok: true } } });
    // Liveness does not depend on Slack.
    expect((await get(h, '/health')).status).toBe(200);
  });

  it('asks Slack again after a while: a revoked token makes the bot unready, an unreachable Slack does not', async () => {
    expect((await get(h, '/ready')).status).toBe(200);
    h.fake.failNext('auth.test', { error: 'token_revoked' });
    // A recent confirmation stands without asking.
    expect((await get(h, '/ready')).status).toBe(200);
    h.clock.advance(RECONFIRM_AFTER_MS + 1000);
    const revoked = await get(h, '/ready');
    expect(revoked.status).toBe(503);
    expect(JSON.parse(revoked.body).checks.slack).toEqual({ ok: false, error: 'token_revoked' });
    // Once the token is good again (here: the next answer), the bot is ready again.
    expect((await get(h, '/ready')).status).toBe(200);
    h.clock.advance(RECONFIRM_AFTER_MS + 1000);
    h.fake.failNext('auth.test', { status: 500 });
    expect((await get(h, '/ready')).status).toBe(200);
    expect(h.fake.callsTo('auth.test').at(-1)?.status).toBe(500);
  });

  it('is not ready while a migration file is not recorded as applied', async () => {
    const [newest] = await databaseOf(h.bot.store).$queryRawUnsafe<Array<{ name: string }>>(
      'SELECT name FROM deploy_checklist_migrations ORDER BY name DESC LIMIT 1',
    );
    await databaseOf(h.bot.store).$executeRawUnsafe(
      `DELETE FROM deploy_checklist_migrations WHERE name = '${newest!.name}'`,
    );
    const missing = await get(h, '/ready');
    expect(missing.status).toBe(503);
    expect(JSON.parse(missing.body).checks.migrations).toEqual({
      ok: false,
      error: 'migrations not applied',
      pending: [newest!.name],
    });

    await databaseOf(h.bot.store).$executeRawUnsafe(
      `INSERT INTO deploy_checklist_migrations (name, applied_at) VALUES ('${newest!.name}', '2026-11-22T10:00:00Z')`,
    );
    expect((await get(h, '/ready')).status).toBe(200);
  });
});

describe('GET /ready and /metrics in Socket Mode', () => {
  let fake: FakeSlack;
  let socket: FakeSocketMode;
  let h: Harness;
  beforeEach(async () => {
    fake = await startFakeSlack({ channels: [CHANNEL] });
    socket = await startFakeSocketMode(fake);
    h = await startHarness({ fake, env: { SLACK_APP_TOKEN: fake.appToken, PORT: String(await freePort()) } });
    await socket.connected;
  });
  afterEach(async () => {
    await h.close();
    await socket.close();
    await fake.close();
  });

  it('serves both on PORT and counts requests that came over the socket', async () => {
    await socket.send('slash_commands', {
      team_id: 'T0TEST',
      channel_id: CHANNEL,
      user_id: 'U0OWNER',
      command: '/deploy-checklist',
      text: 'start socket-svc v1 --template small-service',
      api_app_id: fake.appId,
      response_url: fake.responseUrl('command', { channel: CHANNEL, user: 'U0OWNER' }),
      trigger_id: '1.2.socket',
    });
    // Over the socket the ack goes out first and the listener finishes after; its line is written when it has.
    const line = await vi.waitFor(() => {
      const found = logLines(h).find((l) => l.message === 'slack request');
      if (!found) throw new Error('the request has not finished yet');
      return found;
    }, 10_000);
    expect(line).toMatchObject({ kind: 'command', outcome: 'ok', deploymentId: expect.stringMatching(/\S/) });
    await h.drain();
    expect((await get(h, '/ready')).status).toBe(200);
    const metrics = (await get(h, '/metrics')).body;
    expect(sample(metrics, 'deploy_checklist_slack_requests_total', { kind: 'command', outcome: 'ok' })).toBe(1);
    expect(sample(metrics, 'deploy_checklist_open_deployments', { status: 'planning' })).toBe(1);
  });
});

describe('secrets in the logs', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('never show the bot token or the credentials of a URL someone pasted', async () => {
    await h.slack.command({
      text: 'start api v1.2.0 production --template signed-service --role tech-lead=<@U0LEAD>',
      userId: 'U0OWNER',
      channelId: CHANNEL,
    });
    await h.drain();
    await clickCard(h, 'sign-off', 'U0LEAD');
    await submitSignOff(h, 'U0LEAD', 'tech-lead', 'reject', {
      reason: 'staging broke: https://grafana-admin:hunter2-secret@grafana.internal/d/42',
    });
    await h.drain();
    // The reason is posted in the thread, its URL's credentials cut out like in the logs.
    const posted = h.fake.callsTo('chat.postMessage').map((call) => String(call.args.text));
    expect(posted).toContainEqual(expect.stringContaining('staging broke: https://[redacted]@grafana.internal/d/42'));
    expect(posted.join('\n')).not.toContain('hunter2-secret');

    const all = h.logs.join('\n');
    // The URL did reach the logs (the debug lines of the Slack call that posted it), its credentials cut out.
    expect(all).toContain('https://[redacted]@grafana.internal/d/42');
    expect(all).not.toContain('hunter2-secret');
    expect(all).not.toContain('grafana-admin');
    expect(all).not.toContain(h.fake.token);
  });
});

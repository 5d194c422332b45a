import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WebClient } from '@slack/web-api';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { type Sandbox, startSandbox } from '../../src/sandbox/start-sandbox.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The real entry point (through jiti, as the other process tests run it) with exactly this environment. */
function runMain(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'jiti/register', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('a production setting never falls into the sandbox', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sandbox-refused-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['NODE_ENV=production without credentials', { NODE_ENV: 'production' }, 'SLACK_BOT_TOKEN is missing'],
    ['SANDBOX=false without credentials', { SANDBOX: 'false' }, 'SLACK_BOT_TOKEN is missing'],
    [
      'SANDBOX=true beside a token',
      { SANDBOX: 'true', SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'a1b2c3d4e5f6' },
      'SANDBOX=true cannot be used with Slack credentials',
    ],
  ])(
    '%s stops startup with exit code 2, with no sandbox',
    async (_name, env, expected) => {
      const result = await runMain({ ...env, DATABASE_URL: `file:${path.join(dir, 'refused.db')}`, PORT: '0' });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(expected);
      expect(result.stdout).not.toContain('Sandbox:');
    },
    120_000,
  );
});

describe('the sandbox, started in-process', () => {
  let dir: string;
  let script: string;
  let sandbox: Sandbox | undefined;

  const config = () =>
    loadConfig({
      DATABASE_URL: `file:${path.join(dir, 'sandbox.db')}`,
      PORT: '0',
      CORE_THREAD: 'false',
      LOG_LEVEL: 'error',
    });
  const start = () =>
    startSandbox(config(), { logger: createLogger('error', { write: () => {} }), clientScriptPath: script });

  async function get(pathname: string): Promise<Record<string, unknown>> {
    const res = await request(new URL(pathname, sandbox!.url));
    return (await res.body.json()) as Record<string, unknown>;
  }

  async function post(pathname: string, body: unknown): Promise<Record<string, unknown>> {
    const res = await request(new URL(pathname, sandbox!.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await res.body.json()) as Record<string, unknown>;
  }

  async function channelShows(text: string): Promise<void> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const state = await get('/sandbox/state?user=U0ALEX&channel=C0DEPLOYS');
      if (String(state.channel).includes(text)) return;
      if (Date.now() > deadline) throw new Error(`the channel never showed ${text}: ${String(state.channel)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sandbox-start-'));
    script = path.join(dir, 'sandbox-page.js');
    writeFileSync(script, '// the page script\n');
  });
  afterAll(async () => {
    await sandbox?.stop(5000);
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers on loopback, says it is a sandbox, and serves its page and script', async () => {
    sandbox = await start();
    expect(sandbox.url).toMatch(/^http:\/\/localhost:\d+\/$/);
    expect(await get('/health')).toMatchObject({ ok: true, sandbox: true });
    // The bot itself listens on loopback for the page server alone, and its probes may reach the demo service's
    // host and nothing else private.
    expect(sandbox.botConfig.host).toBe('127.0.0.1');
    expect(sandbox.botConfig.probes.allowPrivate).toBe(false);
    expect(sandbox.botConfig.probes.allowedHosts).toEqual([sandbox.demo.host]);
    expect(sandbox.botConfig.slack.apiUrl).toBe(sandbox.slack.url);
    const page = await request(sandbox.url);
    const html = await page.body.text();
    expect(html).toContain('SANDBOX');
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'none'");
    expect(await (await request(new URL('/assets/sandbox-page.js', sandbox.url))).body.text()).toBe(
      '// the page script\n',
    );
  });

  it('holds the bot to Slack’s rules: a post without a text fallback or to an unknown channel is refused', async () => {
    const slack = sandbox!.slack;
    const call = async (args: Record<string, string>) => {
      const res = await request(`${slack.url}chat.postMessage`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${slack.token}` },
        body: new URLSearchParams(args).toString(),
      });
      return (await res.body.json()) as { ok: boolean; error?: string };
    };
    const blocks = JSON.stringify([{ type: 'section', text: { type: 'mrkdwn', text: 'hi' } }]);
    expect(await call({ channel: 'C0DEPLOYS', blocks })).toMatchObject({ ok: false, error: 'missing_text_fallback' });
    expect(await call({ channel: 'C0NOWHERE', text: 'hi' })).toMatchObject({ ok: false, error: 'channel_not_found' });
  });

  it('starts a deployment against the demo service, moves only the bot’s clock, and keeps both across a restart', async () => {
    const answer = await post('/sandbox/command', {
      user: 'U0ALEX',
      channel: 'C0DEPLOYS',
      text: '/deploy-checklist start payments-api v2.4.1',
    });
    expect(String(answer.command)).toBe(`/deploy-checklist start payments-api v2.4.1 --url ${sandbox!.demo.url}`);
    await channelShows('Deployment: payments-api v2.4.1');

    const before = Date.now();
    const moved = await post('/sandbox/clock', { advanceMs: 86_400_000 });
    expect(Date.parse(String(moved.now)) - before).toBeGreaterThanOrEqual(86_400_000);
    expect(Math.abs(Date.now() - before)).toBeLessThan(60_000);

    await sandbox!.stop(5000);
    sandbox = await start();
    await channelShows('Deployment: payments-api v2.4.1');
    expect((await get('/sandbox/state?user=U0ALEX')).offsetMs).toBe(86_400_000);
  });

  it('takes a file the way the Web API client uploads one, shares it in the channel, and serves it script-free', async () => {
    const client = new WebClient(sandbox!.slack.token, {
      slackApiUrl: sandbox!.slack.url,
      retryConfig: { retries: 0 },
    });
    const report = '# payments-api v2.4.1\n\n<script>alert(1)</script>\n';
    await client.filesUploadV2({
      channel_id: 'C0DEPLOYS',
      filename: 'report.html',
      title: 'Deployment report',
      content: report,
      initial_comment: 'The report',
    });
    await channelShows('Deployment report');
    const state = await get('/sandbox/state?user=U0ALEX&channel=C0DEPLOYS');
    const id = /href="\/files\/(F\w+)"/.exec(String(state.channel))?.[1];
    const file = await request(new URL(`/files/${id}`, sandbox!.url));
    // Shown as a page (the deployment report is HTML), in a CSP sandbox: its own origin, and no script runs.
    expect(file.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(String(file.headers['content-security-policy'])).toMatch(/^sandbox; default-src 'none';/);
    expect(await file.body.text()).toBe(report);
    // Slack lets an upload be completed once.
    const again = await request(`${sandbox!.slack.url}files.completeUploadExternal`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${sandbox!.slack.token}` },
      body: new URLSearchParams({ files: JSON.stringify([{ id }]) }).toString(),
    });
    expect(await again.body.json()).toMatchObject({ ok: false, error: 'file_not_found' });
  });

  it('shows the app’s direct messages to the person they were sent to, and to nobody else', async () => {
    const slack = sandbox!.slack;
    const res = await request(`${slack.url}chat.postMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${slack.token}` },
      body: new URLSearchParams({
        channel: 'U0ALEX',
        text: 'The *First hour* check-in is waiting for your answer.',
      }).toString(),
    });
    expect(await res.body.json()).toMatchObject({ ok: true });
    expect(String((await get('/sandbox/state?user=U0ALEX&channel=dm')).channel)).toContain(
      'The <b>First hour</b> check-in is waiting for your answer.',
    );
    expect(String((await get('/sandbox/state?user=U0PRIYA&channel=dm')).channel)).not.toContain('First hour');
    // A link to a message opens the page at that message.
    const card = [...slack.messages.values()].find((m) => m.channel === 'C0DEPLOYS' && m.thread_ts === undefined);
    const link = await request(`${slack.url}chat.getPermalink`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${slack.token}` },
      body: new URLSearchParams({ channel: 'C0DEPLOYS', message_ts: card!.ts }).toString(),
    });
    expect(await link.body.json()).toMatchObject({ ok: true, permalink: `${sandbox!.url}#C0DEPLOYS/${card!.ts}` });
  });

  it('passes the bot’s pipeline API through, so a CI script can drive the sandbox too', async () => {
    const res = await request(new URL('/api/v1/gates/payments-api/production', sandbox!.url));
    // The bot's own answer: the API is off until a token exists (deploy-checklist token create).
    expect(res.statusCode).toBe(503);
    expect(await res.body.text()).toContain('token create');
  });

  it('answers an unknown command as Slack does, only to the person who typed it', async () => {
    await post('/sandbox/command', { user: 'U0CASEY', channel: 'C0DEPLOYS', text: '/deploy now' });
    const casey = await get('/sandbox/state?user=U0CASEY&channel=C0DEPLOYS');
    expect(String(casey.channel)).toContain('is not a valid command');
    expect(String(casey.channel)).toContain('Only visible to you');
    const alex = await get('/sandbox/state?user=U0ALEX&channel=C0DEPLOYS');
    expect(String(alex.channel)).not.toContain('is not a valid command');
  });
});

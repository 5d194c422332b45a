import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WebClient } from '@slack/web-api';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { keepConfirmingSlackToken } from '../../src/slack/keep-confirming-slack-token.ts';
import { SlackAuth } from '../../src/slack/slack-auth.ts';
import { type BotProcess, freePort, startBotProcess } from '../support/bot-process.ts';

/** The least of Slack's Web API the start needs: auth.test says who the bot is; anything else is ok. */
function startSlackOn(port: number): Promise<Server> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const body = request.url?.endsWith('/auth.test')
        ? { ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team: 'Late Team', team_id: 'T0LATE' }
        : { ok: true };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

describe('Slack unreachable when the bot starts', () => {
  let bot: BotProcess | undefined;
  let slack: Server | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    bot?.child.kill('SIGKILL');
    await new Promise((resolve) => (slack ? slack.close(resolve) : resolve(undefined)));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('logs the API address and the network error, keeps confirming in the background, and connects when Slack answers', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'dc-slack-late-'));
    const slackPort = await freePort();
    const api = `http://127.0.0.1:${slackPort}/api/`;
    bot = await startBotProcess({
      SLACK_BOT_TOKEN: 'xoxb-late-slack',
      SLACK_SIGNING_SECRET: 'late-slack-signing-secret',
      SLACK_API_URL: api,
      DATABASE_URL: `file:${path.join(dir, 'bot.db')}`,
      PORT: '0',
      HOST: '127.0.0.1',
    });
    const unreachable = (entry: Record<string, unknown>) =>
      entry.message === 'Slack is unreachable; confirming the bot token again in the background';
    await bot.waitForLog(unreachable);
    expect(bot.logs.find(unreachable)).toMatchObject({
      level: 'warn',
      api,
      error: `ECONNREFUSED 127.0.0.1:${slackPort}`,
      retryInSeconds: 1,
    });

    // Slack comes back. Nobody asks /ready and no request arrives: the bot finds out by itself.
    slack = await startSlackOn(slackPort);
    await bot.waitForLog((entry) => entry.message === 'connected to Slack', 20_000);
    expect(bot.logs.find((entry) => entry.message === 'connected to Slack')).toMatchObject({
      level: 'info',
      api,
      team: 'Late Team',
      botUserId: 'U0BOT',
    });
    const ready = await fetch(`http://127.0.0.1:${bot.port}/ready`);
    expect(((await ready.json()) as { checks: { slack: unknown } }).checks.slack).toMatchObject({ ok: true });
  }, 120_000);

  it.each([
    { name: 'a closed port', port: async () => String(await freePort()), error: /^ECONNREFUSED 127\.0\.0\.1:\d+$/ },
    { name: 'port 9', port: async () => '9', error: /^bad port 9: fetch refuses to connect to this port/ },
  ])('says what the network did on $name, and tries again with growing waits', async ({ port, error }) => {
    const api = `http://127.0.0.1:${await port()}/api/`;
    const lines: Array<Record<string, unknown>> = [];
    const logger = createLogger('info', { write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>) });
    const auth = new SlackAuth(new WebClient('xoxb-x', { slackApiUrl: api, retryConfig: { retries: 0 } }));
    const stop = new AbortController();
    const confirming = keepConfirmingSlackToken(auth, { logger, apiUrl: api, minDelayMs: 5, signal: stop.signal });
    while (lines.filter((line) => line.level === 'warn').length < 3) await new Promise((r) => setTimeout(r, 5));
    stop.abort();
    expect(await confirming).toBeUndefined();
    const warnings = lines.filter((line) => line.level === 'warn');
    expect(warnings[0]).toMatchObject({ api, attempt: 1, error: expect.stringMatching(error) });
    expect(warnings.slice(0, 3).map((line) => line.retryInSeconds)).toEqual([0.005, 0.01, 0.02]);
  });
});

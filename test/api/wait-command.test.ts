import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, createToken } from '../support/api-requests.ts';
import { CHANNEL, type Harness, lastCard, startHarness } from '../support/bot-harness.ts';
import { clickCard } from '../support/sign-off-steps.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OWNER = 'U0OWNER';

type Run = {
  child: ChildProcess;
  stdout: string[];
  stderr: string[];
  exited: Promise<number>;
  waitFor: (text: string) => Promise<void>;
};

/** `deploy-checklist wait` as a CI job runs it: a real process, its token from the environment. */
function runCli(args: string[], env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['--import', 'jiti/register', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  const waiters: Array<{ text: string; resolve: () => void }> = [];
  const check = () => {
    for (const waiter of [...waiters])
      if (stdout.join('').includes(waiter.text)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
  };
  child.stdout.on('data', (chunk: Buffer) => {
    stdout.push(chunk.toString());
    check();
  });
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 128)));
  return {
    child,
    stdout,
    stderr,
    exited,
    waitFor: (text) =>
      new Promise<void>((resolve, reject) => {
        waiters.push({ text, resolve });
        check();
        void exited.then(() =>
          setTimeout(
            () => reject(new Error(`exited without printing "${text}": ${stdout.join('')}${stderr.join('')}`)),
            50,
          ),
        );
      }),
  };
}

describe('deploy-checklist wait, as a real process against the running bot', () => {
  let h: Harness;
  let ci: string;
  let gates: string;
  let id: string;

  beforeEach(async () => {
    h = await startHarness();
    ci = await createToken(h, 'github-actions', ['deployments:write', 'items:write']);
    gates = await createToken(h, 'ci-gate', ['gates:read']);
    const opened = await api(h, 'POST', '/api/v1/deployments', {
      token: ci,
      body: {
        service: 'web',
        version: 'v3',
        environment: 'production',
        channel: CHANNEL,
        template: 'small-service',
        owner: OWNER,
      },
    });
    id = opened.json.deployment.id;
    await h.drain();
  });
  afterEach(async () => {
    await h.close();
  });

  const waitArgs = (extra: string[] = []) => [
    'wait',
    '--api',
    `http://127.0.0.1:${h.bot.port}`,
    '--service',
    'web',
    '--environment',
    'production',
    '--interval',
    '200ms',
    ...extra,
  ];

  it('prints what is missing as it changes and exits 0 once the deployment goes live while it waits', async () => {
    const run = runCli(waitArgs(['--timeout', '2m']), { DEPLOY_CHECKLIST_TOKEN: gates });
    await run.waitFor('pending: Required item open: All tests pass (Pre-deployment)');
    for (const key of ['tests-green', 'backup-taken', 'deployed', 'health-ok'])
      await api(h, 'POST', `/api/v1/deployments/${id}/items/${key}`, { token: ci, body: { done: true } });
    await h.drain();
    await run.waitFor('pending: Go-live: everything is in; the owner presses Go live');
    await clickCard(h, 'go-live', OWNER);
    await h.drain();
    expect(await run.exited).toBe(0);
    const out = run.stdout.join('');
    expect(out).toContain('waiting for web → production to go live (timeout 2m)');
    expect(out).toMatch(/approved: web → production is live \(https:\/\/fake\.slack\.com\/archives\/C0TEST\/p\d+\)/);
    // Changes only: the same missing list is printed once however often it asked.
    const pendingLines = out.split('\n').filter((line) => line.startsWith('pending:'));
    expect(new Set(pendingLines).size).toBe(pendingLines.length);
    expect(lastCard(h.fake)).toBeDefined();
  });

  it('exits 1 when the deployment is cancelled while it waits', async () => {
    const run = runCli(waitArgs(['--token', gates, '--version', 'v3']), {});
    await run.waitFor('pending:');
    await h.bot.core.apply(id, { type: 'cancel', actor: OWNER, reason: '' });
    expect(await run.exited).toBe(1);
    expect(run.stdout.join('')).toContain('cancelled: the deployment was cancelled');
  });

  it('exits 3 when the timeout passes, and 2 for a bad token, a missing option or an API that does not answer', async () => {
    const timedOut = runCli(waitArgs(['--timeout', '1s']), { DEPLOY_CHECKLIST_TOKEN: gates });
    expect(await timedOut.exited).toBe(3);
    expect(timedOut.stdout.join('')).toContain('timed out after 1s: web → production has not gone live');

    const badToken = runCli(waitArgs(), { DEPLOY_CHECKLIST_TOKEN: 'dcl_nope' });
    expect(await badToken.exited).toBe(2);
    expect(badToken.stderr.join('')).toContain('that token is not valid');

    const usage = runCli(['wait', '--api', `http://127.0.0.1:${h.bot.port}`, '--service', 'web'], {
      DEPLOY_CHECKLIST_TOKEN: gates,
    });
    expect(await usage.exited).toBe(2);
    expect(usage.stderr.join('')).toContain('--environment is required');

    const nobody = runCli(
      ['wait', '--api', 'http://127.0.0.1:9', '--service', 'web', '--environment', 'production', '--interval', '100ms'],
      {
        DEPLOY_CHECKLIST_TOKEN: gates,
      },
    );
    expect(await nobody.exited).toBe(2);
    expect(nobody.stderr.join('')).toContain('no answer from http://127.0.0.1:9');
  });

  it('start, tick and event are thin clients of the API for shell pipelines', async () => {
    await h.bot.core.apply(id, { type: 'cancel', actor: OWNER, reason: '' });
    const env = { DEPLOY_CHECKLIST_TOKEN: ci, DEPLOY_CHECKLIST_API: `http://127.0.0.1:${h.bot.port}` };
    const start = runCli(
      [
        'start',
        '--service',
        'web',
        '--version',
        'v4',
        '--environment',
        'production',
        '--channel',
        CHANNEL,
        '--owner',
        OWNER,
        '--template',
        'small-service',
        '--idempotency-key',
        'run-7',
      ],
      env,
    );
    expect(await start.exited).toBe(0);
    const newId = start.stdout.join('').trim();
    expect(newId).toMatch(/^dep_/);
    const tick = runCli(
      [
        'tick',
        '--deployment',
        newId,
        '--item',
        'tests-green',
        '--evidence-url',
        'https://ci.example.com/7',
        '--evidence-text',
        'green',
      ],
      env,
    );
    expect(await tick.exited).toBe(0);
    const event = runCli(['event', '--deployment', newId, '--type', 'failed', '--message', 'smoke test failed'], env);
    expect(await event.exited).toBe(0);
    const deployment = await h.bot.store.deployments.load(newId);
    expect(deployment.items['tests-green']).toMatchObject({
      done: true,
      by: 'api:github-actions',
      attestation: { url: 'https://ci.example.com/7', text: 'green' },
    });
    expect(deployment.pipeline?.failure?.message).toBe('smoke test failed');
    const refused = runCli(['event', '--deployment', newId, '--type', 'exploded', '--message', 'x'], env);
    expect(await refused.exited).toBe(2);
    expect(refused.stderr.join('')).toContain('body.type');
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { databaseOf } from '../../src/store/store.ts';
import { api, createToken } from '../support/api-requests.ts';
import { CHANNEL, clickItem, findItem, type Harness, lastCard, startHarness, textOf } from '../support/bot-harness.ts';
import { threadNotices } from '../support/sign-off-steps.ts';

const OWNER = 'U0OWNER';
const LEAD = 'U0LEAD';
const SEC = 'U0SEC';

const START = {
  service: 'api',
  version: 'v1.2.0',
  environment: 'production',
  channel: CHANNEL,
  template: 'signed-service',
  owner: OWNER,
  roles: { 'tech-lead': [LEAD] },
  commit: '3f2c9e1',
  pipelineUrl: 'https://ci.example.com/runs/42',
};

describe('the HTTP API: tokens, deployments, items, events', () => {
  let h: Harness;
  let token: string;

  beforeEach(async () => {
    h = await startHarness();
    h.fake.setUserGroupMembers('S0SECURITY', [SEC]);
  });
  afterEach(async () => {
    await h.close();
  });

  async function start(body: Record<string, unknown> = START, as = token) {
    const reply = await api(h, 'POST', '/api/v1/deployments', { token: as, body });
    await h.drain();
    return reply;
  }

  async function cli(args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, {
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      cwd: process.cwd(),
      env: { DATABASE_URL: h.databaseUrl },
    });
    return { code, stdout: out.join(''), stderr: err.join('') };
  }

  it('is off until a token exists, then takes only valid tokens; a revoked token is refused', async () => {
    const off = await api(h, 'GET', '/api/v1/deployments', { token: 'dcl_whatever' });
    expect(off.status).toBe(503);
    expect(off.json.error.code).toBe('api-off');

    const created = await cli([
      'token',
      'create',
      '--name',
      'github-actions',
      '--scope',
      'deployments:write',
      '--scope',
      'gates:read',
    ]);
    expect(created.code).toBe(0);
    const secret = created.stdout.trim();
    expect(secret).toMatch(/^dcl_[A-Za-z0-9_-]{43}$/);
    // Stored hashed: the token itself is nowhere in the database.
    const rows = await databaseOf(h.bot.store).apiToken.findMany();
    expect(JSON.stringify(rows)).not.toContain(secret.slice(4));

    expect((await api(h, 'GET', '/api/v1/deployments')).status).toBe(401);
    expect((await api(h, 'GET', '/api/v1/deployments', { token: `${secret}x` })).status).toBe(401);
    const ok = await api(h, 'GET', '/api/v1/deployments', { token: secret });
    expect(ok.status).toBe(200);
    expect(ok.json.deployments).toEqual([]);

    const listed = await cli(['token', 'list']);
    expect(listed.stdout).toMatch(/github-actions\s+deployments:write,gates:read\s+\S+Z\s+\S+Z/);
    expect(listed.stdout).not.toContain(secret);

    expect((await cli(['token', 'revoke', 'github-actions'])).code).toBe(0);
    const revoked = await api(h, 'GET', '/api/v1/deployments', { token: secret });
    // No token left: the API is off again.
    expect(revoked.status).toBe(503);
    await cli(['token', 'create', '--name', 'other', '--scope', 'gates:read']);
    expect((await api(h, 'GET', '/api/v1/deployments', { token: secret })).status).toBe(401);
    expect((await cli(['token', 'create', '--name', 'x', '--scope', 'admin'])).code).toBe(2);
    // Never logged, whatever the level (the harness logs at debug).
    expect(h.logs.length).toBeGreaterThan(0);
    expect(h.logs.join('\n')).not.toContain(secret.slice(4));
  });

  it('enforces scopes: a gates:read token cannot open or tick, an items:write token cannot open', async () => {
    const gates = await createToken(h, 'argo', ['gates:read']);
    const items = await createToken(h, 'tests', ['items:write']);
    token = await createToken(h, 'github-actions', ['deployments:write']);
    const refused = await start(START, gates);
    expect(refused.status).toBe(403);
    expect(refused.json.error).toEqual({
      code: 'missing-scope',
      message: 'the token argo lacks the scope deployments:write',
    });
    expect((await start(START, items)).status).toBe(403);
    expect(await databaseOf(h.bot.store).deployment.count()).toBe(0);
    const opened = await start();
    expect(opened.status).toBe(201);
    const id = opened.json.deployment.id;
    expect(
      (await api(h, 'POST', `/api/v1/deployments/${id}/items/tests-green`, { token: gates, body: { done: true } }))
        .status,
    ).toBe(403);
    expect(
      (await api(h, 'POST', `/api/v1/deployments/${id}/items/tests-green`, { token, body: { done: true } })).status,
    ).toBe(403);
    expect(
      (await api(h, 'POST', `/api/v1/deployments/${id}/items/tests-green`, { token: items, body: { done: true } }))
        .status,
    ).toBe(200);
    expect((await api(h, 'GET', '/api/v1/gates/api/production', { token: items })).status).toBe(403);
    expect((await api(h, 'GET', '/api/v1/gates/api/production', { token: gates })).status).toBe(403);
  });

  it('refuses repeated bad tokens from one address with 429', async () => {
    token = await createToken(h, 'github-actions', ['deployments:write']);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push((await api(h, 'GET', '/api/v1/deployments', { token: `dcl_bad${i}` })).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual([429, 429]);
    const limited = await api(h, 'GET', '/api/v1/deployments', { token });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json.error.code).toBe('too-many-bad-tokens');
  });

  it('opens the thread as the slash command does, idempotently, and answers 409 with the open one', async () => {
    token = await createToken(h, 'github-actions', ['deployments:write']);
    const opened = await start({ ...START, idempotencyKey: 'run-42' });
    expect(opened.status).toBe(201);
    const deployment = opened.json.deployment;
    expect(deployment).toMatchObject({
      service: 'api',
      version: 'v1.2.0',
      environment: 'production',
      status: 'planning',
    });
    expect(deployment.pipeline).toEqual({
      commit: '3f2c9e1',
      pipelineUrl: 'https://ci.example.com/runs/42',
      failure: null,
    });
    const card = lastCard(h.fake)!;
    expect(textOf(card)).toContain('Deployment: api v1.2.0 → production');
    expect(textOf(card)).toContain('Commit `3f2c9e1`');
    expect(textOf(card)).toContain(`*Technical Lead* (<@${LEAD}>)`);

    const again = await start({ ...START, idempotencyKey: 'run-42' });
    expect(again.status).toBe(200);
    expect(again.json.deployment.id).toBe(deployment.id);
    expect(again.json.deployment.permalink).toBe(
      `https://fake.slack.com/archives/${CHANNEL}/p${card.ts.replace('.', '')}`,
    );

    const second = await start({ ...START, idempotencyKey: 'run-43' });
    expect(second.status).toBe(409);
    expect(second.json.error.code).toBe('deployment-already-open');
    expect(second.json.deployment.id).toBe(deployment.id);
    expect(await databaseOf(h.bot.store).deployment.count()).toBe(1);

    const audit = await h.bot.store.deployments.audit(deployment.id);
    expect(audit[0]).toMatchObject({ actor: 'api:github-actions', action: 'deployment-started' });
    // Each request is one log line, by route, status and refusal code.
    const lines = h.logs.map((line) => JSON.parse(line)).filter((entry) => entry.message === 'api request');
    expect(
      lines.map((entry) => `${entry.method} ${entry.route} ${entry.status}${entry.code ? ` ${entry.code}` : ''}`),
    ).toEqual([
      'POST /api/v1/deployments 201',
      'POST /api/v1/deployments 200',
      'POST /api/v1/deployments 409 deployment-already-open',
    ]);
  });

  it('resolves an owner given as an email with users.lookupByEmail', async () => {
    token = await createToken(h, 'github-actions', ['deployments:write']);
    h.fake.users.set('U0ALICE', { profile: { email: 'alice@example.com' } });
    const opened = await start({ ...START, owner: 'alice@example.com' });
    expect(opened.status).toBe(201);
    expect(opened.json.deployment.ownerId).toBe('U0ALICE');
    const unknown = await start({ ...START, environment: 'staging', owner: 'bob@example.com' });
    expect(unknown.status).toBe(422);
    expect(unknown.json.error.details).toEqual([{ path: 'body.owner', message: 'no Slack user with this email' }]);
  });

  it('answers bad input with field paths and changes nothing', async () => {
    token = await createToken(h, 'github-actions', ['deployments:write', 'items:write']);
    const bad = await start({
      ...START,
      service: 'no spaces',
      roles: { 'tech-lead': ['alice'] },
      url: 'ftp://x',
      extra: 1,
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('invalid-request');
    const paths = bad.json.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.service', 'body.roles.tech-lead.0', 'body.url', 'body']));
    expect(JSON.stringify(bad.json)).not.toContain('at ');
    const missing = await start({ service: 'api' });
    expect(missing.json.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['body.version', 'body.environment', 'body.channel', 'body.owner']),
    );
    const notJson = await api(h, 'POST', '/api/v1/deployments', { token, rawBody: '{"service":' });
    expect(notJson.status).toBe(400);
    expect(notJson.json.error.code).toBe('invalid-json');
    const template = await start({ ...START, template: 'no-such-template' });
    expect(template.status).toBe(422);
    expect(template.json.error.message).toContain('There is no template called no-such-template');
    expect(await databaseOf(h.bot.store).deployment.count()).toBe(0);

    const id = (await start()).json.deployment.id;
    const badItem = await api(h, 'POST', `/api/v1/deployments/${id}/items/tests-green`, {
      token,
      body: { done: 'yes', evidence: { url: 'not a url' } },
    });
    expect(badItem.status).toBe(400);
    expect(badItem.json.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'body.done',
      'body.evidence.url',
    ]);
    expect(
      (await api(h, 'POST', `/api/v1/deployments/${id}/items/no-such-item`, { token, body: { done: true } })).status,
    ).toBe(404);
    expect(
      (await api(h, 'POST', `/api/v1/deployments/dep_nope/items/tests-green`, { token, body: { done: true } })).status,
    ).toBe(404);
    const badEvent = await api(h, 'POST', `/api/v1/deployments/${id}/events`, {
      token,
      body: { type: 'exploded', message: '' },
    });
    expect(badEvent.json.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'body.message',
      'body.type',
    ]);
    const badQuery = await api(h, 'GET', '/api/v1/deployments?status=sideways', { token });
    expect(badQuery.status).toBe(400);
    expect(badQuery.json.error.details[0].path).toBe('query.status');
    expect((await api(h, 'GET', '/api/v1/nothing-here', { token })).status).toBe(404);
    const deployment = await h.bot.store.deployments.load(id);
    expect(Object.values(deployment.items).filter((i) => i.done)).toEqual([]);
    expect(deployment.pipeline?.failure).toBeNull();
  });

  it('ticks an item with its evidence, shown in Slack as ticked by the token; a failed event flags the card', async () => {
    token = await createToken(h, 'github-actions', ['deployments:write', 'items:write']);
    const id = (await start()).json.deployment.id;
    const parent = lastCard(h.fake)!.ts;
    const ticked = await api(h, 'POST', `/api/v1/deployments/${id}/items/tests-green`, {
      token,
      body: { done: true, note: '412 tests', evidence: { url: 'https://ci.example.com/runs/42', text: 'all green' } },
    });
    expect(ticked.status).toBe(200);
    await h.drain();
    const item = ticked.json.deployment.phases[0].items[0];
    expect(item).toMatchObject({
      key: 'tests-green',
      done: true,
      by: 'api:github-actions',
      note: '412 tests',
      evidence: { url: 'https://ci.example.com/runs/42', text: 'all green' },
    });
    const shown = findItem(h.fake, parent, 'tests-green').block.text!.text;
    expect(shown).toContain('ticked by *api:github-actions*');
    expect(shown).toContain('412 tests · all green · <https://ci.example.com/runs/42|details>');
    const audit = await h.bot.store.deployments.audit(id);
    expect(audit.at(-1)).toMatchObject({ actor: 'api:github-actions', action: 'item-ticked', itemKey: 'tests-green' });

    const failed = await api(h, 'POST', `/api/v1/deployments/${id}/events`, {
      token,
      body: { type: 'failed', message: 'helm upgrade timed out', url: 'https://ci.example.com/runs/42#step-7' },
    });
    expect(failed.status).toBe(200);
    await h.drain();
    expect(textOf(lastCard(h.fake)!)).toContain('*Pipeline failed* (api:github-actions): helm upgrade timed out');
    expect(threadNotices(h).join('\n')).toContain('helm upgrade timed out');
    const fetched = await api(h, 'GET', `/api/v1/deployments/${id}`, { token });
    expect(fetched.json.deployment.pipeline.failure).toMatchObject({
      message: 'helm upgrade timed out',
      by: 'api:github-actions',
    });
    const listed = await api(h, 'GET', '/api/v1/deployments?service=API&environment=production&status=in-progress', {
      token,
    });
    expect(listed.json.deployments.map((d: { id: string }) => d.id)).toEqual([id]);
    expect((await api(h, 'GET', '/api/v1/deployments?status=stable', { token })).json.deployments).toEqual([]);
  });

  it('loses nothing when the API and Slack tick the same deployment at once', async () => {
    token = await createToken(h, 'github-actions', ['deployments:write', 'items:write']);
    const id = (await start({ ...START, template: 'small-service', roles: undefined })).json.deployment.id;
    const parent = lastCard(h.fake)!.ts;
    const deployment = await h.bot.store.deployments.load(id);
    const keys = deployment.template.phases.flatMap((p) => p.items.map((i) => i.key));
    expect(keys.length).toBeGreaterThanOrEqual(4);
    const [a, b, c, d] = keys as [string, string, string, string];
    await Promise.all([
      api(h, 'POST', `/api/v1/deployments/${id}/items/${a}`, { token, body: { done: true } }),
      clickItem(h, parent, b, 'U0DEV'),
      api(h, 'POST', `/api/v1/deployments/${id}/items/${c}`, { token, body: { done: true } }),
      clickItem(h, parent, d, 'U0DEV2'),
    ]);
    await h.drain();
    const after = await h.bot.store.deployments.load(id);
    expect([a, b, c, d].map((k) => after.items[k]?.done)).toEqual([true, true, true, true]);
    expect(after.items[a]?.by).toBe('api:github-actions');
    expect(after.items[b]?.by).toBe('U0DEV');
  });
});

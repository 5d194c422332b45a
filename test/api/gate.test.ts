import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, createToken } from '../support/api-requests.ts';
import { CHANNEL, clickItem, type Harness, lastCard, startHarness } from '../support/bot-harness.ts';
import { clickCard, lastModal, submitSignOff } from '../support/sign-off-steps.ts';

const OWNER = 'U0OWNER';
const LEAD = 'U0LEAD';
const SEC = 'U0SEC';

describe('the gate a pipeline waits on, and Flagger’s webhooks', () => {
  let h: Harness;
  let ci: string;
  let gates: string;
  let id: string;
  let parent: string;

  beforeEach(async () => {
    h = await startHarness();
    h.fake.setUserGroupMembers('S0SECURITY', [SEC]);
    ci = await createToken(h, 'github-actions', ['deployments:write', 'items:write']);
    gates = await createToken(h, 'flagger', ['gates:read']);
    const opened = await api(h, 'POST', '/api/v1/deployments', {
      token: ci,
      body: {
        service: 'api',
        version: 'v1.2.0',
        environment: 'production',
        channel: CHANNEL,
        template: 'signed-service',
        owner: OWNER,
        roles: { 'tech-lead': [LEAD] },
      },
    });
    expect(opened.status).toBe(201);
    id = opened.json.deployment.id;
    await h.drain();
    parent = lastCard(h.fake)!.ts;
  });
  afterEach(async () => {
    await h.close();
  });

  const gate = (query = '') => api(h, 'GET', `/api/v1/gates/api/production${query}`, { token: gates });
  const flagger = (hook: string | undefined, token = gates) =>
    api(h, 'POST', '/api/v1/hooks/flagger', {
      // What Flagger sends: the canary's name, namespace, phase and checksum, and the webhook entry's metadata.
      body: {
        name: 'api',
        namespace: 'prod',
        phase: 'Progressing',
        checksum: '85d557f47b',
        metadata: { service: 'api', environment: 'production', token, ...(hook ? { hook } : {}) },
      },
    });

  async function signOff(userId: string, roleKey: string) {
    await clickCard(h, 'sign-off', userId);
    await submitSignOff(h, userId, roleKey, 'approve');
    await h.drain();
  }

  async function quorum() {
    await api(h, 'POST', `/api/v1/deployments/${id}/items/tests-green`, { token: ci, body: { done: true } });
    await clickItem(h, parent, 'tls-valid', 'U0DEV');
    await h.drain();
    await signOff(LEAD, 'tech-lead');
    await signOff(SEC, 'security');
  }

  async function goLive() {
    await clickCard(h, 'go-live', OWNER);
    await h.drain();
  }

  it('is pending (403) with what is missing, then approved (200) once the deployment went live', async () => {
    const pending = await gate();
    expect(pending.status).toBe(403);
    expect(pending.json).toMatchObject({ state: 'pending', found: true, deploymentId: id, version: 'v1.2.0' });
    expect(pending.json.missing).toEqual([
      `Sign-off missing: Technical Lead (assigned: @${LEAD})`,
      `Sign-off missing: Security Review (assigned: @${SEC})`,
      'Required item open: All tests pass (Pre-deployment)',
      'Required item open: TLS certificate is valid (Pre-deployment)',
      'Go-live: not pressed yet',
    ]);
    expect((await flagger('confirm-rollout')).status).toBe(403);
    await quorum();
    const ready = await gate();
    expect(ready.status).toBe(403);
    expect(ready.json.missing).toEqual(['Go-live: everything is in; the owner presses Go live']);
    await goLive();
    const approved = await gate();
    expect(approved.status).toBe(200);
    expect(approved.json).toMatchObject({ state: 'approved', missing: [], goLiveAt: h.clock.now().toISOString() });
    expect(approved.json.permalink).toContain(`/archives/${CHANNEL}/p`);
    expect((await flagger('confirm-rollout')).status).toBe(200);
    expect((await flagger('confirm-promotion')).status).toBe(200);
    expect((await flagger(undefined)).status).toBe(200);
  });

  it('turns pending again when a sign-off goes stale before go-live; after go-live it stays approved', async () => {
    await quorum();
    await clickItem(h, parent, 'tls-valid', 'U0DEV');
    await h.drain();
    const stale = await gate();
    expect(stale.status).toBe(403);
    expect(stale.json.missing).toContain('Required item open: TLS certificate is valid (Pre-deployment)');
    expect(stale.json.missing.join('\n')).toMatch(
      /Sign-off stale: Security Review \("TLS certificate is valid" was unticked after signing/,
    );
    expect(stale.json.missing.join('\n')).toMatch(
      /Sign-off stale: Technical Lead \("TLS certificate is valid" was unticked after signing/,
    );
    await clickItem(h, parent, 'tls-valid', 'U0DEV');
    await h.drain();
    // Both roles covered the item: both sign again.
    await signOff(LEAD, 'tech-lead');
    await signOff(SEC, 'security');
    await goLive();
    expect((await gate()).status).toBe(200);
    // After go-live an untick still makes the sign-off stale in Slack, but the deployment went live: still approved.
    await clickItem(h, parent, 'tls-valid', 'U0DEV');
    await h.drain();
    const live = await gate();
    expect(live.status).toBe(200);
    expect(live.json.state).toBe('approved');
  });

  it('shuts for good (410) on a rejection, and answers 200 with the state in the body for ?format=json', async () => {
    await clickCard(h, 'sign-off', SEC);
    await submitSignOff(h, SEC, 'security', 'reject', { reason: 'HSTS header missing' });
    await h.drain();
    const rejected = await gate();
    expect(rejected.status).toBe(410);
    expect(rejected.json).toMatchObject({
      state: 'rejected',
      reason: 'Security Review rejected by @U0SEC: HSTS header missing',
    });
    const json = await gate('?format=json');
    expect(json.status).toBe(200);
    expect(json.json).toEqual(rejected.json);
    expect((await flagger('confirm-rollout')).status).toBe(410);
  });

  it('answers 410 rolled-back after Start rollback in Slack, and Flagger’s rollback hook then answers 200', async () => {
    await quorum();
    await goLive();
    const waiting = await flagger('rollback');
    expect(waiting.status).toBe(403);
    expect(waiting.json).toMatchObject({ rollback: false, state: 'approved' });
    await clickCard(h, 'start-rollback', OWNER);
    const modal = lastModal(h);
    await h.slack.viewSubmission({
      userId: OWNER,
      callbackId: modal.callbackId,
      privateMetadata: modal.privateMetadata,
      values: { reason: { reason: 'payments failing for EU cards' } },
    });
    await h.drain();
    const rolledBack = await gate();
    expect(rolledBack.status).toBe(410);
    expect(rolledBack.json).toMatchObject({ state: 'rolled-back', reason: 'payments failing for EU cards' });
    const rollback = await flagger('rollback');
    expect(rollback.status).toBe(200);
    expect(rollback.json).toMatchObject({ rollback: true, state: 'rolled-back', deploymentId: id });
  });

  it('names the version: another version’s gate, or a deployment not opened yet, is not this one', async () => {
    const other = await gate('?version=v9.9.9');
    expect(other.status).toBe(404);
    expect(other.json.error.code).toBe('deployment-not-found');
    const json = await gate('?version=v9.9.9&format=json');
    expect(json.status).toBe(200);
    expect(json.json).toMatchObject({
      state: 'pending',
      found: false,
      missing: ['No deployment of api v9.9.9 to production has been opened yet'],
    });
    expect((await gate('?version=v1.2.0')).json.deploymentId).toBe(id);
    const badVersion = await gate('?version=has%20space');
    expect(badVersion.status).toBe(400);
    expect(badVersion.json.error.details[0].path).toBe('query.version');
  });

  it('authenticates Flagger by the token in metadata: a wrong or missing token is 401, a write-only token 403', async () => {
    expect((await flagger('confirm-rollout', 'dcl_wrong')).status).toBe(401);
    expect((await flagger('confirm-rollout', ci)).status).toBe(403);
    const noMetadata = await api(h, 'POST', '/api/v1/hooks/flagger', {
      body: { name: 'api', namespace: 'prod', phase: 'Progressing' },
    });
    expect(noMetadata.status).toBe(401);
  });
});

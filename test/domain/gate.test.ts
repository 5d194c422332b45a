import { describe, expect, it } from 'vitest';
import { applyEvent } from '../../src/domain/apply-event.ts';
import type { Deployment } from '../../src/domain/deployment.ts';
import { gateOf, rollbackRequested } from '../../src/domain/gate.ts';
import { approval, buildDeployment, done, T0 } from '../support/deployment-builder.ts';

const READY: Partial<Deployment> = {
  items: done('tests', 'tls'),
  signOffs: [approval('lead', 'ULEAD'), approval('sec', 'USEC')],
};

describe('the gate of a deployment', () => {
  it.each<[string, Partial<Deployment>, string]>([
    ['nothing done yet', {}, 'pending'],
    ['the quorum in, not live yet', READY, 'pending'],
    ['live with the quorum', { ...READY, goLiveAt: T0, status: 'deployed' }, 'approved'],
    [
      'live with the owner’s override',
      { goLiveAt: T0, goLiveOverride: 'hotfix for the outage', status: 'deployed' },
      'approved',
    ],
    ['verified stable and closed', { ...READY, goLiveAt: T0, status: 'stable', closedAt: T0 }, 'approved'],
    [
      'a required role rejected',
      { signOffs: [approval('sec', 'USEC', { decision: 'reject', reason: 'no HSTS header' })] },
      'rejected',
    ],
    [
      'an optional role rejected',
      { signOffs: [approval('po', 'UPO', { decision: 'reject', reason: 'copy is wrong' })] },
      'pending',
    ],
    ['cancelled', { status: 'cancelled', closedAt: T0 }, 'cancelled'],
    ['rolling back after go-live', { goLiveAt: T0, status: 'rolling-back', rollbackReason: 'errors' }, 'rolled-back'],
    ['rolled back', { goLiveAt: T0, status: 'rolled-back', closedAt: T0 }, 'rolled-back'],
  ])('%s: %s', (_name, overrides, state) => {
    expect(gateOf(buildDeployment(overrides)).state).toBe(state);
  });

  it('lists what is missing in plain words, and only the press of Go live once everything is in', () => {
    expect(gateOf(buildDeployment()).missing).toEqual([
      'Sign-off missing: Lead (assigned: @ULEAD)',
      'Sign-off missing: Security (assigned: @USEC)',
      'Required item open: Tests pass (Pre)',
      'Required item open: TLS valid (Pre)',
      'Go-live: not pressed yet',
    ]);
    expect(gateOf(buildDeployment(READY)).missing).toEqual(['Go-live: everything is in; the owner presses Go live']);
  });

  it('turns pending again when an untick makes a sign-off stale before go-live, and stays approved after', () => {
    const untick = { type: 'set-item' as const, actor: 'UDEV', itemKey: 'tls', done: false };
    const before = applyEvent(buildDeployment(READY), untick, T0);
    if (!before.ok) throw new Error(before.userMessage);
    expect(gateOf(before.deployment).state).toBe('pending');
    expect(gateOf(before.deployment).missing.join('\n')).toContain('Sign-off stale: Security');
    const live = buildDeployment({ ...READY, goLiveAt: T0, status: 'deployed' });
    const after = applyEvent(live, untick, T0);
    if (!after.ok) throw new Error(after.userMessage);
    expect(after.deployment.signOffs.some((s) => s.staleAt !== null)).toBe(true);
    expect(gateOf(after.deployment).state).toBe('approved');
  });

  it('says a rollback was asked for once one is started', () => {
    expect(rollbackRequested(buildDeployment({ goLiveAt: T0, status: 'deployed' }))).toBe(false);
    expect(rollbackRequested(buildDeployment({ goLiveAt: T0, status: 'rolling-back' }))).toBe(true);
  });
});

describe('what a pipeline reports', () => {
  const report = (kind: 'deployed' | 'failed' | 'note', message = 'helm upgrade timed out') =>
    ({ type: 'pipeline-event', actor: 'api:ci', kind, message, url: 'https://ci.example.com/1' }) as const;

  it('flags the card on failed until it reports deployed, and never changes the status', () => {
    const failed = applyEvent(buildDeployment(), report('failed'), T0, { kind: 'api', token: 'ci' });
    if (!failed.ok) throw new Error(failed.userMessage);
    expect(failed.deployment.pipeline?.failure).toEqual({
      message: 'helm upgrade timed out',
      url: 'https://ci.example.com/1',
      at: T0,
      by: 'api:ci',
    });
    expect(failed.deployment.status).toBe('in-progress');
    expect(failed.audit).toEqual([
      {
        actor: 'api:ci',
        action: 'pipeline-failed',
        data: { message: 'helm upgrade timed out', url: 'https://ci.example.com/1' },
      },
    ]);
    const note = applyEvent(failed.deployment, report('note', 'retrying'), T0);
    if (!note.ok) throw new Error(note.userMessage);
    expect(note.deployment.pipeline?.failure?.message).toBe('helm upgrade timed out');
    const deployed = applyEvent(note.deployment, report('deployed', 'done'), T0);
    if (!deployed.ok) throw new Error(deployed.userMessage);
    expect(deployed.deployment.pipeline?.failure).toBeNull();
  });

  it('is refused on a closed deployment', () => {
    const closed = applyEvent(buildDeployment({ status: 'cancelled', closedAt: T0 }), report('note'), T0);
    expect(closed.ok ? 'stored' : closed.code).toBe('deployment-closed');
  });
});

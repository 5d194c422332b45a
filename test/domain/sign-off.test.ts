import { describe, expect, it } from 'vitest';
import { applyEvent } from '../../src/domain/apply-event.ts';
import { emptyItemState } from '../../src/domain/deployment.ts';
import { goLiveBlockers, markStale, maySign, roleViews, type StaleTrigger } from '../../src/domain/sign-off.ts';
import { approval, buildDeployment, done, T0 } from '../support/deployment-builder.ts';

describe('who may sign', () => {
  it.each([
    ['an assignee of the role', {}, 'lead', 'ULEAD', 'ok'],
    ['someone not assigned', {}, 'lead', 'USEC', 'not-assigned'],
    ['an unknown role', {}, 'nope', 'ULEAD', 'unknown-role'],
    ['the owner, on a required role', { roles: { lead: ['UOWNER'] } }, 'lead', 'UOWNER', 'owner-cannot-sign'],
    ['the owner, on an optional role', { roles: { po: ['UOWNER'] } }, 'po', 'UOWNER', 'ok'],
    [
      'a person who signed another required role',
      { roles: { lead: ['UX'], sec: ['UX'] }, signOffs: [approval('lead', 'UX')] },
      'sec',
      'UX',
      'one-person-two-roles',
    ],
    [
      'a person whose other sign-off went stale',
      { roles: { lead: ['UX'], sec: ['UX'] }, signOffs: [approval('lead', 'UX', { staleAt: T0 })] },
      'sec',
      'UX',
      'ok',
    ],
  ])('%s', (_name, overrides, roleKey, userId, expected) => {
    const check = maySign(buildDeployment(overrides), roleKey, userId);
    expect(check.ok ? 'ok' : check.code).toBe(expected);
  });

  it('honours a template that allows the owner to sign', () => {
    const deployment = buildDeployment({ roles: { lead: ['UOWNER'] } });
    deployment.template = {
      ...deployment.template,
      separationOfDuties: { ownerMaySignRequired: true, onePersonManyRequiredRoles: false },
    };
    expect(maySign(deployment, 'lead', 'UOWNER').ok).toBe(true);
  });
});

describe('quorum for go-live', () => {
  it.each([
    [
      'nothing done',
      {},
      [
        'Sign-off missing: *Lead*',
        'Sign-off missing: *Security*',
        'Required item open: Tests pass',
        'Required item open: TLS valid',
      ],
    ],
    [
      'everything done',
      { items: done('tests', 'tls'), signOffs: [approval('lead', 'ULEAD'), approval('sec', 'USEC')] },
      [],
    ],
    [
      'optional role and item need not be done',
      {
        items: done('tests', 'tls'),
        signOffs: [approval('lead', 'ULEAD'), approval('sec', 'USEC')],
        roles: { lead: ['ULEAD'], sec: ['USEC'] },
      },
      [],
    ],
    [
      'a rejection blocks',
      {
        items: done('tests', 'tls'),
        signOffs: [approval('lead', 'ULEAD'), approval('sec', 'USEC', { decision: 'reject', reason: 'no HSTS' })],
      },
      ['Sign-off rejected: *Security* by <@USEC>: no HSTS'],
    ],
    [
      'a later approval replaces a rejection',
      {
        items: done('tests', 'tls'),
        signOffs: [
          approval('lead', 'ULEAD'),
          approval('sec', 'USEC', { id: 'a', decision: 'reject', reason: 'x' }),
          approval('sec', 'USEC', { id: 'b' }),
        ],
      },
      [],
    ],
    [
      'a stale approval blocks with its reason',
      {
        items: done('tests', 'tls'),
        signOffs: [approval('lead', 'ULEAD', { staleAt: T0, staleReason: 'version changed' }), approval('sec', 'USEC')],
      },
      ['Sign-off stale: *Lead* (version changed; assigned: <@ULEAD>)'],
    ],
    [
      'a failing required probe blocks',
      {
        items: {
          ...done('tests'),
          tls: {
            ...emptyItemState('tls'),
            done: true,
            evidence: { probeRunId: 'r', outcome: 'fail' as const, summary: 'cert expired', at: T0 },
          },
        },
        signOffs: [approval('lead', 'ULEAD'), approval('sec', 'USEC')],
      },
      ['Required probe failing: TLS valid: cert expired'],
    ],
  ])('%s', (_name, overrides, expected) => {
    const blockers = goLiveBlockers(buildDeployment(overrides));
    expect(blockers).toHaveLength(expected.length);
    for (const [i, text] of expected.entries()) expect(blockers[i]).toContain(text);
  });
});

describe('staleness', () => {
  const signed = () =>
    buildDeployment({
      items: done('tests', 'tls'),
      signOffs: [approval('lead', 'ULEAD'), approval('sec', 'USEC'), approval('po', 'UPO')],
    });
  it.each<[string, StaleTrigger, string[]]>([
    // "po" lists no covers, so it vouches for every required pre-deployment item.
    [
      'unticking a required item covered through its phase',
      { kind: 'item-unticked', itemKey: 'tests' },
      ['lead', 'po'],
    ],
    ['unticking an item covered directly', { kind: 'item-unticked', itemKey: 'tls' }, ['lead', 'sec', 'po']],
    ['unticking an optional item', { kind: 'item-unticked', itemKey: 'docs' }, []],
    ['unticking an item no role covers', { kind: 'item-unticked', itemKey: 'errors' }, []],
    ['a probe that passed now failing', { kind: 'probe-failed', itemKey: 'tls' }, ['lead', 'sec', 'po']],
    ['a version change', { kind: 'version-changed', from: 'v1', to: 'v2' }, ['lead', 'sec', 'po']],
    ['removing the signer from the role', { kind: 'unassigned', roleKey: 'sec', userIds: ['USEC'] }, ['sec']],
  ])('%s', (_name, trigger, expectedRoles) => {
    const { stale, signOffs } = markStale(signed(), trigger, T0);
    expect(stale.map((s) => s.roleKey)).toEqual(expectedRoles);
    expect(signOffs.filter((s) => s.staleAt !== null).map((s) => s.roleKey)).toEqual(expectedRoles);
  });

  it('keeps a rejection standing when an item is unticked', () => {
    const deployment = buildDeployment({ signOffs: [approval('lead', 'ULEAD', { decision: 'reject', reason: 'x' })] });
    expect(markStale(deployment, { kind: 'item-unticked', itemKey: 'tests' }, T0).stale).toEqual([]);
  });

  it('shows the role as stale until someone signs again', () => {
    const deployment = buildDeployment({ signOffs: [approval('lead', 'ULEAD', { staleAt: T0, staleReason: 'why' })] });
    expect(roleViews(deployment).find((v) => v.role.key === 'lead')?.status).toBe('stale');
  });
});

describe('applyEvent for sign-offs and go-live', () => {
  it.each([
    [
      'reject without a reason',
      { type: 'sign-off' as const, actor: 'USEC', id: 's1', roleKey: 'sec', decision: 'reject' as const },
      'reason-required',
    ],
    ['go live while blocked', { type: 'go-live' as const, actor: 'UOWNER' }, 'go-live-blocked'],
    [
      'override by someone else',
      { type: 'go-live' as const, actor: 'ULEAD', override: 'a long enough reason' },
      'not-owner',
    ],
    [
      'override with a short reason',
      { type: 'go-live' as const, actor: 'UOWNER', override: 'short' },
      'reason-required',
    ],
    [
      'assign roles as non-owner',
      { type: 'assign-roles' as const, actor: 'ULEAD', assignments: { lead: ['ULEAD'] } },
      'not-owner',
    ],
    [
      'assign an unknown role',
      { type: 'assign-roles' as const, actor: 'UOWNER', assignments: { qa: ['U1'] } },
      'unknown-role',
    ],
    [
      'verify before go-live',
      {
        type: 'verify' as const,
        actor: 'ULEAD',
        id: 'v',
        roleKey: 'lead',
        issues: 'none' as const,
        status: 'stable' as const,
      },
      'not-live',
    ],
  ])('refuses to %s', (_name, event, code) => {
    const result = applyEvent(buildDeployment(), event, T0);
    expect(result.ok ? 'ok' : result.code).toBe(code);
  });

  it('closes the deployment as stable when the verifiers say so', () => {
    const live = buildDeployment({ goLiveAt: T0, status: 'deployed' });
    const result = applyEvent(
      live,
      { type: 'verify', actor: 'ULEAD', id: 'v1', roleKey: 'lead', issues: 'none', status: 'stable' },
      T0,
    );
    expect(result.ok && result.deployment.status).toBe('stable');
    expect(result.ok && result.deployment.closedAt).toEqual(T0);
  });
});

import { describe, expect, it } from 'vitest';
import { applyEvent } from '../../src/domain/apply-event.ts';
import type { Deployment } from '../../src/domain/deployment.ts';
import { myHome } from '../../src/domain/home.ts';
import { homeRefreshJobs } from '../../src/domain/home-refresh.ts';
import { ZTemplate } from '../../src/domain/template.ts';
import { approval, buildDeployment, DOMAIN_TEMPLATE, done, T0 } from '../support/deployment-builder.ts';

const WITH_CHECK_IN = ZTemplate.parse({
  ...DOMAIN_TEMPLATE,
  checkIns: [{ key: '1h', after: '1h', title: 'One hour in', mention: ['po'] }],
});

const failing = {
  tls: {
    key: 'tls',
    done: false,
    flagged: true,
    by: null,
    at: null,
    note: null,
    evidence: { probeRunId: 'run_1', outcome: 'fail' as const, summary: 'certificate expired', at: T0 },
  },
};

/** Deployments newest first, as the store lists them, each concerning UME differently. */
function deployments(): Deployment[] {
  return [
    buildDeployment({ id: 'dep_other', service: 'other', ownerId: 'USOMEONE', roles: { lead: ['UX'] } }),
    buildDeployment({ id: 'dep_own', service: 'own', ownerId: 'UME', items: failing }),
    // UME holds the security role and has signed: nothing owed.
    buildDeployment({ id: 'dep_role', service: 'role', roles: { sec: ['UME'] }, signOffs: [approval('sec', 'UME')] }),
    // A check-in asks the product role, held by UME, and nobody answered it.
    buildDeployment({
      id: 'dep_check_in',
      service: 'checked',
      status: 'deployed',
      goLiveAt: T0,
      template: WITH_CHECK_IN,
      roles: { po: ['UME'] },
      checkIns: {
        '1h': {
          key: '1h',
          sentAt: T0,
          messageTs: '2.0',
          snoozedUntil: null,
          escalatedAt: null,
          answeredAt: null,
          answeredBy: null,
          answer: null,
          note: null,
        },
      },
    }),
    buildDeployment({ id: 'dep_sign', service: 'sign', roles: { lead: ['UME'] } }),
    buildDeployment({ id: 'dep_closed', service: 'closed', ownerId: 'UME', status: 'cancelled', closedAt: T0 }),
  ];
}

describe('"My deploys"', () => {
  it('puts what you owe first, then your roles, your own, and the rest; failing probes across yours', () => {
    const home = myHome(deployments(), 'UME', null);
    expect(home.owe.map((e) => e.service)).toEqual(['checked', 'sign']);
    expect(home.owe[0]?.checkInsAskingYou).toEqual(['One hour in']);
    expect(home.owe[1]?.awaitingYou).toEqual(['Lead']);
    expect(home.roles.map((e) => e.service)).toEqual(['role']);
    expect(home.own.map((e) => e.service)).toEqual(['own']);
    expect(home.others.map((e) => e.service)).toEqual(['other']);
    expect(home.failingProbes).toEqual([
      {
        deployment: expect.objectContaining({ id: 'dep_own', service: 'own' }),
        itemText: 'TLS valid',
        summary: 'certificate expired',
        at: T0,
      },
    ]);
  });

  it('a check-in answered no longer asks anyone', () => {
    const [checked] = deployments().filter((d) => d.id === 'dep_check_in') as [Deployment];
    const answered = applyEvent(checked, { type: 'check-in-answer', actor: 'UME', key: '1h', answer: 'stable' }, T0);
    if (!answered.ok) throw new Error(answered.userMessage);
    // The plan's last check-in answered stable closes it: off everyone's Home, and UME's is republished.
    expect(myHome([answered.deployment], 'UME', null).owe).toEqual([]);
    expect(answered.jobs?.filter((job) => job.kind === 'publish-home').map((job) => job.payload?.userId)).toContain(
      'UME',
    );
  });
});

describe('which Homes a change republishes', () => {
  const people = (jobs: ReturnType<typeof homeRefreshJobs>) => jobs.map((job) => job.payload?.userId).sort();

  it('everyone a new deployment concerns, and whoever a change concerns; a tick concerns nobody', () => {
    const fresh = buildDeployment();
    expect(people(homeRefreshJobs(undefined, fresh, T0))).toEqual(['ULEAD', 'UOWNER', 'UPO', 'USEC']);
    const tick = applyEvent(fresh, { type: 'set-item', actor: 'UOWNER', itemKey: 'tests', done: true }, T0);
    expect(tick.ok && tick.jobs?.filter((job) => job.kind === 'publish-home')).toEqual([]);
    // Assigned and removed: both see it change; the others hold the same as before.
    const assigned = applyEvent(fresh, { type: 'assign-roles', actor: 'UOWNER', assignments: { sec: ['UNEW'] } }, T0);
    expect(assigned.ok && people(assigned.jobs?.filter((job) => job.kind === 'publish-home') ?? [])).toEqual([
      'UNEW',
      'USEC',
    ]);
    const signed = applyEvent(
      { ...fresh, items: done('tests') },
      { type: 'sign-off', actor: 'ULEAD', id: 'sig_1', roleKey: 'lead', decision: 'approve' },
      T0,
    );
    expect(signed.ok && people(signed.jobs?.filter((job) => job.kind === 'publish-home') ?? [])).toEqual(['ULEAD']);
    const job = homeRefreshJobs(undefined, fresh, T0)[0];
    expect(job).toMatchObject({ deploymentId: 'dep_1', dedupeKey: 'publish-home:T1:UOWNER', dueAt: T0 });
  });

  it('a failing probe concerns the owner and every assignee', () => {
    const fresh = buildDeployment();
    const failed = applyEvent(
      fresh,
      {
        type: 'probe-results',
        actor: 'UOWNER',
        runId: 'run_1',
        report: '',
        entries: [
          {
            itemKey: 'tls',
            kind: 'tls',
            target: 'https://api.example.com',
            outcome: 'fail',
            summary: 'certificate expired',
            failing: ['expired'],
            warnings: [],
            attempts: 1,
            durationMs: 3,
          },
        ],
      },
      T0,
    );
    expect(failed.ok && people(failed.jobs?.filter((job) => job.kind === 'publish-home') ?? [])).toEqual([
      'ULEAD',
      'UOWNER',
      'UPO',
      'USEC',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { emptyItemState } from '../../src/domain/deployment.ts';
import { GITHUB_JOB, githubDecision, githubFollowUps, githubStatusReport } from '../../src/domain/github-gate.ts';
import { approval, buildDeployment, done, T0 } from '../support/deployment-builder.ts';

const THREAD = 'https://acme.slack.com/archives/C1/p10';

describe('what a waiting GitHub run is told', () => {
  it('a report shows progress, what stands in the way, probe results and the thread, within 1,024 characters', () => {
    const deployment = buildDeployment({
      items: {
        ...done('tests'),
        tls: {
          ...emptyItemState('tls'),
          evidence: { probeRunId: 'run_1', outcome: 'fail', summary: 'expires in 3 days', at: T0 },
        },
      },
      signOffs: [approval('lead', 'ULEAD')],
    });
    const report = githubStatusReport(deployment, THREAD);
    expect(report.text.split('\n')).toEqual([
      '**api v1 → production**: waiting for go-live (1 of 4 items done)',
      'Required items open: 1',
      '- Sign-off missing: Security (assigned: @USEC)',
      '- Required probe failing: TLS valid: expires in 3 days',
      '- Go-live: not pressed yet',
      'Probes: tls: fail',
      `[Deployment thread](${THREAD})`,
    ]);
    const long = githubStatusReport(buildDeployment({ service: 'x'.repeat(2000) }), THREAD);
    expect(long.text.length).toBe(1024);
  });

  it('a report is worth sending again when a sign-off or a probe changes, not when one of several items is ticked', () => {
    const before = githubStatusReport(buildDeployment(), THREAD);
    const oneTicked = githubStatusReport(buildDeployment({ items: done('tests') }), THREAD);
    const signed = githubStatusReport(buildDeployment({ signOffs: [approval('sec', 'USEC')] }), THREAD);
    expect(oneTicked.key).toBe(before.key);
    expect(oneTicked.text).not.toBe(before.text);
    expect(signed.key).not.toBe(before.key);
  });

  it('the answer: approved once live (with who and any override), rejected once cancelled (with who and why), else none', () => {
    expect(githubDecision(buildDeployment(), THREAD)).toBeUndefined();
    const rejectedRole = buildDeployment({
      signOffs: [approval('sec', 'USEC', { decision: 'reject', reason: 'no HSTS' })],
    });
    expect(githubDecision(rejectedRole, THREAD)).toBeUndefined();
    expect(githubStatusReport(rejectedRole, THREAD).text).toContain('Rejected: Security rejected by @USEC: no HSTS');
    expect(
      githubDecision(
        buildDeployment({ goLiveAt: T0, goLiveBy: 'UOWNER', goLiveOverride: 'hotfix', status: 'deployed' }),
        THREAD,
      ),
    ).toEqual({
      state: 'approved',
      comment: `api v1 → production went live in the checklist by @UOWNER without the quorum (hotfix). Thread: ${THREAD}`,
    });
    expect(
      githubDecision(buildDeployment({ status: 'cancelled', closedAt: T0 }), null, {
        by: 'UOWNER',
        reason: 'wrong build',
      }),
    ).toEqual({
      state: 'rejected',
      comment: 'api v1 → production: the deployment was cancelled in the checklist by @UOWNER: wrong build.',
    });
  });

  it('a change schedules the answer once final, a report before, and nothing without a waiting run', () => {
    expect(githubFollowUps(buildDeployment(), T0)).toEqual([]);
    expect(githubFollowUps(buildDeployment({ githubRuns: 1 }), T0).map((job) => job.kind)).toEqual([
      GITHUB_JOB.statusReport,
    ]);
    expect(
      githubFollowUps(buildDeployment({ githubRuns: 2, goLiveAt: T0, status: 'deployed' }), T0).map((job) => job.kind),
    ).toEqual([GITHUB_JOB.decision]);
  });
});

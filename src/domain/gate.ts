import type { Deployment } from './deployment.ts';
import { mrkdwnToPlain } from './render/mrkdwn.ts';
import { goLiveBlockers, roleViews } from './sign-off.ts';

/** What a pipeline waiting on the checklist is told (docs/pipeline.md). */
export type GateState = 'approved' | 'pending' | 'rejected' | 'cancelled' | 'rolled-back';

export type Gate = {
  state: GateState;
  /** What still stands between the deployment and go-live, in plain text (pending only). */
  missing: string[];
  /** Why the gate is shut for good (rejected, cancelled, rolled back). */
  reason: string | null;
};

/**
 * The gate of one deployment: approved once it went live (the quorum, required items and probes, or the owner's
 * audited override: go-live decides, so the gate has no rule of its own) and stays approved unless it is rolled back;
 * shut for good once cancelled, rolled back (a rollback started counts), or refused by a required role's rejection
 * that stands; pending otherwise, with what is missing. A sign-off gone stale before go-live is missing again.
 */
export function gateOf(deployment: Deployment): Gate {
  if (deployment.status === 'cancelled')
    return { state: 'cancelled', missing: [], reason: 'the deployment was cancelled' };
  if (deployment.status === 'rolling-back' || deployment.status === 'rolled-back') {
    return { state: 'rolled-back', missing: [], reason: deployment.rollbackReason ?? 'a rollback was started' };
  }
  if (deployment.goLiveAt) return { state: 'approved', missing: [], reason: null };
  const rejected = roleViews(deployment).find((view) => view.role.required && view.status === 'rejected');
  if (rejected?.current) {
    return {
      state: 'rejected',
      missing: [],
      reason: `${rejected.role.title} rejected by @${rejected.current.userId}: ${rejected.current.reason ?? ''}`.trim(),
    };
  }
  const blockers = goLiveBlockers(deployment).map(mrkdwnToPlain);
  return {
    state: 'pending',
    missing: [
      ...blockers,
      blockers.length === 0 ? 'Go-live: everything is in; the owner presses Go live' : 'Go-live: not pressed yet',
    ],
    reason: null,
  };
}

/** Whether someone started a rollback in Slack: the answer Flagger's `rollback` hook waits for. */
export function rollbackRequested(deployment: Deployment): boolean {
  return deployment.status === 'rolling-back' || deployment.status === 'rolled-back';
}

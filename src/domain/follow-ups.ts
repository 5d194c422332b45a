import { checkInPlan, escalationDueAt, nextRollbackReminder } from './check-ins.ts';
import { type Deployment, isClosed } from './deployment.ts';
import type { DeploymentEvent } from './deployment-event.ts';
import type { FollowUpJob } from './follow-up-job.ts';
import { githubFollowUps } from './github-gate.ts';
import { CHECK_IN_JOB_KINDS, JOB, VERIFICATION_JOB_KINDS } from './job-kinds.ts';
import { renderRollbackProcedure } from './render/render-check-in.ts';

export type { FollowUpJob };

export const CHECK_IN_JOB = JOB.checkIn;
export const ESCALATION_JOB = JOB.escalation;
export const ROLLBACK_REMINDER_JOB = JOB.rollbackReminder;
export const BASELINE_PROBES_JOB = JOB.baselineProbes;

/** One chain job per deployment walks the check-in plan; it defers itself to the next due time after each post. */
export function checkInJob(deployment: Deployment, dueAt: Date): FollowUpJob {
  return {
    deploymentId: deployment.id,
    kind: CHECK_IN_JOB,
    dueAt,
    dedupeKey: `${CHECK_IN_JOB}:${deployment.id}`,
    reschedule: true,
  };
}

/**
 * What going live schedules, in the same transaction as the go-live itself: the rollback procedure in the
 * thread, a baseline probe run for later comparison, the first check-in and the first rollback reminder.
 */
export function goLiveFollowUps(deployment: Deployment): FollowUpJob[] {
  const goLiveAt = deployment.goLiveAt;
  if (!goLiveAt) return [];
  const jobs: FollowUpJob[] = [
    {
      deploymentId: deployment.id,
      kind: JOB.postThreadMessage,
      dueAt: goLiveAt,
      payload: { text: renderRollbackProcedure(deployment) },
    },
    {
      deploymentId: deployment.id,
      kind: BASELINE_PROBES_JOB,
      dueAt: goLiveAt,
      dedupeKey: `${BASELINE_PROBES_JOB}:${deployment.id}`,
    },
  ];
  const first = checkInPlan(deployment.template, goLiveAt)[0];
  if (first) jobs.push(checkInJob(deployment, first.dueAt));
  const reminder = nextRollbackReminder({ template: deployment.template, goLiveAt, lastSentAt: null, now: goLiveAt });
  if (reminder) {
    jobs.push({
      deploymentId: deployment.id,
      kind: ROLLBACK_REMINDER_JOB,
      dueAt: reminder.dueAt,
      dedupeKey: `${ROLLBACK_REMINDER_JOB}:${deployment.id}`,
      reschedule: true,
    });
  }
  return jobs;
}

/**
 * The jobs an event schedules besides re-rendering and notices: after go-live the rollback plan, the baseline probe
 * run, the first check-in and reminder; a snooze moves the check-in; a posted check-in waits for its escalation; and
 * for a deployment GitHub runs wait for, their status report or answer.
 */
export function followUpJobs(event: DeploymentEvent, deployment: Deployment, now: Date): FollowUpJob[] {
  return [...eventFollowUps(event, deployment, now), ...githubFollowUps(deployment, now)];
}

function eventFollowUps(event: DeploymentEvent, deployment: Deployment, now: Date): FollowUpJob[] {
  switch (event.type) {
    case 'go-live':
      return goLiveFollowUps(deployment);
    case 'check-in-snooze':
      return [checkInJob(deployment, deployment.checkIns[event.key]?.snoozedUntil ?? now)];
    case 'check-in-sent':
      return [
        {
          deploymentId: deployment.id,
          kind: ESCALATION_JOB,
          dueAt: escalationDueAt(now, deployment.template),
          dedupeKey: `${ESCALATION_JOB}:${deployment.id}:${event.key}`,
          reschedule: true,
          payload: { key: event.key },
        },
      ];
    default:
      return [];
  }
}

/**
 * Pending work a change makes pointless, by job kind: closing or rolling back ends verification (check-ins,
 * escalations, reminders); stopping check-ins ends those alone. Cancelled in the change's own transaction.
 */
export function obsoleteJobKinds(before: Deployment, after: Deployment): string[] {
  const ending = (d: Deployment) => isClosed(d) || d.status === 'rolling-back';
  if (ending(after) && !ending(before)) return VERIFICATION_JOB_KINDS;
  if (after.checkInsStoppedAt && !before.checkInsStoppedAt) return CHECK_IN_JOB_KINDS;
  return [];
}

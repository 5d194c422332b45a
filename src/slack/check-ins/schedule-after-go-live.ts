import { checkInPlan, nextRollbackReminder } from '../../domain/check-ins.ts';
import type { Deployment } from '../../domain/deployment.ts';
import { renderRollbackProcedure } from '../../domain/render/render-check-in.ts';
import { JOB } from '../../scheduler/job-kinds.ts';
import type { NewJob } from '../../store/job-repository.ts';

export const CHECK_IN_JOB = JOB.checkIn;
export const ESCALATION_JOB = JOB.escalation;
export const ROLLBACK_REMINDER_JOB = JOB.rollbackReminder;
export const BASELINE_PROBES_JOB = JOB.baselineProbes;

/** One chain job per deployment walks the check-in plan; it defers itself to the next due time after each post. */
export function checkInJob(deployment: Deployment, dueAt: Date): NewJob {
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
export function goLiveFollowUps(deployment: Deployment): NewJob[] {
  const goLiveAt = deployment.goLiveAt;
  if (!goLiveAt) return [];
  const jobs: NewJob[] = [
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

import { type Deployment, isClosed } from './deployment.ts';
import type { FollowUpJob } from './follow-up-job.ts';
import { checkInsAsking, homeEntry, peopleOf } from './home.ts';
import { JOB } from './job-kinds.ts';

/**
 * What a deployment shows one person on their Home, less its progress: the sections it sits in (a sign-off or a
 * check-in they owe, a role they hold, theirs), its status and its failing probes. A tick changes none of it.
 */
function heldBy(deployment: Deployment | undefined, userId: string): string {
  if (!deployment || isClosed(deployment)) return 'closed';
  const { awaitingYou, yourRoles, yours, status } = homeEntry(deployment, userId);
  const failing = Object.values(deployment.items)
    .filter((item) => item.evidence?.outcome === 'fail')
    .map((item) => item.key)
    .sort();
  return JSON.stringify([status, awaitingYou, checkInsAsking(deployment, userId), yourRoles, yours, failing]);
}

export function publishHomeJob(deploymentId: string, teamId: string, userId: string, now: Date): FollowUpJob {
  return {
    deploymentId,
    kind: JOB.publishHome,
    dueAt: now,
    // Several changes in a row republish a person's Home once.
    dedupeKey: `${JOB.publishHome}:${teamId}:${userId}`,
    payload: { teamId, userId },
  };
}

/**
 * The Homes a change concerns: each person of the deployment (before or after: a removed assignee too) for whom
 * what they hold changed (assigned a role, a sign-off asked of them or given, a check-in asking them, a probe
 * failing, the deployment going live or closing). The outbox republishes only the Homes that have been opened.
 */
export function homeRefreshJobs(before: Deployment | undefined, after: Deployment, now: Date): FollowUpJob[] {
  const people = new Set([...(before ? peopleOf(before) : []), ...peopleOf(after)]);
  return [...people]
    .filter((userId) => heldBy(before, userId) !== heldBy(after, userId))
    .map((userId) => publishHomeJob(after.id, after.teamId, userId, now));
}

/**
 * Work a change schedules, written in the change's own transaction (the outbox): decided by the domain, as data, so
 * the store only persists it.
 */
export type FollowUpJob = {
  deploymentId: string;
  kind: string;
  dueAt: Date;
  payload?: Record<string, unknown>;
  /** Pending jobs with the same key coalesce into one. */
  dedupeKey?: string;
  /** With a dedupe key: move the pending job to this due time and payload (the next check-in, a snooze). */
  reschedule?: boolean;
};

import { randomUUID } from 'node:crypto';

/** What is learnt about a Slack request while its listener runs, for its log line and metrics. */
export type RequestNotes = {
  /** The deployment it turned out to concern (noted as the core is asked about it). */
  deploymentId?: string;
  /** It was refused: the core said no (a rule not met, a busy deployment) or a listener threw a known error. */
  refused?: boolean;
  /** A listener failed with an unknown error. */
  failed?: boolean;
};

/**
 * A Slack request as work: its correlation id ties the request's log line to the lines of every job it caused, on
 * either thread. It travels explicitly: on Bolt's context in the listener thread, as an argument of the core calls
 * that store a change (Core.forRequest), and on every job row it causes (Job.correlationId), from which jobs hand
 * it to the jobs they enqueue.
 */
export type WorkContext = { correlationId: string; request?: RequestNotes };

export function newCorrelationId(): string {
  return randomUUID();
}

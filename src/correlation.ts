import { AsyncLocalStorage } from 'node:async_hooks';
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
 * The piece of work running now: a Slack request, or a job (which carries the id of the request that caused it).
 * Its correlation id ties a request's log line to the lines of every job it caused, on either thread.
 */
export type WorkContext = { correlationId: string; request?: RequestNotes };

// Ambient on purpose: the id follows the work through listeners, the core, the store and effect handlers across
// awaits, which a parameter could only do by threading it through every signature on the way.
const current = new AsyncLocalStorage<WorkContext>();

export function newCorrelationId(): string {
  return randomUUID();
}

/** Runs `fn` (and everything it awaits or schedules) as part of `context`. */
export function runAsWork<T>(context: WorkContext, fn: () => T): T {
  return current.run(context, fn);
}

/** Runs `fn` outside any request or job: a sweep kicked by a request is not part of that request. */
export function runOutsideWork<T>(fn: () => T): T {
  return current.exit(fn);
}

export function currentCorrelationId(): string | undefined {
  return current.getStore()?.correlationId;
}

/** The notes of the Slack request being handled, if this is one. */
export function currentRequest(): RequestNotes | undefined {
  return current.getStore()?.request;
}

import { applyEvent, type DeploymentEvent, type EventResult } from '../domain/apply-event.ts';
import { type Origin, SYSTEM_ORIGIN } from '../domain/authorize.ts';
import type { Deployment } from '../domain/deployment.ts';
import { isAppError } from '../errors.ts';
import type { CoreDeps } from './core-deps.ts';
import { onlyOpenedHomes } from './home.ts';

/** Who asked for a change and under which key: what authorisation and replay need to know of a request. */
export type ChangeRequest = {
  /** Where the change came from; the bot's own work (probe runs, check-ins) when absent. */
  origin?: Origin;
  /** Set when the request was acknowledged before this change was stored (src/inbox): replays skip it once stored. */
  requestKey?: string;
};

/**
 * Persists one event (state, audit rows, the jobs the domain decided, in one transaction), then wakes the outbox. A known
 * failure (deployment gone, busy) comes back as a refusal the listener shows to the user.
 */
export async function applyChange(
  deps: CoreDeps,
  deploymentId: string,
  event: DeploymentEvent | ((deployment: Deployment) => DeploymentEvent),
  /** The request or job this change is part of: the jobs it enqueues carry it. */
  correlationId?: string | null,
  request: ChangeRequest = {},
): Promise<EventResult> {
  try {
    const opened = await onlyOpenedHomes(deps.store, deps.now());
    const result = await deps.store.deployments.apply(
      deploymentId,
      (deployment) => {
        const decided = applyEvent(
          deployment,
          typeof event === 'function' ? event(deployment) : event,
          deps.now(),
          request.origin ?? SYSTEM_ORIGIN,
        );
        return decided.ok && decided.jobs ? { ...decided, jobs: opened(decided.jobs) } : decided;
      },
      deps.now,
      { correlationId, requestKey: request.requestKey },
    );
    deps.kick();
    return result;
  } catch (error) {
    if (isAppError(error)) return { ok: false, code: error.code, userMessage: error.userMessage };
    throw error;
  }
}

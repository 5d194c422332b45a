import { applyEvent, type DeploymentEvent, type EventResult } from '../domain/apply-event.ts';
import type { Deployment } from '../domain/deployment.ts';
import { isAppError } from '../errors.ts';
import type { FollowUp } from '../store/deployment-repository.ts';
import type { Deps } from './deps.ts';

/**
 * Persists one event (state, audit rows, Slack effects in one transaction), then wakes the outbox. A known
 * failure (deployment gone, busy) comes back as a refusal the listener shows to the user.
 */
export async function applyChange(
  deps: Deps,
  deploymentId: string,
  event: DeploymentEvent | ((deployment: Deployment) => DeploymentEvent),
  followUps?: FollowUp,
  /** The request or job this change is part of: the jobs it enqueues carry it. */
  correlationId?: string | null,
): Promise<EventResult> {
  try {
    const result = await deps.store.deployments.apply(
      deploymentId,
      (deployment) => applyEvent(deployment, typeof event === 'function' ? event(deployment) : event, deps.now()),
      deps.now,
      followUps,
      correlationId,
    );
    deps.kick();
    return result;
  } catch (error) {
    if (isAppError(error)) return { ok: false, code: error.code, userMessage: error.userMessage };
    throw error;
  }
}

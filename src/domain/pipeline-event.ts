import type { Deployment } from './deployment.ts';
import type { DeploymentEvent } from './deployment-event.ts';
import { CARD, type EventResult } from './event-result.ts';
import { detailsLink, escapeMrkdwn, personText, truncate } from './render/mrkdwn.ts';

/**
 * What a pipeline reports through the API: posted in the thread, and a `failed` one flags the card (until the
 * pipeline reports `deployed` again or the deployment closes). It changes no status: the checklist's rules stay
 * with people and probes.
 */
export function pipelineEvent(
  deployment: Deployment,
  event: Extract<DeploymentEvent, { type: 'pipeline-event' }>,
  now: Date,
): EventResult {
  const message = event.message.trim().slice(0, 1000);
  const url = event.url ?? null;
  const pipeline = deployment.pipeline ?? { commit: null, pipelineUrl: null, failure: null };
  const failure =
    event.kind === 'failed'
      ? { message, url, at: now, by: event.actor }
      : event.kind === 'deployed'
        ? null
        : pipeline.failure;
  return {
    ok: true,
    deployment: { ...deployment, pipeline: { ...pipeline, failure }, updatedAt: now },
    audit: [{ actor: event.actor, action: `pipeline-${event.kind}`, data: { message, url } }],
    render: failure === pipeline.failure ? [] : [CARD],
    notices: [{ kind: 'pipeline-reported', userId: event.actor, outcome: event.kind, message, url }],
  };
}

/** The card's line for a failure the pipeline reported, if any. */
export function pipelineFailureLine(deployment: Deployment): string | undefined {
  const failure = deployment.pipeline?.failure;
  if (!failure) return undefined;
  const link = failure.url ? ` (${detailsLink(failure.url)})` : '';
  return `:x: *Pipeline failed* (${escapeMrkdwn(failure.by)}): ${personText(truncate(failure.message, 300))}${link}`;
}

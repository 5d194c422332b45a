import { type Origin, originRefusal, SYSTEM_ORIGIN } from '../domain/authorize.ts';
import type { Deployment } from '../domain/deployment.ts';
import { type Refusal, refuse } from '../domain/event-result.ts';
import { JOB } from '../domain/job-kinds.ts';
import { escapeMrkdwn } from '../domain/render/mrkdwn.ts';
import { deploymentTitle } from '../domain/render/render-summary-card.ts';
import { deployedServices, newestDeploymentOf } from '../store/deployment-records.ts';
import { isUniqueViolation } from '../store/unique-violation.ts';
import type { CoreDeps } from './core-deps.ts';

export const UPLOAD_REPORT_JOB = JOB.uploadReport;

/** Which deployment's report: by id (a button, or an id typed), or the newest of a service (and environment). */
export type ReportTarget = { deploymentId: string } | { service: string; environment?: string };

/** Someone asks for a deployment's report in its thread. Anyone may: a report is a read of what is recorded. */
export type ReportRequest = {
  /** The workspace a command was typed in (a button's deployment is known by its id and message). */
  teamId?: string;
  actor: string;
  target: ReportTarget;
  /** A button must sit on one of this deployment's messages. */
  origin?: Origin;
  /** Set when the request was acknowledged before the upload was queued (src/inbox): a replay queues it once. */
  requestKey?: string;
};

/** Queued (which deployment, and where its thread is), or refused with what exists instead. */
export type ReportRequestOutcome =
  | { ok: true; deploymentId: string; title: string; channelId: string; threadPosted: boolean }
  | Refusal;

const EXAMPLE = '/deploy-checklist report payments-api production';

/**
 * Queues the upload of a deployment's report into its thread (the outbox uploads it: src/outbox/effects/
 * report-effects.ts). Requests made while one is still queued for the deployment share that upload.
 */
export async function requestReportUpload(
  deps: CoreDeps,
  request: ReportRequest,
  correlationId?: string | null,
): Promise<ReportRequestOutcome> {
  const found = await findTarget(deps, request);
  if (!found.ok) return found;
  const deployment = found.deployment;
  const wrongPlace = originRefusal(deployment, request.origin ?? SYSTEM_ORIGIN);
  if (wrongPlace) return wrongPlace;
  const now = deps.now();
  try {
    // A replayed request whose upload was queued before finds its key taken, like a second click.
    await deps.store.jobs.enqueueForRequest(
      request.requestKey,
      [
        {
          deploymentId: deployment.id,
          kind: UPLOAD_REPORT_JOB,
          dueAt: now,
          dedupeKey: `${UPLOAD_REPORT_JOB}:${deployment.id}`,
          payload: { actor: request.actor },
          correlationId,
        },
      ],
      now,
    );
  } catch (error) {
    if (!(request.requestKey && isUniqueViolation(error))) throw error;
  }
  deps.kick();
  return {
    ok: true,
    deploymentId: deployment.id,
    title: deploymentTitle(deployment),
    channelId: deployment.channelId,
    threadPosted: deployment.threadTs !== null,
  };
}

async function findTarget(
  deps: CoreDeps,
  request: ReportRequest,
): Promise<{ ok: true; deployment: Deployment } | Refusal> {
  const { target, teamId } = request;
  const id =
    'deploymentId' in target
      ? target.deploymentId
      : teamId
        ? await newestDeploymentOf(deps.store, teamId, target.service, target.environment)
        : undefined;
  const deployment = id ? await deps.store.deployments.find(id) : undefined;
  if (deployment && (teamId === undefined || deployment.teamId === teamId)) return { ok: true, deployment };
  if ('deploymentId' in target && request.origin?.kind === 'message')
    return refuse('deployment-not-found', 'That deployment no longer exists.');
  const what =
    'deploymentId' in target
      ? `No deployment \`${escapeMrkdwn(target.deploymentId)}\`.`
      : `No deployment of \`${escapeMrkdwn(target.service)}\`${target.environment ? ` to ${escapeMrkdwn(target.environment)}` : ''}.`;
  const services = teamId ? await deployedServices(deps.store, teamId) : [];
  const known =
    services.length === 0
      ? 'There are no deployments yet.'
      : `Deployments exist of: ${services
          .slice(0, 20)
          .map((s) => `\`${escapeMrkdwn(s.service)}\` (${s.environments.map(escapeMrkdwn).join(', ')})`)
          .join(', ')}${services.length > 20 ? `, and ${services.length - 20} more` : ''}.`;
  return refuse('deployment-not-found', `${what} ${known}\nFor example: \`${EXAMPLE}\``);
}

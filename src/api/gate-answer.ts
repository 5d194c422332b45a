import type { DeploymentView } from '../app/deployment-view.ts';
import type { ApiAnswer, Links } from './api-answer.ts';

/** The HTTP status of each gate state: a `curl --fail` loop stops on 4xx alike, so the body says which. */
const GATE_STATUS = { approved: 200, pending: 403, rejected: 410, cancelled: 410, 'rolled-back': 410 } as const;

/**
 * The gate's answer: 200 approved, 403 pending (with what is missing), 410 refused for good; 404 when there is no such
 * deployment yet. With `json` (Argo Rollouts, Spinnaker) always 200, the state in the body: a deployment not opened
 * yet is `pending`.
 */
export function gateAnswer(
  view: DeploymentView | undefined,
  asked: { service: string; environment: string; version?: string | undefined },
  json: boolean,
  links: Links,
): ApiAnswer {
  if (!view) {
    const body = {
      state: 'pending' as const,
      found: false,
      deploymentId: null,
      service: asked.service,
      environment: asked.environment,
      version: asked.version ?? null,
      status: null,
      missing: [
        `No deployment of ${asked.service}${asked.version ? ` ${asked.version}` : ''} to ${asked.environment} has been opened yet`,
      ],
      reason: null,
      goLiveAt: null,
      permalink: null,
    };
    return json
      ? { status: 200, body }
      : {
          status: 404,
          body: { ...body, error: { code: 'deployment-not-found', message: body.missing[0] as string } },
        };
  }
  const body = {
    state: view.gate.state,
    found: true,
    deploymentId: view.id,
    service: view.service,
    environment: view.environment,
    version: view.version,
    status: view.status,
    missing: view.gate.missing,
    reason: view.gate.reason,
    goLiveAt: view.goLive?.at.toISOString() ?? null,
    permalink: links.permalink(view),
  };
  return { status: json ? 200 : GATE_STATUS[view.gate.state], body };
}

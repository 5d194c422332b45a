import { type Deployment, phaseProgress } from '../domain/deployment.ts';
import type { DeploymentSummary } from './core.ts';

/** What lists and status answers show of a deployment: a few fields and its progress, not its whole template. */
export function summarize(deployment: Deployment): DeploymentSummary {
  const { id, service, version, environment, status, ownerId, channelId, threadTs } = deployment;
  return { id, service, version, environment, status, ownerId, channelId, threadTs, phases: phaseProgress(deployment) };
}

import { isClosed } from '../domain/deployment.ts';
import { AppError, isAppError } from '../errors.ts';
import type { StartRequest } from './core.ts';
import type { CoreDeps } from './core-deps.ts';
import { type DeploymentFilter, type DeploymentView, type PipelineStartOutcome, viewOf } from './deployment-view.ts';
import { startDeployment } from './start-deployment.ts';

// The operations the HTTP API asks for (src/api): plain input, plain data out, the same rules as Slack's.

async function lastProbeRun(deps: CoreDeps, deploymentId: string): Promise<DeploymentView['lastProbeRun']> {
  const newest = await deps.store.probeRuns.newestRunId(deploymentId);
  if (newest === undefined) return null;
  return probeRunResults(deps, deploymentId, newest);
}

/** One probe run's results, or null when the deployment has no run of that id (yet). */
export async function probeRunResults(
  deps: CoreDeps,
  deploymentId: string,
  runId: string,
): Promise<DeploymentView['lastProbeRun']> {
  const rows = await deps.store.probeRuns.run(deploymentId, runId);
  if (rows.length === 0) return null;
  return {
    runId,
    at: rows.at(-1)!.at,
    results: rows.map((r) => ({ itemKey: r.itemKey, outcome: r.outcome, summary: r.summary })),
  };
}

export async function viewDeployment(deps: CoreDeps, id: string): Promise<DeploymentView | undefined> {
  const deployment = await deps.store.deployments.find(id);
  return deployment ? viewOf(deployment, await lastProbeRun(deps, id)) : undefined;
}

export async function searchDeployments(deps: CoreDeps, filter: DeploymentFilter): Promise<DeploymentView[]> {
  const found = await deps.store.deployments.search(filter);
  return Promise.all(found.map(async (d) => viewOf(d, await lastProbeRun(deps, d.id))));
}

/**
 * The deployment a gate asks about: of that service and environment, the given version's newest, or the open one, or
 * else the newest.
 */
export async function gateDeployment(deps: CoreDeps, filter: DeploymentFilter): Promise<DeploymentView | undefined> {
  const { service, environment, version } = filter;
  const search = (more: DeploymentFilter) => deps.store.deployments.search({ service, environment, ...more }, 1);
  const open = version ? [] : await search({ open: true });
  const [chosen] = version ? await search({ version }) : open.length > 0 ? open : await search({});
  return chosen ? viewOf(chosen, null) : undefined;
}

/**
 * Opens a deployment for a pipeline, as the slash command does (same template, limits and one open deployment per
 * service and environment), with its idempotency key: the same key answers with the deployment it opened.
 */
export async function startFromPipeline(
  deps: CoreDeps,
  request: StartRequest,
  correlationId: string | undefined,
): Promise<PipelineStartOutcome> {
  const byKey = async () => {
    const found = request.pipelineKey ? await deps.store.deployments.findByPipelineKey(request.pipelineKey) : undefined;
    return found ? viewOf(found, await lastProbeRun(deps, found.id)) : undefined;
  };
  const earlier = await byKey();
  if (earlier) return { ok: true, created: false, deployment: earlier };
  if (!deps.templates.templates.has(request.templateName)) {
    const names = [...deps.templates.templates.keys()].sort();
    return {
      ok: false,
      code: 'unknown-template',
      userMessage: `There is no template called ${request.templateName}. Available: ${names.join(', ') || 'none'}.`,
    };
  }
  const template = deps.templates.templates.get(request.templateName)!.template;
  const unknownRoles = request.roleFlags.filter((flag) => !template.roles.some((role) => role.key === flag.role));
  if (unknownRoles.length > 0) {
    return {
      ok: false,
      code: 'unknown-role',
      userMessage: `The template ${request.templateName} has no role ${unknownRoles.map((r) => r.role).join(', ')}. Its roles: ${template.roles.map((r) => r.key).join(', ') || 'none'}.`,
    };
  }
  try {
    const { deploymentId } = await startDeployment(deps, request, { responseUrl: '' }, correlationId);
    const created = deploymentId ? await viewDeployment(deps, deploymentId) : undefined;
    if (!created) throw new AppError('start-failed', { userMessage: 'The deployment could not be opened.' });
    return { ok: true, created: true, deployment: created };
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === 'deployment-already-open') {
      // The same key sent twice at once: the second finds the first's deployment.
      const same = await byKey();
      if (same) return { ok: true, created: false, deployment: same };
      const open = (await searchDeployments(deps, { service: request.service, environment: request.environment })).find(
        (d) => !isClosed(d),
      );
      return { ok: false, code: error.code, userMessage: error.userMessage, ...(open ? { existing: open } : {}) };
    }
    return { ok: false, code: error.code, userMessage: error.userMessage };
  }
}

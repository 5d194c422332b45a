import { GITHUB_ACTOR, githubFollowUps, githubRefusalJob } from '../domain/github-gate.ts';
import { causedBy } from '../store/job-repository.ts';
import { applyChange } from './apply-change.ts';
import type { GithubRunOutcome, GithubRunRequest } from './core.ts';
import type { CoreDeps } from './core-deps.ts';
import type { DeploymentView } from './deployment-view.ts';
import { startFromPipeline } from './pipeline.ts';

/** Whether an open deployment is this commit's: its commit, or a version naming it. */
function sameCommit(view: DeploymentView, commit: string): boolean {
  const sha = commit.toLowerCase();
  const version = view.version.toLowerCase();
  return view.pipeline?.commit?.toLowerCase() === sha || (version.length >= 7 && sha.startsWith(version));
}

/**
 * Opens the deployment thread for a waiting GitHub run, or attaches the run to the open deployment of that service,
 * environment and commit, through the pipeline API's own open-or-attach path (same template, limits, one open
 * deployment per service and environment, idempotency key per run). Then the run is linked (its first status report
 * or its answer queued in the same transaction) and the thread says which run waits. A webhook delivered again
 * finds the link and does nothing.
 */
export async function openForGithubRun(
  deps: CoreDeps,
  request: GithubRunRequest,
  correlationId: string | undefined,
): Promise<GithubRunOutcome> {
  const { run, start } = request;
  const known = await deps.store.githubRuns.find(run);
  if (known) {
    // A re-run of an answered job asks again under the same run id: it gets the deployment's answer again (GitHub
    // refuses a second answer to the request it has, so a webhook merely delivered twice changes nothing).
    const deployment = await deps.store.deployments.find(known.deploymentId);
    if (deployment && known.finalState) {
      const now = deps.now();
      const jobs = causedBy(githubFollowUps({ ...deployment, githubRuns: 1 }, now), correlationId);
      if (await deps.store.githubRuns.reopen(known.id, now, jobs)) deps.kick();
    }
    return { ok: true, deploymentId: known.deploymentId, opened: false, linked: false };
  }
  const outcome = await startFromPipeline(deps, start, correlationId);
  let deploymentId: string;
  let opened = false;
  if (outcome.ok) {
    deploymentId = outcome.deployment.id;
    opened = outcome.created;
  } else if (
    outcome.code === 'deployment-already-open' &&
    outcome.existing &&
    sameCommit(outcome.existing, run.commit)
  ) {
    deploymentId = outcome.existing.id;
  } else if (outcome.code === 'deployment-already-open') {
    const other = outcome.existing ? ` (${outcome.existing.version})` : '';
    if (outcome.existing) {
      // Refused: the run is told so through the outbox, or it would wait for GitHub's 30-day limit.
      const now = deps.now();
      for (const job of causedBy([githubRefusalJob(outcome.existing, run, now)], correlationId))
        await deps.store.jobs.enqueue(job, now);
      deps.kick();
    }
    return {
      ok: false,
      code: 'another-deployment-open',
      userMessage: `${start.service} already has an open deployment to ${start.environment}${other} for another commit: finish or cancel it, then re-run the job.`,
    };
  } else {
    return { ok: false, code: outcome.code, userMessage: outcome.userMessage };
  }
  const deployment = await deps.store.deployments.find(deploymentId);
  if (!deployment) return { ok: false, code: 'deployment-not-found', userMessage: 'The deployment no longer exists.' };
  const now = deps.now();
  const { commit: _commit, runUrl: _runUrl, triggeredBy: _triggeredBy, ...link } = run;
  const jobs = causedBy(githubFollowUps({ ...deployment, githubRuns: 1 }, now), correlationId);
  const linked = await deps.store.githubRuns.link(deploymentId, link, now, jobs);
  if (linked) {
    const who = run.triggeredBy ? `, triggered by ${run.triggeredBy}` : '';
    await applyChange(
      deps,
      deploymentId,
      {
        type: 'pipeline-event',
        actor: GITHUB_ACTOR,
        kind: 'note',
        message: `GitHub Actions run ${run.runId} of ${run.repository} waits for this deployment to reach ${run.environmentName} (commit ${run.commit.slice(0, 7)}${who}). It is approved when the deployment goes live.`,
        url: run.runUrl,
      },
      correlationId,
    );
  }
  deps.kick();
  return { ok: true, deploymentId, opened, linked };
}

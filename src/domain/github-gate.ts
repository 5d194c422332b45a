import { type Deployment, phaseProgress } from './deployment.ts';
import type { FollowUpJob } from './follow-up-job.ts';
import { gateOf } from './gate.ts';
import { API_ACTOR_PREFIX, mrkdwnToPlain } from './render/mrkdwn.ts';

/**
 * What GitHub Actions runs waiting on a deployment are told (custom deployment protection rules, docs/github.md):
 * status reports while it waits, then one answer: approved at go-live, rejected once cancelled or rolled back.
 */

/**
 * Who acts for GitHub in the thread and the audit log: named like a pipeline's API token (never mentioned), with a
 * capital no token name can have, so it is never mistaken for a token someone called "github".
 */
export const GITHUB_ACTOR = `${API_ACTOR_PREFIX}GitHub`;

/** Where a waiting run is answered: the app's installation, the repository, the run and the environment. */
export type GithubRunAddress = { installationId: string; repository: string; runId: string; environmentName: string };

/** The outbox's GitHub job kinds: one coalescing job of each per deployment. */
export const GITHUB_JOB = {
  /** Sends each waiting run the deployment's status report, when it changed meaningfully since the last one. */
  statusReport: 'github-status-report',
  /** Sends each waiting run the answer (approved or rejected) once the gate is final. */
  decision: 'github-decision',
  /** Rejects one run that no deployment can take (another commit's deployment is open), with the reason. */
  refusal: 'github-refusal',
} as const;

/** GitHub keeps at most this many status reports per deployment (a 422 past it). */
export const GITHUB_REPORT_LIMIT = 10;
/** GitHub's limit on a status report's and a comment's length. */
const GITHUB_TEXT_LIMIT = 1024;

export type GithubDecision = { state: 'approved' | 'rejected'; comment: string };

/**
 * The answer a waiting run gets, or undefined while it must wait. A required role's rejection alone does not reject
 * the run (the role may approve after a fix): the owner closes it as rolled back, or cancels it.
 */
export function githubDecision(
  deployment: Deployment,
  threadUrl: string | null,
  /** Who cancelled it and why (the audit log's `cancelled` row), for the rejection's comment. */
  cancelled?: { by: string; reason: string },
): GithubDecision | undefined {
  const gate = gateOf(deployment);
  const title = `${deployment.service} ${deployment.version} → ${deployment.environment}`;
  const thread = threadUrl ? ` Thread: ${threadUrl}` : '';
  if (gate.state === 'approved') {
    const by = deployment.goLiveBy ? ` by @${deployment.goLiveBy}` : '';
    const override = deployment.goLiveOverride ? ` without the quorum (${deployment.goLiveOverride})` : '';
    return { state: 'approved', comment: limit(`${title} went live in the checklist${by}${override}.${thread}`) };
  }
  if (gate.state === 'cancelled' || gate.state === 'rolled-back') {
    const why = cancelled?.reason.trim() ? `: ${cancelled.reason.trim()}` : '';
    const who = cancelled ? ` by @${cancelled.by}` : '';
    const reason =
      gate.state === 'cancelled'
        ? `the deployment was cancelled in the checklist${who}${why}`
        : `rolled back: ${gate.reason}`;
    return { state: 'rejected', comment: limit(`${title}: ${mrkdwnToPlain(reason)}.${thread}`) };
  }
  return undefined;
}

export type GithubStatusReport = {
  /** Markdown, at most 1,024 characters. */
  text: string;
  /**
   * What makes a report worth one of GitHub's ten: the gate's state, the sign-offs and probes standing in the way,
   * probe outcomes, whether every required item is done and whether the thread exists. Ticking one item of many
   * changes the text's progress line, not this.
   */
  key: string;
};

/** The status report of a deployment that is not decided yet (progress, missing sign-offs, probes, the thread). */
export function githubStatusReport(deployment: Deployment, threadUrl: string | null): GithubStatusReport {
  const gate = gateOf(deployment);
  const phases = phaseProgress(deployment);
  const done = phases.reduce((sum, phase) => sum + phase.done, 0);
  const total = phases.reduce((sum, phase) => sum + phase.total, 0);
  const probes = Object.values(deployment.items)
    .filter((item) => item.evidence)
    .map((item) => `${item.key}: ${item.evidence!.outcome}`)
    .sort();
  const missing = gate.missing.filter((line) => !line.startsWith('Required item open'));
  const openItems = gate.missing.length - missing.length;
  const lines = [
    `**${deployment.service} ${deployment.version} → ${deployment.environment}**: ${gate.state === 'rejected' ? 'a sign-off was rejected' : 'waiting for go-live'} (${done} of ${total} items done)`,
    ...(gate.reason ? [`Rejected: ${gate.reason}`] : []),
    ...(openItems > 0 ? [`Required items open: ${openItems}`] : []),
    ...missing.map((line) => `- ${line}`),
    ...(probes.length > 0 ? [`Probes: ${probes.join(', ')}`] : []),
    ...(threadUrl ? [`[Deployment thread](${threadUrl})`] : []),
  ];
  const key = JSON.stringify({
    state: gate.state,
    reason: gate.reason,
    missing,
    itemsDone: openItems === 0,
    probes,
    thread: threadUrl !== null,
  });
  return { text: limit(lines.join('\n')), key };
}

function limit(text: string): string {
  return text.length <= GITHUB_TEXT_LIMIT ? text : `${text.slice(0, GITHUB_TEXT_LIMIT - 1)}…`;
}

/**
 * What a change to a deployment that GitHub runs wait for schedules, in the change's own transaction: the answer
 * once the gate is final, a status report otherwise. Both coalesce per deployment and read the stored state when they
 * run, so a burst of clicks costs one job.
 */
export function githubFollowUps(deployment: Deployment, now: Date): FollowUpJob[] {
  if (!deployment.githubRuns) return [];
  const final = githubDecision(deployment, null) !== undefined;
  const kind = final ? GITHUB_JOB.decision : GITHUB_JOB.statusReport;
  return [{ deploymentId: deployment.id, kind, dueAt: now, dedupeKey: `${kind}:${deployment.id}` }];
}

/**
 * The job that rejects a run arriving for another commit while this service's deployment to that environment is
 * open: the run is told why at once, instead of waiting for GitHub's 30-day limit. It hangs off the open deployment
 * (whose thread is not touched); one pending job per run.
 */
export function githubRefusalJob(
  open: Pick<Deployment, 'id' | 'service' | 'version' | 'environment'>,
  run: GithubRunAddress & { commit: string },
  now: Date,
): FollowUpJob {
  const { installationId, repository, runId, environmentName, commit } = run;
  const address = { installationId, repository, runId, environmentName };
  const comment = limit(
    `${open.service} already has an open deployment to ${open.environment} (${open.version}) in the checklist, so commit ${commit.slice(0, 7)} was not started. Finish or cancel that deployment, then re-run this job.`,
  );
  return {
    deploymentId: open.id,
    kind: GITHUB_JOB.refusal,
    dueAt: now,
    payload: { ...address, comment },
    dedupeKey: `${GITHUB_JOB.refusal}:${address.repository}:${address.runId}:${address.environmentName}`,
  };
}

import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Deployment } from '../../domain/deployment.ts';
import {
  GITHUB_JOB,
  GITHUB_REPORT_LIMIT,
  type GithubRunAddress,
  githubDecision,
  githubStatusReport,
} from '../../domain/github-gate.ts';
import { describeError } from '../../errors.ts';
import type { Job } from '../../generated/sqlite/index.js';
import type { GithubRun } from '../../store/github-run-repository.ts';
import type { EffectDeps } from '../effect-deps.ts';
import { type GithubClient, githubStatusOf } from '../github-client.ts';
import { backoffMs, DONE, type JobHandler, type JobOutcome, type JobRun } from '../job-worker.ts';
import { retryWhileAlive } from '../retry-while-alive.ts';

const ZRefusal = z.object({
  installationId: z.string(),
  repository: z.string(),
  runId: z.string(),
  environmentName: z.string(),
  comment: z.string(),
});

/** Past this many failed attempts an answer waits five minutes between tries, for as long as GitHub is away. */
const QUICK_ATTEMPTS = 6;
const PATIENT_RETRY_MS = 5 * 60_000;
/** A call to GitHub starts only while the job is surely ours for this long (another replica may take it after). */
const CALL_MARGIN_MS = 15_000;

function targetOf(run: GithubRun): GithubRunAddress {
  return {
    installationId: run.installationId,
    repository: run.repository,
    runId: run.runId,
    environmentName: run.environmentName,
  };
}

/**
 * The outbox's GitHub deliveries: each reads the stored deployment when it runs, calls GitHub for every run still
 * waiting on it, and records what GitHub took right after it took it (retried while the job is ours), so a retry
 * never sends an answer twice. A 4xx or 5xx answer or no answer is retried with backoff; an answer (approve or
 * reject) is never given up on while a run may still wait (GitHub holds it up to 30 days): after a few quick tries
 * it is tried every five minutes.
 */
export function githubEffectHandlers(deps: EffectDeps, github: GithubClient): Record<string, JobHandler> {
  const { store, client, now, logger } = deps;

  async function threadUrl(deployment: Deployment): Promise<string | null> {
    if (!deployment.threadTs) return null;
    try {
      const answer = await client.chat.getPermalink({ channel: deployment.channelId, message_ts: deployment.threadTs });
      return answer.permalink ?? null;
    } catch {
      // The link is a convenience: the report goes without it.
      return null;
    }
  }

  /** Who cancelled the deployment and why, from its audit log (the deployment itself keeps no reason). */
  async function cancellation(deployment: Deployment): Promise<{ by: string; reason: string } | undefined> {
    if (deployment.status !== 'cancelled') return undefined;
    const row = (await store.deployments.audit(deployment.id)).findLast((entry) => entry.action === 'cancelled');
    if (!row) return undefined;
    const data = JSON.parse(row.dataJson) as { reason?: unknown };
    return { by: row.actor, reason: typeof data.reason === 'string' ? data.reason : '' };
  }

  function failed(job: Job, error: unknown, patient: boolean): JobOutcome {
    const status = githubStatusOf(error);
    const reason = status ? `GitHub answered ${status}: ${describeError(error)}` : describeError(error);
    if (patient && job.attempts >= QUICK_ATTEMPTS) {
      logger.warn('GitHub did not take an answer; trying again in five minutes', {
        jobId: job.id,
        deploymentId: job.deploymentId,
        error: reason,
      });
      return { kind: 'defer', until: new Date(now().getTime() + PATIENT_RETRY_MS) };
    }
    return { kind: 'retry', at: new Date(now().getTime() + backoffMs(job.attempts)), error: reason };
  }

  function record(run: JobRun, write: () => Promise<void>, fields: Record<string, unknown>): Promise<void> {
    return retryWhileAlive(write, run.alive, logger, {
      message: 'could not record what GitHub took; retrying while the job is ours',
      fields,
    });
  }

  const handBack = (): JobOutcome => ({ kind: 'defer', until: now() });

  /** Tells every waiting run the deployment's answer, once its gate is final. */
  const answer: JobHandler = async (job, _payload, run) => {
    // Every change after go-live asks again: with every run answered, nothing is read from Slack.
    const runs = await store.githubRuns.waiting(job.deploymentId);
    const deployment = runs.length > 0 ? await store.deployments.find(job.deploymentId) : undefined;
    if (!deployment) return DONE;
    const decision = githubDecision(deployment, await threadUrl(deployment), await cancellation(deployment));
    if (!decision) return DONE;
    for (const waiting of runs) {
      if (!run.ownedFor(CALL_MARGIN_MS)) return handBack();
      try {
        await github.reviewRun(targetOf(waiting), decision);
      } catch (error) {
        // GitHub's answer to a second approval or rejection: the run has its answer already.
        if (githubStatusOf(error) !== 422) return failed(job, error, true);
        logger.warn('GitHub says the run was answered already', {
          deploymentId: deployment.id,
          repository: waiting.repository,
          runId: waiting.runId,
          error: describeError(error),
        });
      }
      await record(run, () => store.githubRuns.recordFinal(waiting.id, decision.state, now()), {
        githubRunId: waiting.id,
      });
      logger.info('GitHub run answered', {
        deploymentId: deployment.id,
        repository: waiting.repository,
        runId: waiting.runId,
        environment: waiting.environmentName,
        state: decision.state,
      });
    }
    return DONE;
  };

  /** Rejects one run no deployment could take (another commit's deployment is open), with the reason. */
  const refuse: JobHandler = async (job, payload, run) => {
    const refusal = ZRefusal.safeParse(payload);
    // Written by openForGithubRun only: a payload that is not one is a bug, failed after the worker's attempts.
    if (!refusal.success) throw new Error(`not a refusal: ${refusal.error.message}`);
    const { comment, ...target } = refusal.data;
    if (!run.ownedFor(CALL_MARGIN_MS)) return handBack();
    try {
      await github.reviewRun(target, { state: 'rejected', comment });
    } catch (error) {
      // A webhook delivered twice queues a second refusal: GitHub has the first one.
      if (githubStatusOf(error) !== 422) return failed(job, error, true);
    }
    logger.info('GitHub run refused', { ...target, reason: comment });
    return DONE;
  };

  return {
    [GITHUB_JOB.decision]: answer,
    [GITHUB_JOB.refusal]: refuse,
    [GITHUB_JOB.statusReport]: async (job, payload, run) => {
      const waitingRuns = await store.githubRuns.waiting(job.deploymentId);
      const deployment = waitingRuns.length > 0 ? await store.deployments.find(job.deploymentId) : undefined;
      if (!deployment) return DONE;
      const url = await threadUrl(deployment);
      // Decided meanwhile (or as the run was being linked): the answer goes instead.
      if (githubDecision(deployment, url)) return answer(job, payload, run);
      const runs = waitingRuns.filter((candidate) => candidate.reportsSent < GITHUB_REPORT_LIMIT);
      const report = githubStatusReport(deployment, url);
      const hash = createHash('sha256').update(report.key).digest('hex');
      for (const waiting of runs) {
        if (waiting.lastReportHash === hash) continue;
        if (!run.ownedFor(CALL_MARGIN_MS)) return handBack();
        try {
          await github.reviewRun(targetOf(waiting), { comment: report.text });
        } catch (error) {
          if (githubStatusOf(error) !== 422) return failed(job, error, false);
          // GitHub's limit of status reports for this deployment: the answer still goes when the gate is final.
          logger.warn('GitHub takes no more status reports for this run', {
            deploymentId: deployment.id,
            repository: waiting.repository,
            runId: waiting.runId,
          });
          await record(run, () => store.githubRuns.recordReportsExhausted(waiting.id, GITHUB_REPORT_LIMIT), {
            githubRunId: waiting.id,
          });
          continue;
        }
        await record(run, () => store.githubRuns.recordReport(waiting.id, hash), { githubRunId: waiting.id });
      }
      return DONE;
    },
  };
}

import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Deployment } from '../../domain/deployment.ts';
import { JOB } from '../../domain/job-kinds.ts';
import type { Notice } from '../../domain/notice.ts';
import type { SlackMessagePayload } from '../../domain/render/message.ts';
import { escapeMrkdwn } from '../../domain/render/mrkdwn.ts';
import { renderNotice } from '../../domain/render/render-notice.ts';
import { paginatePhase, phasePart, renderPhaseMessages } from '../../domain/render/render-phase-messages.ts';
import { renderSummaryCard } from '../../domain/render/render-summary-card.ts';
import type { Job } from '../../generated/sqlite/index.js';
import { isChannelAccessError, slackErrorName } from '../../slack-api/slack-errors.ts';
import { renderJobs } from '../../store/deployment-repository.ts';
import { causedBy } from '../../store/job-repository.ts';
import type { EffectDeps } from '../effect-deps.ts';
import { DONE, type JobHandler, type JobOutcome, type JobRun } from '../job-worker.ts';
import { takePostSlot } from '../lease-guard.ts';
import { retryWhileAlive } from '../retry-while-alive.ts';
import { retryAfterSlackError } from '../slack-retry.ts';

export const CARD_PART = 'card';

/** A stored notice: an object with a kind (its shape is the domain's Notice; renderNotice reads it). */
const ZNoticePayload = z.object({ kind: z.string() }).passthrough();

/** Jobs that post into the thread and so wait for the card. */
const THREAD_JOB_KINDS: string[] = [JOB.postPhases, JOB.postThreadMessage];

function hashPayload(payload: SlackMessagePayload): string {
  return createHash('sha256').update(JSON.stringify(payload)).digest('hex').slice(0, 32);
}

/**
 * The outbox handlers: each renders from the state stored at send time (never from the event that queued it),
 * so a message can never show something older than what is stored, and retries send the newest state.
 */
export function deploymentEffectHandlers(deps: EffectDeps): Record<string, JobHandler> {
  const { store, client, now } = deps;

  async function renderCard(deployment: Deployment): Promise<SlackMessagePayload> {
    return renderSummaryCard(deployment, await deps.cardSections(deployment));
  }

  /** Wraps a Slack call so its failure becomes a retry decision instead of an exception. */
  async function slack(job: Job, call: () => Promise<unknown>): Promise<JobOutcome | undefined> {
    try {
      await call();
      return undefined;
    } catch (error) {
      return retryAfterSlackError(error, job.attempts, now());
    }
  }

  /**
   * Posts one part of a deployment (the card, a page of a phase) so that a retry never posts it twice:
   * 1. the intent is stored first (the message row, without a ts, marked with the job id);
   * 2. chat.postMessage;
   * 3. the ts is stored, and a failed write (the database went away just then) is retried while the job is alive:
   *    its lease is renewed by the worker's heartbeat, so no other replica runs the job meanwhile.
   * A Slack error answer means nothing was posted: the intent is taken back. The window left is a process that
   * dies (killed, out of memory, power) after Slack accepted the post and before the ts is stored, or a database
   * outage that outlasts the lease: Slack has the message and the row still shows the intent only. The job runs
   * again after its lease; that run finds the intent, cannot know whether Slack got the first post (reading the
   * channel back is rate limited to about once a minute), logs a warning naming the job, and posts again, because
   * a phase nobody can tick is worse than a copy that stops being updated. Only the copy whose ts is stored is kept
   * up to date.
   */
  async function postPart(
    job: Job,
    run: JobRun,
    target: { deploymentId: string; channelId: string; part: string; position: number; threadTs?: string },
    message: SlackMessagePayload,
  ): Promise<{ ts: string } | { error: unknown } | { handBack: JobOutcome }> {
    const { deploymentId, channelId, part, position } = target;
    const { interruptedBy } = await store.messages.beginPost(deploymentId, part, {
      channelId,
      position,
      jobId: job.id,
    });
    if (interruptedBy)
      deps.logger.warn('an earlier run stopped between posting and recording this message; posting it again', {
        jobId: job.id,
        deploymentId,
        part,
        earlierJobId: interruptedBy,
      });
    // The wait for the slot may have outlasted the lease's renewals: post only while the job is surely ours.
    const handBack = await takePostSlot(deps.pacer, run, channelId, now);
    if (handBack) {
      await store.messages.abandonPost(deploymentId, part, job.id).catch(() => undefined);
      return { handBack };
    }
    let ts: string;
    try {
      const posted = await client.chat.postMessage({
        channel: channelId,
        ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
        ...message,
        unfurl_links: false,
      });
      ts = posted.ts as string;
    } catch (error) {
      // Slack answered with an error (or a 429): nothing was posted. A lost connection or a 5xx leaves the outcome
      // unknown, and the intent stays for the next run to see.
      if (slackErrorName(error) !== undefined)
        await store.messages.abandonPost(deploymentId, part, job.id).catch(() => undefined);
      return { error };
    }
    await retryWhileAlive(
      () =>
        store.messages.recordPosted(deploymentId, part, { channelId, ts, renderHash: hashPayload(message), position }),
      run.alive,
      deps.logger,
      { message: 'could not record a posted message; retrying while the job is ours', fields: { jobId: job.id, part } },
    );
    return { ts };
  }

  /** The card is posted: the deployment gets its thread, and replies waiting for it can go. */
  async function cardPosted(job: Job, run: JobRun, deploymentId: string, ts: string): Promise<void> {
    await retryWhileAlive(() => store.deployments.setThreadTs(deploymentId, ts), run.alive, deps.logger, {
      message: 'could not record the thread of a posted card; retrying while the job is ours',
      fields: { jobId: job.id, deploymentId },
    });
    await store.jobs.wakeWaiting(deploymentId, THREAD_JOB_KINDS, now());
  }

  const postCard: JobHandler = async (job, payload, run) => {
    const deployment = await store.deployments.find(job.deploymentId);
    if (!deployment || deployment.threadTs) return DONE;
    // Posted by an earlier run that stopped before the thread was stored: finish that instead of posting again.
    const recorded = await store.messages.find(deployment.id, CARD_PART);
    if (recorded?.ts) {
      await cardPosted(job, run, deployment.id, recorded.ts);
      return DONE;
    }
    const message = await renderCard(deployment);
    const target = { deploymentId: deployment.id, channelId: deployment.channelId, part: CARD_PART, position: 0 };
    const posted = await postPart(job, run, target, message);
    if ('handBack' in posted) return posted.handBack;
    if ('ts' in posted) {
      await cardPosted(job, run, deployment.id, posted.ts);
      return DONE;
    }
    const { error } = posted;
    if (isChannelAccessError(error)) {
      // Nothing reached Slack, so nothing may remain: remove the deployment and tell the user what to do.
      await store.deployments.delete(deployment.id);
      const responseUrl = typeof payload.responseUrl === 'string' ? payload.responseUrl : undefined;
      if (responseUrl) {
        await deps.respond(responseUrl, {
          response_type: 'ephemeral',
          text: `I can't post in <#${deployment.channelId}>. Invite me with \`/invite @deploy-checklist\` (or mention me in the channel), then run the command again. Nothing was created.`,
        });
      }
      deps.logger.warn('bot cannot post in channel; deployment removed', {
        deploymentId: deployment.id,
        channelId: deployment.channelId,
      });
      return DONE;
    }
    return retryAfterSlackError(error, job.attempts, now());
  };

  const postPhases: JobHandler = async (job, _payload, run) => {
    const deployment = await store.deployments.find(job.deploymentId);
    if (!deployment) return DONE;
    if (!deployment.threadTs) return { kind: 'defer', until: new Date(now().getTime() + 1000) };
    let position = 1;
    for (const phase of deployment.template.phases) {
      const pages = paginatePhase(phase);
      for (let page = 0; page < pages.length; page++, position++) {
        const part = phasePart(phase.key, page);
        if ((await store.messages.find(deployment.id, part))?.ts) continue;
        // Render each page from the freshest state: ticks may land while earlier pages are being paced.
        const fresh = await store.deployments.load(deployment.id);
        const message = renderPhaseMessages(fresh, phase)[page] as SlackMessagePayload;
        const target = {
          deploymentId: deployment.id,
          channelId: deployment.channelId,
          part,
          position,
          threadTs: deployment.threadTs,
        };
        const posted = await postPart(job, run, target, message);
        if ('handBack' in posted) return posted.handBack;
        if ('error' in posted) return retryAfterSlackError(posted.error, job.attempts, now());
      }
    }
    // A tick that landed while a page was on its way is caught up here (identical renders are not re-sent).
    for (const render of causedBy(renderJobs(deployment.id, [{ kind: 'card' }], now()), job.correlationId))
      await store.jobs.enqueue(render, now());
    deps.kick();
    return DONE;
  };

  /** chat.update a stored message with a fresh render, unless Slack already shows exactly that. */
  async function update(
    job: Job,
    messageId: string,
    channel: string,
    ts: string,
    lastHash: string | null,
    message: SlackMessagePayload,
  ) {
    const hash = hashPayload(message);
    if (hash === lastHash) return undefined;
    const failed = await slack(job, () => client.chat.update({ channel, ts, ...message }));
    if (failed) return failed;
    await store.messages.recordRendered(messageId, hash);
    return undefined;
  }

  /** Brings every posted message of the deployment up to date: the phases first (that is where people click). */
  const renderDeployment: JobHandler = async (job) => {
    const deployment = await store.deployments.find(job.deploymentId);
    if (!deployment) return DONE;
    const stored = new Map((await store.messages.parts(deployment.id)).map((row) => [row.part, row]));
    const send = async (part: string, message: SlackMessagePayload) => {
      const row = stored.get(part);
      return row?.ts ? update(job, row.id, row.channelId, row.ts, row.renderHash, message) : undefined;
    };
    for (const phase of deployment.template.phases) {
      for (const [page, message] of renderPhaseMessages(deployment, phase).entries()) {
        const failed = await send(phasePart(phase.key, page), message);
        if (failed) return failed;
      }
    }
    return (await send(CARD_PART, await renderCard(deployment))) ?? DONE;
  };

  /** A plain message in the deployment's thread (probe reports, check-ins, notices). */
  const postThreadMessage: JobHandler = async (job, payload, run) => {
    const deployment = await store.deployments.find(job.deploymentId);
    if (!deployment) return DONE;
    if (!deployment.threadTs) return { kind: 'defer', until: new Date(now().getTime() + 1000) };
    // A change's notice is rendered now, from the data the domain returned; other posts carry their text.
    const notice = ZNoticePayload.safeParse(payload.notice);
    const text = notice.success
      ? renderNotice(notice.data as Notice)
      : typeof payload.text === 'string'
        ? payload.text
        : '';
    const blocks = Array.isArray(payload.blocks) ? payload.blocks : undefined;
    const handBack = await takePostSlot(deps.pacer, run, deployment.channelId, now);
    if (handBack) return handBack;
    const failed = await slack(job, () =>
      client.chat.postMessage({
        channel: deployment.channelId,
        thread_ts: deployment.threadTs as string,
        text: text || escapeMrkdwn(deployment.service),
        ...(blocks ? { blocks } : {}),
        unfurl_links: false,
      }),
    );
    return failed ?? DONE;
  };

  return {
    [JOB.postCard]: postCard,
    [JOB.postPhases]: postPhases,
    [JOB.render]: renderDeployment,
    [JOB.postThreadMessage]: postThreadMessage,
  };
}

import { createHash } from 'node:crypto';
import type { Deployment } from '../../domain/deployment.ts';
import type { SlackMessagePayload } from '../../domain/render/message.ts';
import { escapeMrkdwn } from '../../domain/render/mrkdwn.ts';
import { paginatePhase, phasePart, renderPhaseMessages } from '../../domain/render/render-phase-messages.ts';
import { renderSummaryCard } from '../../domain/render/render-summary-card.ts';
import type { Job } from '../../generated/sqlite/index.js';
import { JOB } from '../../scheduler/job-kinds.ts';
import { DONE, type JobHandler, type JobOutcome } from '../../scheduler/job-worker.ts';
import { renderJobs } from '../../store/deployment-repository.ts';
import { causedBy, enqueueJob, wakeWaitingJobs } from '../../store/job-repository.ts';
import type { Deps } from '../deps.ts';
import { isChannelAccessError, retryAfterSlackError } from '../slack-errors.ts';

export const CARD_PART = 'card';

/** Jobs that post into the thread and so wait for the card. */
const THREAD_JOB_KINDS: string[] = [JOB.postPhases, JOB.postThreadMessage];

function hashPayload(payload: SlackMessagePayload): string {
  return createHash('sha256').update(JSON.stringify(payload)).digest('hex').slice(0, 32);
}

/**
 * The outbox handlers: each renders from the state stored at send time (never from the event that queued it),
 * so a message can never show something older than what is stored, and retries send the newest state.
 */
export function deploymentEffectHandlers(deps: Deps): Record<string, JobHandler> {
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

  const postCard: JobHandler = async (job, payload) => {
    const deployment = await store.deployments.find(job.deploymentId);
    if (!deployment || deployment.threadTs) return DONE;
    const message = await renderCard(deployment);
    await deps.pacer.acquire(deployment.channelId);
    try {
      const posted = await client.chat.postMessage({ channel: deployment.channelId, ...message, unfurl_links: false });
      const ts = posted.ts as string;
      await store.deployments.setThreadTs(deployment.id, ts);
      await store.messages.recordPosted(deployment.id, CARD_PART, {
        channelId: deployment.channelId,
        ts,
        renderHash: hashPayload(message),
        position: 0,
      });
      // Thread replies deferred while the parent was missing can go now.
      await wakeWaitingJobs(store.db, deployment.id, THREAD_JOB_KINDS, now());
      return DONE;
    } catch (error) {
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
    }
  };

  const postPhases: JobHandler = async (job) => {
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
        await deps.pacer.acquire(deployment.channelId);
        let ts: string | undefined;
        const failed = await slack(job, async () => {
          const posted = await client.chat.postMessage({
            channel: deployment.channelId,
            thread_ts: deployment.threadTs as string,
            ...message,
            unfurl_links: false,
          });
          ts = posted.ts as string;
        });
        if (failed) return failed;
        await store.messages.recordPosted(deployment.id, part, {
          channelId: deployment.channelId,
          ts: ts as string,
          renderHash: hashPayload(message),
          position,
        });
      }
    }
    // A tick that landed while a page was on its way is caught up here (identical renders are not re-sent).
    for (const render of causedBy(renderJobs(deployment.id, [{ kind: 'card' }], now()), job.correlationId))
      await enqueueJob(store.db, render, now());
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
  const postThreadMessage: JobHandler = async (job, payload) => {
    const deployment = await store.deployments.find(job.deploymentId);
    if (!deployment) return DONE;
    if (!deployment.threadTs) return { kind: 'defer', until: new Date(now().getTime() + 1000) };
    const text = typeof payload.text === 'string' ? payload.text : '';
    const blocks = Array.isArray(payload.blocks) ? payload.blocks : undefined;
    await deps.pacer.acquire(deployment.channelId);
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

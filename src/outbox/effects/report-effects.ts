import { z } from 'zod';
import { deploymentReport } from '../../app/deployment-records.ts';
import { UPLOAD_REPORT_JOB } from '../../app/report-upload.ts';
import { escapeMrkdwn, mentionUser } from '../../domain/render/mrkdwn.ts';
import { deploymentTitle } from '../../domain/render/render-summary-card.ts';
import type { DeploymentReport } from '../../domain/report/build-deployment-report.ts';
import { renderReportHtml } from '../../domain/report/render-report-html.ts';
import { reportHash } from '../../domain/report/render-report-json.ts';
import { shareFile, stageFile } from '../../slack-api/file-upload.ts';
import { slackErrorName } from '../../slack-api/slack-errors.ts';
import type { EffectDeps } from '../effect-deps.ts';
import { DONE, type JobHandler } from '../job-worker.ts';
import { takePostSlot } from '../lease-guard.ts';
import { retryWhileAlive } from '../retry-while-alive.ts';
import { retryAfterSlackError } from '../slack-retry.ts';

const ZReportPayload = z.object({ actor: z.string() });

/** The file's name in Slack: what it is, and of which deployment, so a downloaded copy still says so. */
export function reportFilename(report: Pick<DeploymentReport, 'service' | 'version' | 'environment'>): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9._+-]/g, '_');
  return `deployment-report-${safe(report.service)}-${safe(report.version)}-${safe(report.environment)}.html`;
}

/** The comment the file is shared with: whose report, who asked, and the hashes that tie it to the records. */
export function reportComment(report: DeploymentReport, actor: string): string {
  const chain = report.auditChain;
  const verdict = chain.intact
    ? `intact, ${chain.rows} rows, head \`${chain.headHash ?? 'none'}\``
    : `*BROKEN*: ${escapeMrkdwn(chain.problem ?? 'see the report')}`;
  return [
    `:page_facing_up: The report of *${escapeMrkdwn(deploymentTitle(report))}* (${report.outcome}), asked for by ${mentionUser(actor)}.`,
    `Audit chain: ${verdict}. Report hash \`${reportHash(report)}\`.`,
  ].join('\n');
}

/**
 * Uploads a deployment's report into its thread, once per request, even when the job runs again (a retry after
 * Slack failed, another replica after a crash). Each step is recorded before the next:
 * 1. the file is staged (getUploadURLExternal, then the bytes), and its id stored;
 * 2. it is shared in the thread (completeUploadExternal), and that stored.
 * A run that finds a shared file does nothing; one that finds a staged file shares that one instead of staging
 * another. If Slack answers `file_not_found` there, the earlier run had shared it and died before storing so (Slack
 * shares an upload once): nothing is shared twice. The report is rendered when the job runs, from what is stored
 * then, like every message of the outbox.
 */
export function reportEffectHandlers(deps: EffectDeps): Record<string, JobHandler> {
  const { store, client, now } = deps;

  const uploadReport: JobHandler = async (job, payload, run) => {
    const { actor } = ZReportPayload.parse(payload);
    const deployment = await store.deployments.find(job.deploymentId);
    if (!deployment) return DONE;
    // The thread exists once the card is posted, a moment after the start.
    if (!deployment.threadTs) return { kind: 'defer', until: new Date(now().getTime() + 1000) };
    // One upload per request: a request made while this one ran bumps requestRev and gets its own.
    const part = `report-file:${job.id}:${job.requestRev}`;
    const recorded = await store.messages.uploadState(deployment.id, part);
    if (recorded?.shared) return DONE;
    const report = await deploymentReport(store, deployment.id);
    if (!report) return DONE;
    const record = (fileId: string, shared: boolean) =>
      retryWhileAlive(
        () => store.messages.recordUpload(deployment.id, part, { channelId: deployment.channelId, fileId, shared }),
        run.alive,
        deps.logger,
        { message: 'could not record an uploaded report; retrying while the job is ours', fields: { jobId: job.id } },
      );
    let fileId = recorded?.fileId;
    if (!fileId) {
      try {
        fileId = await stageFile(client, {
          filename: reportFilename(report),
          content: Buffer.from(renderReportHtml(report), 'utf8'),
        });
      } catch (error) {
        return retryAfterSlackError(error, job.attempts, now());
      }
      await record(fileId, false);
    }
    // Sharing posts in the channel: it waits for the channel's slot like any post, and only while the job is ours.
    const handBack = await takePostSlot(deps.pacer, run, deployment.channelId, now);
    if (handBack) return handBack;
    try {
      await shareFile(client, {
        fileId,
        title: `Deployment report: ${deploymentTitle(report)}`,
        channelId: deployment.channelId,
        threadTs: deployment.threadTs,
        comment: reportComment(report, actor),
      });
    } catch (error) {
      if (recorded?.fileId && slackErrorName(error) === 'file_not_found') {
        deps.logger.warn('an earlier run shared this report and stopped before recording it; not sharing it again', {
          jobId: job.id,
          deploymentId: deployment.id,
          fileId,
        });
      } else {
        return retryAfterSlackError(error, job.attempts, now());
      }
    }
    await record(fileId, true);
    return DONE;
  };

  return { [UPLOAD_REPORT_JOB]: uploadReport };
}

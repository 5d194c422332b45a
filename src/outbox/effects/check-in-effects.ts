import { z } from 'zod';
import { applyChange } from '../../app/apply-change.ts';
import { runDeploymentProbes } from '../../app/run-deployment-probes.ts';
import { checkInPlan, nextCheckIn, nextRollbackReminder } from '../../domain/check-ins.ts';
import { type Deployment, isClosed } from '../../domain/deployment.ts';
import { BASELINE_PROBES_JOB, CHECK_IN_JOB, ESCALATION_JOB, ROLLBACK_REMINDER_JOB } from '../../domain/follow-ups.ts';
import { JOB } from '../../domain/job-kinds.ts';
import { audience } from '../../domain/lifecycle-events.ts';
import { compareProbeRuns, type ProbeSnapshot, snapshotFromEvidence } from '../../domain/probe-comparison.ts';
import { escapeMrkdwn, mentionUser } from '../../domain/render/mrkdwn.ts';
import { renderCheckInMessage, renderRollbackReminder } from '../../domain/render/render-check-in.ts';
import type { Job } from '../../generated/sqlite/index.js';
import type { EffectDeps } from '../effect-deps.ts';
import { DONE, type JobHandler, type JobOutcome, type JobRun } from '../job-worker.ts';
import { takePostSlot } from '../lease-guard.ts';
import { retryWhileAlive } from '../retry-while-alive.ts';
import { retryAfterSlackError } from '../slack-retry.ts';

const SCHEDULER_ACTOR = 'scheduler';

/** Check-ins and reminders only run while the release is live and being verified. */
function verifying(deployment: Deployment | undefined): deployment is Deployment & { goLiveAt: Date } {
  return Boolean(deployment?.goLiveAt) && !isClosed(deployment as Deployment) && deployment?.status !== 'rolling-back';
}

function checkInInput(deployment: Deployment & { goLiveAt: Date }, now: Date) {
  const sent: Record<string, Date> = {};
  const snoozedUntil: Record<string, Date> = {};
  for (const [key, state] of Object.entries(deployment.checkIns)) {
    if (state.sentAt) sent[key] = state.sentAt;
    if (state.snoozedUntil) snoozedUntil[key] = state.snoozedUntil;
  }
  return {
    template: deployment.template,
    goLiveAt: deployment.goLiveAt,
    sent,
    snoozedUntil,
    stopped: deployment.checkInsStoppedAt !== null,
    now,
  };
}

async function baselineSnapshots(deps: EffectDeps, deploymentId: string): Promise<ProbeSnapshot[] | undefined> {
  const rows = await deps.store.probeRuns.lastRunFor(deploymentId, 'go-live');
  if (!rows) return undefined;
  return rows.map((row) =>
    snapshotFromEvidence(row.itemKey, row.outcome as ProbeSnapshot['outcome'], JSON.parse(row.evidenceJson)),
  );
}

export function checkInEffectHandlers(deps: EffectDeps): Record<string, JobHandler> {
  const { store, client, now } = deps;

  /** Records that a message went out; retried while the job is alive, so a database blip never re-posts it. */
  const recordAfterPost = <T>(job: Job, run: JobRun, write: () => Promise<T>) =>
    retryWhileAlive(write, run.alive, deps.logger, {
      message: 'could not record a posted message; retrying while the job is ours',
      fields: { jobId: job.id, kind: job.kind },
    });

  /** Walks the plan: posts what is due (saying how late), then waits for the next one. */
  const checkIn: JobHandler = async (job, _payload, run) => {
    const deployment = await store.deployments.find(job.deploymentId);
    if (!verifying(deployment)) return DONE;
    const next = nextCheckIn(checkInInput(deployment, now()));
    if (!next) return DONE;
    if (next.dueAt.getTime() > now().getTime()) return { kind: 'defer', until: next.dueAt };
    const plan = deployment.template.checkIns.find((c) => c.key === next.key);
    if (!plan) return DONE;
    let comparison: ReturnType<typeof compareProbeRuns> | undefined;
    if (plan.probes.length > 0) {
      const run = await runDeploymentProbes(deps, deployment.id, {
        itemKeys: plan.probes,
        trigger: `check-in:${plan.key}`,
        heading: `Probes at ${plan.title}`,
        actor: SCHEDULER_ACTOR,
        postReport: false,
        correlationId: job.correlationId,
      });
      const current = run.results.map((result, i) =>
        snapshotFromEvidence(run.entries[i]?.itemKey ?? '', result.outcome, result.evidence),
      );
      comparison = compareProbeRuns((await baselineSnapshots(deps, deployment.id)) ?? [], current);
    }
    const fresh = await store.deployments.load(deployment.id);
    const schedule = new Map(checkInPlan(fresh.template, deployment.goLiveAt).map((entry) => [entry.key, entry]));
    const mentions = audience(fresh, plan.mention);
    const message = renderCheckInMessage({
      deployment: fresh,
      checkIn: plan,
      lateByMs: next.lateByMs,
      missed: next.missed.map((key) => ({
        title: schedule.get(key)?.title ?? key,
        lateByMs: Math.max(0, now().getTime() - (schedule.get(key)?.dueAt.getTime() ?? now().getTime())),
      })),
      comparison,
      mentions,
    });
    // After the wait for the slot: post only while the job is surely ours (no other replica can take it).
    const handBack = await takePostSlot(deps.pacer, run, fresh.channelId, now);
    if (handBack) return handBack;
    let ts: string | null = null;
    try {
      const posted = await client.chat.postMessage({
        channel: fresh.channelId,
        thread_ts: fresh.threadTs ?? undefined,
        ...message,
        unfurl_links: false,
      });
      ts = (posted.ts as string | undefined) ?? null;
    } catch (error) {
      return retryAfterSlackError(error, job.attempts, now());
    }
    const _sentAt = now();
    // Posted: losing this record to a database blip would post the check-in again on retry.
    await recordAfterPost(job, run, () =>
      applyChange(
        deps,
        fresh.id,
        // The domain schedules the escalation that follows a posted check-in.
        { type: 'check-in-sent', actor: SCHEDULER_ACTOR, key: plan.key, messageTs: ts },
        job.correlationId,
      ),
    );
    if (comparison && comparison.newlyFailing.length > 0) {
      await store.jobs.enqueue(
        {
          deploymentId: fresh.id,
          kind: JOB.postThreadMessage,
          dueAt: now(),
          payload: {
            text: `:rewind: ${mentionUser(fresh.ownerId)} probes fail at *${escapeMrkdwn(plan.title)}* that passed at go-live. If the release has to go, press *Start rollback* on the card; the rollback window is still open.`,
          },
          correlationId: job.correlationId,
        },
        now(),
      );
      deps.kick();
    }
    const after = await store.deployments.find(fresh.id);
    const following = verifying(after) ? nextCheckIn(checkInInput(after, now())) : undefined;
    return following ? ({ kind: 'defer', until: following.dueAt } satisfies JobOutcome) : DONE;
  };

  /** A second ping in the thread and a direct message to the owner when nobody answered. */
  const escalate: JobHandler = async (job, payload, run) => {
    const { key } = z.object({ key: z.string() }).parse(payload);
    const deployment = await store.deployments.find(job.deploymentId);
    if (!verifying(deployment)) return DONE;
    const state = deployment.checkIns[key];
    if (!state?.sentAt || state.answeredAt || state.escalatedAt) return DONE;
    const plan = deployment.template.checkIns.find((c) => c.key === key);
    const people = audience(deployment, [...(plan?.mention ?? []), ...deployment.template.verification.roles]);
    const title = escapeMrkdwn(plan?.title ?? key);
    try {
      // After the wait for the slot: post only while the job is surely ours (no other replica can take it).
      const handBack = await takePostSlot(deps.pacer, run, deployment.channelId, now);
      if (handBack) return handBack;
      await client.chat.postMessage({
        channel: deployment.channelId,
        thread_ts: deployment.threadTs ?? undefined,
        text: `:bell: ${people.map(mentionUser).join(' ')} the *${title}* check-in of ${escapeMrkdwn(deployment.service)} ${escapeMrkdwn(deployment.version)} is still unanswered.`,
      });
      const dm = await client.conversations.open({ users: deployment.ownerId });
      const permalink = deployment.threadTs
        ? await client.chat
            .getPermalink({ channel: deployment.channelId, message_ts: deployment.threadTs })
            .catch(() => undefined)
        : undefined;
      await client.chat.postMessage({
        channel: dm.channel?.id as string,
        text: `The *${title}* check-in of ${escapeMrkdwn(deployment.service)} ${escapeMrkdwn(deployment.version)} in <#${deployment.channelId}> is waiting for your answer${permalink?.permalink ? `: ${permalink.permalink}` : '.'}`,
      });
    } catch (error) {
      return retryAfterSlackError(error, job.attempts, now());
    }
    await recordAfterPost(job, run, () =>
      applyChange(deps, deployment.id, { type: 'check-in-escalated', actor: SCHEDULER_ACTOR, key }, job.correlationId),
    );
    return DONE;
  };

  /** Reminds while verification is open, tightening as the window closes; after the final notice, stops. */
  const rollbackReminder: JobHandler = async (job, _payload, run) => {
    const deployment = await store.deployments.find(job.deploymentId);
    if (!verifying(deployment)) return DONE;
    const lastSentAt = await store.deployments.lastAuditAt(deployment.id, 'rollback-reminder-sent');
    const reminder = nextRollbackReminder({
      template: deployment.template,
      goLiveAt: deployment.goLiveAt,
      lastSentAt,
      now: now(),
    });
    if (!reminder) return DONE;
    if (reminder.dueAt.getTime() > now().getTime()) return { kind: 'defer', until: reminder.dueAt };
    try {
      // After the wait for the slot: post only while the job is surely ours (no other replica can take it).
      const handBack = await takePostSlot(deps.pacer, run, deployment.channelId, now);
      if (handBack) return handBack;
      await client.chat.postMessage({
        channel: deployment.channelId,
        thread_ts: deployment.threadTs ?? undefined,
        ...renderRollbackReminder(deployment, reminder, now()),
        unfurl_links: false,
      });
    } catch (error) {
      return retryAfterSlackError(error, job.attempts, now());
    }
    // Recorded at the reminder's due time, so the next one is computed from the cadence, not from when we ran.
    // Appended to the deployment's audit hash chain like every other audit row (src/store/audit-chain.ts).
    await recordAfterPost(job, run, () =>
      store.deployments.recordAudit(deployment.id, [
        {
          actor: SCHEDULER_ACTOR,
          action: 'rollback-reminder-sent',
          itemKey: null,
          dataJson: JSON.stringify({
            dueAt: reminder.dueAt.toISOString(),
            lateByMs: reminder.lateByMs,
            final: reminder.final,
          }),
          at: reminder.dueAt,
        },
      ]),
    );
    const following = nextRollbackReminder({
      template: deployment.template,
      goLiveAt: deployment.goLiveAt,
      lastSentAt: reminder.dueAt,
      now: now(),
    });
    return following ? { kind: 'defer', until: following.dueAt } : DONE;
  };

  /** The run at go-live that later check-ins compare against. */
  const baselineProbes: JobHandler = async (job) => {
    const deployment = await store.deployments.find(job.deploymentId);
    if (!deployment?.goLiveAt) return DONE;
    if (!deployment.template.phases.some((phase) => phase.items.some((item) => item.probe))) return DONE;
    await runDeploymentProbes(deps, deployment.id, {
      trigger: 'go-live',
      heading: 'Probes at go-live (baseline for check-ins)',
      actor: SCHEDULER_ACTOR,
      correlationId: job.correlationId,
    });
    return DONE;
  };

  return {
    [CHECK_IN_JOB]: checkIn,
    [ESCALATION_JOB]: escalate,
    [ROLLBACK_REMINDER_JOB]: rollbackReminder,
    [BASELINE_PROBES_JOB]: baselineProbes,
  };
}

import { nextCheckIn, rollbackReminderTimes } from '../domain/check-ins.ts';
import type { Deployment } from '../domain/deployment.ts';
import { escapeMrkdwn, personText, slackDate } from '../domain/render/mrkdwn.ts';
import type { CardSection } from '../domain/render/render-summary-card.ts';
import type { Store } from '../store/store.ts';

/** A section of the card that a feature reads from the store at render time. */
export type CardSectionSource = (deployment: Deployment, store: Store) => Promise<CardSection | undefined>;

/** The last probe run: when, and how it came out. */
export const lastProbeRunSection: CardSectionSource = async (deployment, store) => {
  const found = await store.probeRuns.lastProbeRun(deployment.id);
  if (!found) return undefined;
  const { last, results: runs } = found;
  const count = (outcome: string) => runs.filter((run) => run.outcome === outcome).length;
  const parts = [`${count('pass')} pass`, `${count('fail')} fail`];
  if (count('inconclusive') > 0) parts.push(`${count('inconclusive')} inconclusive`);
  const icon =
    count('fail') > 0 ? ':red_circle:' : count('inconclusive') > 0 ? ':large_yellow_circle:' : ':large_green_circle:';
  return {
    title: 'Probes',
    lines: [`${icon} Last run ${slackDate(last.at)} (${escapeMrkdwn(last.trigger)}): ${parts.join(', ')}`],
  };
};

/** Next check-in, the answers so far, and the rollback window while verification is open. */
export function checkInSection(now: () => Date): CardSectionSource {
  return async (deployment) => {
    if (!deployment.goLiveAt) return undefined;
    const lines: string[] = [];
    for (const checkIn of deployment.template.checkIns) {
      const state = deployment.checkIns[checkIn.key];
      if (!state?.answer) continue;
      const note = state.note ? `: ${personText(state.note, 150)}` : '';
      lines.push(`• ${escapeMrkdwn(checkIn.title)}: *${state.answer}* by <@${state.answeredBy}>${note}`);
    }
    const live = deployment.status === 'deployed' || deployment.status === 'verifying';
    if (live && deployment.checkInsStoppedAt) {
      lines.push(`Check-ins stopped: ${personText(deployment.checkInsStopReason ?? '')}`);
    } else if (live) {
      const next = nextCheckIn({
        template: deployment.template,
        goLiveAt: deployment.goLiveAt,
        sent: Object.fromEntries(
          Object.values(deployment.checkIns).flatMap((c) => (c.sentAt ? [[c.key, c.sentAt]] : [])),
        ),
        snoozedUntil: Object.fromEntries(
          Object.values(deployment.checkIns).flatMap((c) => (c.snoozedUntil ? [[c.key, c.snoozedUntil]] : [])),
        ),
        stopped: false,
        now: now(),
      });
      if (next) lines.push(`Next check-in: *${escapeMrkdwn(next.title)}* ${slackDate(next.dueAt)}`);
      const closes = rollbackReminderTimes(deployment.template, deployment.goLiveAt).at(-1);
      if (closes)
        lines.push(`Rollback window ${closes.getTime() > now().getTime() ? 'closes' : 'closed'} ${slackDate(closes)}`);
    }
    return lines.length > 0 ? { title: 'Check-ins', lines } : undefined;
  };
}

/** Jobs that gave up after their last attempt stay visible on the card until someone looks. */
export const failedJobsSection: CardSectionSource = async (deployment, store) => {
  const failed = await store.jobs.failed(deployment.id, 3);
  if (failed.length === 0) return undefined;
  return {
    title: `:warning: Failed to deliver (${failed.length})`,
    lines: failed.map(
      (job) =>
        `• ${escapeMrkdwn(job.kind)} after ${job.attempts} attempts: ${escapeMrkdwn((job.lastError ?? 'unknown error').slice(0, 200))}`,
    ),
  };
};

export function composeCardSections(store: Store, sources: readonly CardSectionSource[]) {
  return async (deployment: Deployment): Promise<CardSection[]> => {
    const sections = await Promise.all(sources.map((source) => source(deployment, store)));
    return sections.filter((section): section is CardSection => section !== undefined);
  };
}

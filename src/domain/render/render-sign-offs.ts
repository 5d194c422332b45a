import type { Deployment } from '../deployment.ts';
import { roleViews } from '../sign-off.ts';
import type { CardSection } from './card-section.ts';
import { escapeMrkdwn, mentionUser, personText, slackDate } from './mrkdwn.ts';

const STATUS_ICON = {
  approved: ':white_check_mark:',
  rejected: ':no_entry:',
  stale: ':warning:',
  awaiting: ':hourglass_flowing_sand:',
};

/** The card's roles: who is assigned, and where each sign-off stands. */
export function renderRolesSection(deployment: Deployment): CardSection | undefined {
  const views = roleViews(deployment);
  if (views.length === 0) return undefined;
  const missing = views.filter((v) => v.role.required && v.status !== 'approved').length;
  const lines = views.map((view) => {
    const who = view.assignees.length > 0 ? view.assignees.map(mentionUser).join(', ') : '_unassigned_';
    const required = view.role.required ? '' : ' _(optional)_';
    let state = 'awaiting sign-off';
    if (view.status === 'approved' && view.current)
      state = `approved by ${mentionUser(view.current.userId)} ${slackDate(view.current.at)}`;
    if (view.status === 'rejected' && view.current) {
      state = `rejected by ${mentionUser(view.current.userId)}: ${personText(view.current.reason ?? '', 200)}`;
    }
    if (view.status === 'stale' && view.lastStale) state = `stale: ${personText(view.lastStale.staleReason ?? '')}`;
    return `${STATUS_ICON[view.status]} *${escapeMrkdwn(view.role.title)}*${required} (${who}): ${state}`;
  });
  return { title: missing === 0 ? 'Sign-offs: quorum reached' : `Sign-offs missing (${missing})`, lines };
}

/** Go-live and verification: when, by whom, any override (it stays visible), and what the verifiers said. */
export function renderGoLiveSection(deployment: Deployment): CardSection | undefined {
  if (!deployment.goLiveAt) return undefined;
  const lines = [
    `:rocket: Live since ${slackDate(deployment.goLiveAt)} by ${mentionUser(deployment.goLiveBy ?? deployment.ownerId)}`,
  ];
  if (deployment.goLiveOverride) {
    lines.push(`:warning: *Went live without the quorum:* ${personText(deployment.goLiveOverride, 500)}`);
  }
  for (const v of deployment.verifications.slice(-5)) {
    const note = v.note ? `: ${personText(v.note, 200)}` : '';
    lines.push(
      `:clipboard: ${mentionUser(v.userId)} ${slackDate(v.at)}: issues *${v.issues}*, *${v.status.replace('-', ' ')}*${note}`,
    );
  }
  if (deployment.rollbackReason) lines.push(`:rewind: Rollback: ${personText(deployment.rollbackReason, 300)}`);
  return { title: 'Go-live', lines };
}

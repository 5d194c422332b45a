import type { Notice } from '../notice.ts';
import { detailsLink, escapeMrkdwn, mentionUser, personText, truncate } from './mrkdwn.ts';

/** A thread message stays readable: a long rollback phase is listed in part. */
const MAX_ROLLBACK_ITEMS_LISTED = 15;

const ANSWER_LABEL = {
  stable: ':white_check_mark: stable',
  minor: ':warning: minor issues',
  major: ':rotating_light: major issues',
  rollback: ':rewind: roll back',
} as const;

/** The thread message of a notice (mrkdwn): our words, people's words redacted and escaped, users as mentions. */
export function renderNotice(notice: Notice): string {
  switch (notice.kind) {
    case 'sign-off-stale':
      return `:warning: ${mentionUser(notice.userId)} your sign-off for *${escapeMrkdwn(notice.roleTitle)}* is stale: ${personText(notice.reason)}. Please review and sign again.`;
    case 'signed-off':
      return `:white_check_mark: *${escapeMrkdwn(notice.roleTitle)}* approved by ${mentionUser(notice.userId)}${notice.note ? `: ${personText(notice.note)}` : ''}`;
    case 'sign-off-rejected':
      return `:no_entry: ${mentionUser(notice.ownerId)} *${escapeMrkdwn(notice.roleTitle)}* rejected by ${mentionUser(notice.userId)}: ${personText(notice.reason)}. Go-live is blocked until it is approved.`;
    case 'went-live': {
      const live = `:rocket: *Live:* ${escapeMrkdwn(notice.service)} ${escapeMrkdwn(notice.version)} → ${escapeMrkdwn(notice.environment)}, by ${mentionUser(notice.userId)}.`;
      if (!notice.override) return live;
      const open = notice.override.blockers.map((b) => `• ${b}`).join('\n');
      return `${live}\n:warning: Went live *without the quorum*: ${personText(notice.override.reason)}\nOpen at go-live:\n${open}`;
    }
    case 'verified':
      return `:clipboard: Verification by ${mentionUser(notice.userId)} (*${escapeMrkdwn(notice.roleTitle)}*): issues *${notice.issues}*, status *${notice.status.replace('-', ' ')}*${notice.note ? `: ${personText(notice.note)}` : ''}`;
    case 'rollback-required':
      return `:rewind: ${mentionUser(notice.ownerId)} rollback required. Work through the *Rollback* phase in this thread, then press *Rollback complete* on the card.`;
    case 'verified-stable':
      return ':white_check_mark: Verified stable. This deployment is closed.';
    case 'version-changed':
      return `:label: Version changed from ${escapeMrkdwn(notice.from)} to ${escapeMrkdwn(notice.to)} by ${mentionUser(notice.userId)}.`;
    case 'probe-report':
      return notice.text;
    case 'check-in-answered':
      return `*${escapeMrkdwn(notice.checkInTitle)}* answered by ${mentionUser(notice.userId)}: ${ANSWER_LABEL[notice.answer]}${notice.note ? `: ${personText(notice.note)}` : ''}`;
    case 'major-issues':
      return `:rewind: ${mentionUser(notice.ownerId)} major issues reported. If rolling back is the call, press *Start rollback* on the card. The rollback window is still open.`;
    case 'closed-by-last-check-in':
      return ':white_check_mark: Last check-in answered stable. This deployment is closed.';
    case 'check-in-snoozed':
      return `:zzz: *${escapeMrkdwn(notice.checkInTitle)}* snoozed by ${mentionUser(notice.userId)}; asking again later.`;
    case 'check-ins-stopped':
      return `:octagonal_sign: Check-ins stopped by ${mentionUser(notice.userId)}: ${personText(notice.reason)}`;
    case 'rollback-started': {
      const listed = notice.rollbackItems.slice(0, MAX_ROLLBACK_ITEMS_LISTED).map((item) => `• ${escapeMrkdwn(item)}`);
      const more =
        notice.rollbackItems.length > MAX_ROLLBACK_ITEMS_LISTED
          ? [`…and ${notice.rollbackItems.length - MAX_ROLLBACK_ITEMS_LISTED} more`]
          : [];
      const items =
        listed.length > 0
          ? `*Rollback items* (tick them in the *Rollback* phase of this thread):\n${[...listed, ...more].join('\n')}\n`
          : '';
      return `:rewind: *Rollback started* by ${mentionUser(notice.userId)}: ${personText(notice.reason)}\n${notice.people.map(mentionUser).join(' ')}\n${items}Press *Rollback complete* on the card when done.`;
    }
    case 'rollback-completed':
      return `:leftwards_arrow_with_hook: Rollback complete (${mentionUser(notice.userId)}). This deployment is closed as rolled back.`;
    case 'marked-stable':
      return `:white_check_mark: Marked stable by ${mentionUser(notice.userId)}. Check-ins and rollback reminders stop; this deployment is closed.`;
    case 'pipeline-reported': {
      const icon = { deployed: ':package:', failed: ':x:', note: ':speech_balloon:' }[notice.outcome];
      const verb = notice.outcome === 'note' ? 'says' : `reports *${notice.outcome}*`;
      const link = notice.url ? ` (${detailsLink(notice.url)})` : '';
      return `${icon} ${mentionUser(notice.userId)} ${verb}: ${personText(truncate(notice.message, 1000))}${link}`;
    }
    case 'cancelled':
      return `:no_entry_sign: Cancelled by ${mentionUser(notice.userId)}${notice.reason ? `: ${personText(notice.reason)}` : ''}.`;
  }
}

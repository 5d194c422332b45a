import type { CheckInState, Deployment } from './deployment.ts';
import type { LifecycleEvent } from './deployment-event.ts';
import {
  type AuditEntry,
  CARD,
  type EventResult,
  hasReason,
  REASON_HINT,
  type RenderTarget,
  refuse,
} from './event-result.ts';
import { escapeMrkdwn, mentionUser, personText } from './render/mrkdwn.ts';

export type { LifecycleEvent };

function ok(
  deployment: Deployment,
  audit: AuditEntry[],
  messages: string[] = [],
  render: RenderTarget[] = [CARD],
): EventResult {
  return { ok: true, deployment, audit, render, messages };
}

function emptyCheckIn(key: string): CheckInState {
  return {
    key,
    sentAt: null,
    messageTs: null,
    snoozedUntil: null,
    escalatedAt: null,
    answeredAt: null,
    answeredBy: null,
    answer: null,
    note: null,
  };
}

function isLive(deployment: Deployment): boolean {
  return deployment.goLiveAt !== null && (deployment.status === 'deployed' || deployment.status === 'verifying');
}

/** The people a check-in or rollback concerns: the owner and everyone assigned to the named roles. */
export function audience(deployment: Deployment, roleKeys: readonly string[]): string[] {
  return [...new Set([deployment.ownerId, ...roleKeys.flatMap((key) => deployment.roles[key] ?? [])])];
}

const MAX_ROLLBACK_ITEMS_LISTED = 15;

/** The rollback items, listed in the message that starts the rollback so nobody has to scroll for them. */
function rollbackItemsText(deployment: Deployment): string {
  const items = deployment.template.phases.filter((p) => p.kind === 'rollback').flatMap((p) => p.items);
  if (items.length === 0) return '';
  const listed = items.slice(0, MAX_ROLLBACK_ITEMS_LISTED).map((item) => `• ${escapeMrkdwn(item.text)}`);
  const more =
    items.length > MAX_ROLLBACK_ITEMS_LISTED ? [`…and ${items.length - MAX_ROLLBACK_ITEMS_LISTED} more`] : [];
  return `*Rollback items* (tick them in the *Rollback* phase of this thread):\n${[...listed, ...more].join('\n')}\n`;
}

export function applyLifecycleEvent(deployment: Deployment, event: LifecycleEvent, now: Date): EventResult {
  const checkIn = (key: string) => deployment.checkIns[key] ?? emptyCheckIn(key);
  const title = (key: string) => deployment.template.checkIns.find((c) => c.key === key)?.title ?? key;
  const withCheckIn = (key: string, state: CheckInState): Deployment => ({
    ...deployment,
    checkIns: { ...deployment.checkIns, [key]: state },
    updatedAt: now,
  });
  switch (event.type) {
    case 'check-in-sent':
      return ok(
        withCheckIn(event.key, {
          ...checkIn(event.key),
          sentAt: now,
          messageTs: event.messageTs,
          snoozedUntil: null,
          escalatedAt: null,
        }),
        [{ actor: event.actor, action: 'check-in-sent', data: { key: event.key } }],
      );
    case 'check-in-escalated':
      return ok(withCheckIn(event.key, { ...checkIn(event.key), escalatedAt: now }), [
        { actor: event.actor, action: 'check-in-escalated', data: { key: event.key } },
      ]);
    case 'check-in-answer': {
      if (!isLive(deployment))
        return refuse('not-live', `This deployment is ${deployment.status}; check-ins are over.`);
      const involved =
        event.actor === deployment.ownerId ||
        Object.values(deployment.roles).some((users) => users.includes(event.actor));
      if (!involved) {
        return refuse(
          'not-involved',
          `Check-ins are answered by the owner (${mentionUser(deployment.ownerId)}) or someone holding a role.`,
        );
      }
      if ((event.answer === 'minor' || event.answer === 'major') && !event.note?.trim()) {
        return refuse('note-required', 'Describe the issues, so the team knows what to watch.');
      }
      const state: CheckInState = {
        ...checkIn(event.key),
        answeredAt: now,
        answeredBy: event.actor,
        answer: event.answer,
        note: event.note?.trim() || null,
      };
      let updated = withCheckIn(event.key, state);
      const messages: string[] = [];
      const note = state.note ? `: ${personText(state.note)}` : '';
      const label = {
        stable: ':white_check_mark: stable',
        minor: ':warning: minor issues',
        major: ':rotating_light: major issues',
        rollback: ':rewind: roll back',
      }[event.answer];
      messages.push(`*${escapeMrkdwn(title(event.key))}* answered by ${mentionUser(event.actor)}: ${label}${note}`);
      if (event.answer === 'major') {
        messages.push(
          `:rewind: ${mentionUser(deployment.ownerId)} major issues reported. If rolling back is the call, press *Start rollback* on the card. The rollback window is still open.`,
        );
      }
      if (event.answer !== 'major' && event.answer !== 'rollback') updated = { ...updated, status: 'verifying' };
      // The last check-in of the plan answered "stable" closes the deployment as stable.
      const last = deployment.template.checkIns.at(-1);
      if (event.answer === 'stable' && last?.key === event.key) {
        updated = { ...updated, status: 'stable', closedAt: now };
        messages.push(':white_check_mark: Last check-in answered stable. This deployment is closed.');
      }
      return ok(
        updated,
        [
          {
            actor: event.actor,
            action: 'check-in-answered',
            data: { key: event.key, answer: event.answer, note: state.note },
          },
        ],
        messages,
      );
    }
    case 'check-in-snooze':
      if (!isLive(deployment))
        return refuse('not-live', `This deployment is ${deployment.status}; check-ins are over.`);
      return ok(
        withCheckIn(event.key, { ...checkIn(event.key), snoozedUntil: event.until }),
        [
          {
            actor: event.actor,
            action: 'check-in-snoozed',
            data: { key: event.key, until: event.until.toISOString() },
          },
        ],
        [`:zzz: *${escapeMrkdwn(title(event.key))}* snoozed by ${mentionUser(event.actor)}; asking again later.`],
      );
    case 'stop-check-ins': {
      if (!hasReason(event.reason)) return refuse('reason-required', `Say why check-ins should stop ${REASON_HINT}.`);
      if (deployment.checkInsStoppedAt) return ok(deployment, [], [], []);
      return ok(
        { ...deployment, checkInsStoppedAt: now, checkInsStopReason: event.reason.trim(), updatedAt: now },
        [{ actor: event.actor, action: 'check-ins-stopped', data: { reason: event.reason.trim() } }],
        [`:octagonal_sign: Check-ins stopped by ${mentionUser(event.actor)}: ${personText(event.reason.trim())}`],
      );
    }
    case 'start-rollback': {
      if (!deployment.goLiveAt) return refuse('not-live', 'Nothing to roll back: this deployment has not gone live.');
      if (deployment.status === 'rolling-back')
        return refuse('already-rolling-back', 'A rollback is already under way.');
      if (!isLive(deployment)) return refuse('not-live', `This deployment is ${deployment.status}.`);
      if (!hasReason(event.reason))
        return refuse('reason-required', `Say why you roll back, so the team knows ${REASON_HINT}.`);
      const people = audience(
        deployment,
        deployment.template.roles.map((r) => r.key),
      )
        .map(mentionUser)
        .join(' ');
      return ok(
        { ...deployment, status: 'rolling-back', rollbackReason: event.reason.trim(), updatedAt: now },
        [{ actor: event.actor, action: 'rollback-started', data: { reason: event.reason.trim() } }],
        [
          `:rewind: *Rollback started* by ${mentionUser(event.actor)}: ${personText(event.reason.trim())}\n${people}\n${rollbackItemsText(deployment)}Press *Rollback complete* on the card when done.`,
        ],
        [
          CARD,
          ...deployment.template.phases
            .filter((p) => p.kind === 'rollback')
            .map((p) => ({ kind: 'phase' as const, phaseKey: p.key })),
        ],
      );
    }
    case 'complete-rollback':
      if (deployment.status !== 'rolling-back') return refuse('not-rolling-back', 'There is no rollback under way.');
      return ok(
        { ...deployment, status: 'rolled-back', closedAt: now, updatedAt: now },
        [{ actor: event.actor, action: 'rollback-completed' }],
        [
          `:leftwards_arrow_with_hook: Rollback complete (${mentionUser(event.actor)}). This deployment is closed as rolled back.`,
        ],
      );
    case 'mark-stable':
      if (!isLive(deployment)) return refuse('not-live', 'Only a live deployment can be marked stable.');
      return ok(
        { ...deployment, status: 'stable', closedAt: now, updatedAt: now },
        [{ actor: event.actor, action: 'marked-stable' }],
        [
          `:white_check_mark: Marked stable by ${mentionUser(event.actor)}. Check-ins and rollback reminders stop; this deployment is closed.`,
        ],
      );
    case 'cancel':
      if (event.actor !== deployment.ownerId)
        return refuse('not-owner', `Only the owner (${mentionUser(deployment.ownerId)}) can cancel this deployment.`);
      if (deployment.goLiveAt)
        return refuse('already-live', 'This deployment is live: roll it back or mark it stable instead.');
      return ok(
        { ...deployment, status: 'cancelled', closedAt: now, updatedAt: now },
        [{ actor: event.actor, action: 'cancelled', data: { reason: event.reason } }],
        [
          `:no_entry_sign: Cancelled by ${mentionUser(event.actor)}${event.reason ? `: ${personText(event.reason)}` : ''}.`,
        ],
      );
  }
}

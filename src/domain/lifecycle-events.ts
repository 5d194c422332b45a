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
import type { Notice } from './notice.ts';
import { mentionUser } from './render/mrkdwn.ts';

export type { LifecycleEvent };

function ok(
  deployment: Deployment,
  audit: AuditEntry[],
  notices: Notice[] = [],
  render: RenderTarget[] = [CARD],
): EventResult {
  return { ok: true, deployment, audit, render, notices };
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

/** The rollback items, listed in the message that starts the rollback so nobody has to scroll for them. */

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
      const notices: Notice[] = [
        {
          kind: 'check-in-answered',
          checkInTitle: title(event.key),
          userId: event.actor,
          answer: event.answer,
          note: state.note,
        },
      ];
      if (event.answer === 'major') notices.push({ kind: 'major-issues', ownerId: deployment.ownerId });
      if (event.answer !== 'major' && event.answer !== 'rollback') updated = { ...updated, status: 'verifying' };
      // The last check-in of the plan answered "stable" closes the deployment as stable.
      const last = deployment.template.checkIns.at(-1);
      if (event.answer === 'stable' && last?.key === event.key) {
        updated = { ...updated, status: 'stable', closedAt: now };
        notices.push({ kind: 'closed-by-last-check-in' });
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
        notices,
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
        [{ kind: 'check-in-snoozed', checkInTitle: title(event.key), userId: event.actor }],
      );
    case 'stop-check-ins': {
      if (!hasReason(event.reason)) return refuse('reason-required', `Say why check-ins should stop ${REASON_HINT}.`);
      if (deployment.checkInsStoppedAt) return ok(deployment, [], [], []);
      return ok(
        { ...deployment, checkInsStoppedAt: now, checkInsStopReason: event.reason.trim(), updatedAt: now },
        [{ actor: event.actor, action: 'check-ins-stopped', data: { reason: event.reason.trim() } }],
        [{ kind: 'check-ins-stopped', userId: event.actor, reason: event.reason.trim() }],
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
      );
      const rollbackItems = deployment.template.phases
        .filter((p) => p.kind === 'rollback')
        .flatMap((p) => p.items.map((item) => item.text));
      return ok(
        { ...deployment, status: 'rolling-back', rollbackReason: event.reason.trim(), updatedAt: now },
        [{ actor: event.actor, action: 'rollback-started', data: { reason: event.reason.trim() } }],
        [{ kind: 'rollback-started', userId: event.actor, reason: event.reason.trim(), people, rollbackItems }],
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
        [{ kind: 'rollback-completed', userId: event.actor }],
      );
    case 'mark-stable':
      if (!isLive(deployment)) return refuse('not-live', 'Only a live deployment can be marked stable.');
      return ok(
        { ...deployment, status: 'stable', closedAt: now, updatedAt: now },
        [{ actor: event.actor, action: 'marked-stable' }],
        [{ kind: 'marked-stable', userId: event.actor }],
      );
    case 'cancel':
      if (deployment.goLiveAt)
        return refuse('already-live', 'This deployment is live: roll it back or mark it stable instead.');
      return ok(
        { ...deployment, status: 'cancelled', closedAt: now, updatedAt: now },
        [{ actor: event.actor, action: 'cancelled', data: { reason: event.reason } }],
        [{ kind: 'cancelled', userId: event.actor, reason: event.reason }],
      );
  }
}

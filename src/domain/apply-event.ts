import { authorize, type Origin, SYSTEM_ORIGIN } from './authorize.ts';
import {
  type Deployment,
  emptyItemState,
  isClosed,
  itemState,
  type SignOffRecord,
  VERIFICATION_ISSUES,
  VERIFICATION_STATUSES,
  type VerificationRecord,
} from './deployment.ts';
import type { DeploymentEvent } from './deployment-event.ts';
import {
  type AuditEntry,
  CARD,
  type EventResult,
  hasReason,
  REASON_HINT,
  type RenderTarget,
  refuse,
  unchanged,
} from './event-result.ts';
import { followUpJobs, obsoleteJobKinds } from './follow-ups.ts';
import { homeRefreshJobs } from './home-refresh.ts';
import { applyLifecycleEvent } from './lifecycle-events.ts';
import type { Notice } from './notice.ts';
import { pipelineEvent } from './pipeline-event.ts';
import { PROBE_ACTOR } from './probe-report.ts';
import { escapeMrkdwn } from './render/mrkdwn.ts';
import {
  goLiveBlockers,
  itemsBlockingGoLive,
  markStale,
  maySign,
  type StaleTrigger,
  verifierRefusal,
  verifierRolesHeldBy,
} from './sign-off.ts';
import { templateItems } from './template.ts';

export type { AuditEntry, DeploymentEvent, EventResult, RenderTarget };

/** Records that may still land on a closed deployment (a late probe run or a check-in posted as it closed). */
const AFTER_CLOSE = new Set<DeploymentEvent['type']>([
  'set-endpoint',
  'probe-results',
  'check-in-sent',
  'check-in-escalated',
]);

/**
 * The state machine's single entry point: pure, the clock passed in, effects returned as data. Who may make the
 * change is checked first, from where it came from (a message's button, a form, the bot's own work).
 */
export function applyEvent(
  deployment: Deployment,
  event: DeploymentEvent,
  now: Date,
  origin: Origin = SYSTEM_ORIGIN,
): EventResult {
  const forbidden = authorize(deployment, event, origin);
  if (forbidden) return forbidden;
  const result = decide(deployment, event, now);
  if (!result.ok || result.deployment === deployment) return result;
  return {
    ...result,
    jobs: [...followUpJobs(event, result.deployment, now), ...homeRefreshJobs(deployment, result.deployment, now)],
    cancelKinds: obsoleteJobKinds(deployment, result.deployment),
  };
}

function decide(deployment: Deployment, event: DeploymentEvent, now: Date): EventResult {
  // Endpoints and probe evidence may still be recorded on a closed deployment (a late check-in run).
  if (isClosed(deployment) && !AFTER_CLOSE.has(event.type)) {
    return refuse('deployment-closed', `This deployment is ${deployment.status}; it can no longer be changed.`);
  }
  switch (event.type) {
    case 'set-item':
      return setItem(deployment, event, now);
    case 'set-endpoint':
      return setEndpoint(deployment, event, now);
    case 'assign-roles':
      return assignRoles(deployment, event, now);
    case 'sign-off':
      return signOff(deployment, event, now);
    case 'go-live':
      return goLive(deployment, event, now);
    case 'verify':
      return verify(deployment, event, now);
    case 'set-version':
      return setVersion(deployment, event, now);
    case 'probe-results':
      return probeResults(deployment, event, now);
    case 'pipeline-event':
      return pipelineEvent(deployment, event, now);
    default:
      return applyLifecycleEvent(deployment, event, now);
  }
}

/** Applies staleness and returns the thread pings that tell each signer why their sign-off no longer counts. */
export function withStaleness(
  deployment: Deployment,
  trigger: StaleTrigger,
  now: Date,
): { deployment: Deployment; notices: Notice[]; audit: AuditEntry[] } {
  const { signOffs, stale } = markStale(deployment, trigger, now);
  if (stale.length === 0) return { deployment, notices: [], audit: [] };
  const title = (s: SignOffRecord) => deployment.template.roles.find((r) => r.key === s.roleKey)?.title ?? s.roleKey;
  return {
    deployment: { ...deployment, signOffs },
    notices: stale.map((s) => ({
      kind: 'sign-off-stale' as const,
      userId: s.userId,
      roleTitle: title(s),
      reason: s.staleReason ?? '',
    })),
    audit: stale.map((s) => ({
      actor: 'deploy-checklist',
      action: 'sign-off-stale',
      data: { roleKey: s.roleKey, userId: s.userId, reason: s.staleReason },
    })),
  };
}

function setItem(
  deployment: Deployment,
  event: Extract<DeploymentEvent, { type: 'set-item' }>,
  now: Date,
): EventResult {
  const found = templateItems(deployment.template).find(({ item }) => item.key === event.itemKey);
  if (!found) return refuse('unknown-item', 'That item is not part of this checklist any more.');
  const current = itemState(deployment, event.itemKey);
  // A second click on a stale "Tick" button must not untick: the button says which state it asks for.
  if (current.done === event.done) return unchanged(deployment);
  // A pipeline's evidence is kept with its tick (and cleared when anyone unticks).
  const said = {
    note: event.note?.trim() || null,
    attestation: event.attestation
      ? { url: event.attestation.url ?? null, text: event.attestation.text ?? null }
      : null,
  };
  const next = event.done
    ? { ...current, done: true, flagged: false, by: event.actor, at: now, ...said }
    : {
        ...emptyItemState(event.itemKey),
        evidence: current.evidence,
        flagged: current.flagged,
        by: event.actor,
        at: now,
      };
  const status = deployment.status === 'planning' && event.done ? 'in-progress' : deployment.status;
  let updated: Deployment = {
    ...deployment,
    status,
    items: { ...deployment.items, [event.itemKey]: next },
    updatedAt: now,
  };
  const audit: AuditEntry[] = [
    {
      actor: event.actor,
      action: event.done ? 'item-ticked' : 'item-unticked',
      itemKey: event.itemKey,
      ...(said.note || said.attestation ? { data: said } : {}),
    },
  ];
  let notices: Notice[] = [];
  if (!event.done) {
    const stale = withStaleness(updated, { kind: 'item-unticked', itemKey: event.itemKey }, now);
    updated = stale.deployment;
    notices = stale.notices;
    audit.push(...stale.audit);
  }
  return {
    ok: true,
    deployment: updated,
    audit,
    render: [CARD, { kind: 'phase', phaseKey: found.phase.key }],
    notices,
  };
}

function setEndpoint(
  deployment: Deployment,
  event: Extract<DeploymentEvent, { type: 'set-endpoint' }>,
  now: Date,
): EventResult {
  if (deployment.endpoints[event.name] === event.url) return unchanged(deployment);
  return {
    ok: true,
    deployment: { ...deployment, endpoints: { ...deployment.endpoints, [event.name]: event.url }, updatedAt: now },
    audit: [{ actor: event.actor, action: 'endpoint-set', data: { name: event.name, url: event.url } }],
    render: [CARD],
    notices: [],
  };
}

function assignRoles(
  deployment: Deployment,
  event: Extract<DeploymentEvent, { type: 'assign-roles' }>,
  now: Date,
): EventResult {
  const known = new Set(deployment.template.roles.map((r) => r.key));
  const unknown = Object.keys(event.assignments).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    const names = deployment.template.roles.map((r) => `\`${r.key}\``).join(', ') || 'none';
    return refuse(
      'unknown-role',
      `This template has no role ${unknown.map((k) => `\`${escapeMrkdwn(k)}\``).join(', ')}. Its roles: ${names}.`,
    );
  }
  const roles = { ...deployment.roles };
  let updated: Deployment = deployment;
  const audit: AuditEntry[] = [];
  const notices: Notice[] = [];
  for (const [roleKey, users] of Object.entries(event.assignments)) {
    const next = [...new Set(users)];
    const previous = deployment.roles[roleKey] ?? [];
    if (next.length === previous.length && next.every((u) => previous.includes(u))) continue;
    roles[roleKey] = next;
    audit.push({ actor: event.actor, action: 'role-assigned', data: { roleKey, users: next } });
    const removed = previous.filter((user) => !next.includes(user));
    if (removed.length > 0) {
      const stale = withStaleness({ ...updated, roles }, { kind: 'unassigned', roleKey, userIds: removed }, now);
      updated = stale.deployment;
      notices.push(...stale.notices);
      audit.push(...stale.audit);
    }
  }
  if (audit.length === 0) return unchanged(deployment);
  return { ok: true, deployment: { ...updated, roles, updatedAt: now }, audit, render: [CARD], notices };
}

function signOff(
  deployment: Deployment,
  event: Extract<DeploymentEvent, { type: 'sign-off' }>,
  now: Date,
): EventResult {
  const check = maySign(deployment, event.roleKey, event.actor);
  if (!check.ok) return refuse(check.code, check.message);
  const reason = event.reason?.trim() || null;
  if (event.decision === 'reject' && !hasReason(reason)) {
    return refuse('reason-required', `A rejection needs a reason ${REASON_HINT}, so the owner knows what to fix.`);
  }
  const role = deployment.template.roles.find((r) => r.key === event.roleKey);
  // The same click twice (or a retried request) records one sign-off.
  const current = deployment.signOffs.filter((s) => s.roleKey === event.roleKey && s.staleAt === null).at(-1);
  if (current && current.userId === event.actor && current.decision === event.decision && current.reason === reason) {
    return unchanged(deployment);
  }
  if (deployment.signOffs.some((s) => s.id === event.id)) return unchanged(deployment);
  const record: SignOffRecord = {
    id: event.id,
    roleKey: event.roleKey,
    userId: event.actor,
    decision: event.decision,
    reason,
    note: event.note?.trim() || null,
    at: now,
    staleAt: null,
    staleReason: null,
  };
  const roleTitle = role?.title ?? event.roleKey;
  const notices: Notice[] =
    event.decision === 'approve'
      ? [{ kind: 'signed-off', roleTitle, userId: event.actor, note: record.note }]
      : [
          {
            kind: 'sign-off-rejected',
            ownerId: deployment.ownerId,
            roleTitle,
            userId: event.actor,
            reason: reason ?? '',
          },
        ];
  return {
    ok: true,
    deployment: { ...deployment, signOffs: [...deployment.signOffs, record], updatedAt: now },
    audit: [
      {
        actor: event.actor,
        action: event.decision === 'approve' ? 'signed-off' : 'sign-off-rejected',
        data: { roleKey: event.roleKey, reason, note: record.note },
      },
    ],
    render: [CARD],
    notices,
  };
}

function goLive(deployment: Deployment, event: Extract<DeploymentEvent, { type: 'go-live' }>, now: Date): EventResult {
  if (deployment.goLiveAt) return refuse('already-live', `This deployment went live already.`);
  const blockers = goLiveBlockers(deployment);
  const override = event.override?.trim();
  if (blockers.length > 0 && override === undefined) {
    return refuse(
      'go-live-blocked',
      `*Not ready to go live.* Still missing:\n${blockers.map((b) => `• ${b}`).join('\n')}`,
    );
  }
  if (override !== undefined) {
    if (!hasReason(override)) {
      return refuse('reason-required', `Write why you go live anyway ${REASON_HINT}; it stays on the card.`);
    }
  }
  const overridden = override !== undefined && blockers.length > 0;
  const notice: Notice = {
    kind: 'went-live',
    service: deployment.service,
    version: deployment.version,
    environment: deployment.environment,
    userId: event.actor,
    ...(overridden ? { override: { reason: override ?? '', blockers } } : {}),
  };
  return {
    ok: true,
    deployment: {
      ...deployment,
      status: 'deployed',
      goLiveAt: now,
      goLiveBy: event.actor,
      goLiveOverride: overridden ? (override ?? null) : null,
      updatedAt: now,
    },
    audit: [
      {
        actor: event.actor,
        action: overridden ? 'went-live-with-override' : 'went-live',
        // The open items' keys are kept too, so stats can count which items most often hold up go-live.
        data: overridden
          ? { reason: override, blockers, openItems: [...new Set(itemsBlockingGoLive(deployment).map((i) => i.key))] }
          : {},
      },
    ],
    render: [CARD],
    notices: [notice],
  };
}

function verify(deployment: Deployment, event: Extract<DeploymentEvent, { type: 'verify' }>, now: Date): EventResult {
  if (!deployment.goLiveAt) return refuse('not-live', 'Verification is recorded after go-live.');
  if (!VERIFICATION_ISSUES.includes(event.issues) || !VERIFICATION_STATUSES.includes(event.status)) {
    return refuse('invalid-verification', 'Pick the issues found and the status.');
  }
  if (!verifierRolesHeldBy(deployment, event.actor).some((role) => role.key === event.roleKey))
    return refuse('not-verifier', verifierRefusal(deployment));
  if (event.status === 'rollback-required' && !hasReason(event.note)) {
    return refuse(
      'reason-required',
      `Say why a rollback is required ${REASON_HINT}, so the team knows what it is rolling back from.`,
    );
  }
  const record: VerificationRecord = {
    id: event.id,
    roleKey: event.roleKey,
    userId: event.actor,
    issues: event.issues,
    status: event.status,
    note: event.note?.trim() || null,
    at: now,
  };
  const verifications = [...deployment.verifications, record];
  const roleTitle = deployment.template.roles.find((r) => r.key === event.roleKey)?.title ?? event.roleKey;
  let status = deployment.status;
  let closedAt = deployment.closedAt;
  let rollbackReason = deployment.rollbackReason;
  const notices: Notice[] = [
    {
      kind: 'verified',
      userId: event.actor,
      roleTitle,
      issues: event.issues,
      status: event.status,
      note: record.note,
    },
  ];
  if (event.status === 'rollback-required') {
    status = 'rolling-back';
    rollbackReason = record.note;
    notices.push({ kind: 'rollback-required', ownerId: deployment.ownerId });
  } else if (event.status === 'monitoring') {
    status = 'verifying';
  } else if (allVerifiersStable(deployment, verifications)) {
    status = 'stable';
    closedAt = now;
    notices.push({ kind: 'verified-stable' });
  } else {
    status = 'verifying';
  }
  return {
    ok: true,
    deployment: { ...deployment, verifications, status, closedAt, rollbackReason, updatedAt: now },
    audit: [
      {
        actor: event.actor,
        action: 'verified',
        data: { roleKey: event.roleKey, issues: event.issues, status: event.status, note: record.note },
      },
    ],
    render: [CARD],
    notices,
  };
}

/** Stable once every role the template names for verification has its latest word at "stable". */
function allVerifiersStable(deployment: Deployment, verifications: VerificationRecord[]): boolean {
  const named = deployment.template.verification.roles;
  if (named.length === 0) return verifications.at(-1)?.status === 'stable';
  return named.every((key) => verifications.filter((v) => v.roleKey === key).at(-1)?.status === 'stable');
}

function setVersion(
  deployment: Deployment,
  event: Extract<DeploymentEvent, { type: 'set-version' }>,
  now: Date,
): EventResult {
  if (event.version === deployment.version) return unchanged(deployment);
  if (deployment.goLiveAt)
    return refuse('already-live', 'This deployment is live; start a new deployment for another version.');
  const stale = withStaleness(
    { ...deployment, version: event.version, updatedAt: now },
    { kind: 'version-changed', from: deployment.version, to: event.version },
    now,
  );
  return {
    ok: true,
    deployment: stale.deployment,
    audit: [
      { actor: event.actor, action: 'version-changed', data: { from: deployment.version, to: event.version } },
      ...stale.audit,
    ],
    render: [CARD, ...deployment.template.phases.map((p) => ({ kind: 'phase' as const, phaseKey: p.key }))],
    notices: [
      { kind: 'version-changed', from: deployment.version, to: event.version, userId: event.actor },
      ...stale.notices,
    ],
  };
}

/**
 * A probe run lands on its items: a pass ticks the item (by the probe, with the evidence), a fail flags it and
 * unticks what only the probe had ticked, and an approval covering an item whose probe had passed goes stale.
 * Inconclusive runs only record their evidence: a problem on our side says nothing about the service.
 */
function probeResults(
  deployment: Deployment,
  event: Extract<DeploymentEvent, { type: 'probe-results' }>,
  now: Date,
): EventResult {
  const items = { ...deployment.items };
  const phases = new Set<string>();
  const audit: AuditEntry[] = [];
  let updated: Deployment = deployment;
  const notices: Notice[] = event.report ? [{ kind: 'probe-report', text: event.report }] : [];
  for (const entry of event.entries) {
    const found = templateItems(deployment.template).find(({ item }) => item.key === entry.itemKey);
    if (!found) continue;
    phases.add(found.phase.key);
    const current = itemState(deployment, entry.itemKey);
    const evidence = { probeRunId: event.runId, outcome: entry.outcome, summary: entry.summary.slice(0, 300), at: now };
    if (entry.outcome === 'pass') {
      items[entry.itemKey] = current.done
        ? { ...current, flagged: false, evidence }
        : { ...current, done: true, flagged: false, by: PROBE_ACTOR, at: now, evidence };
      if (!current.done)
        audit.push({ actor: PROBE_ACTOR, action: 'item-ticked', itemKey: entry.itemKey, data: { runId: event.runId } });
    } else if (entry.outcome === 'fail') {
      const untick = current.done && current.by === PROBE_ACTOR;
      items[entry.itemKey] = untick
        ? { ...emptyItemState(entry.itemKey), flagged: true, by: PROBE_ACTOR, at: now, evidence }
        : { ...current, flagged: true, evidence };
      audit.push({
        actor: PROBE_ACTOR,
        action: 'item-flagged',
        itemKey: entry.itemKey,
        data: { runId: event.runId, failing: entry.failing },
      });
      if (current.evidence?.outcome === 'pass') {
        const stale = withStaleness({ ...updated, items }, { kind: 'probe-failed', itemKey: entry.itemKey }, now);
        updated = stale.deployment;
        notices.push(...stale.notices);
        audit.push(...stale.audit);
      }
    } else {
      items[entry.itemKey] = { ...current, evidence };
    }
  }
  audit.push({ actor: event.actor, action: 'probes-run', data: { runId: event.runId, count: event.entries.length } });
  return {
    ok: true,
    deployment: { ...updated, items, updatedAt: now },
    audit,
    render: [CARD, ...[...phases].map((phaseKey) => ({ kind: 'phase' as const, phaseKey }))],
    notices,
  };
}

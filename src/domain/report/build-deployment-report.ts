import { verifyAuditChain } from '../audit-chain.ts';
import type { CheckInAnswer, Deployment, DeploymentStatus, SignOffRecord } from '../deployment.ts';
import { interpolateTarget } from '../probe-spec.ts';
import { mrkdwnToPlain } from '../render/mrkdwn.ts';
import { roleViews } from '../sign-off.ts';
import type { DeploymentRecord, ProbeCondition, ProbeRunRecord } from './deployment-record.ts';

/**
 * The record of one deployment as a change-management audit reads it (docs/audit.md), in the order a reviewer asks:
 * what changed and who asked, the timeline, what was checked and tested, who approved and when, separation of duties,
 * what happened after, and the audit log with its chain. Plain data with ISO times: the renderers (Markdown, HTML,
 * JSON) only lay it out, so every surface shows the same facts.
 */
export type DeploymentReport = {
  format: 'deploy-checklist-report/1';
  id: string;
  service: string;
  version: string;
  environment: string;
  owner: string;
  status: DeploymentStatus;
  outcome: Outcome;
  template: { name: string; title: string; hash: string };
  timeline: {
    started: string;
    goLive: {
      at: string;
      by: string | null;
      /** The owner's reason for going live without every approval or required item, when they did. */
      override: string | null;
      /** What was still open when they went live anyway. */
      openAtGoLive: string[];
      /** The newest probe run at or before go-live. */
      probes: ProbeTally | null;
    } | null;
    closed: string | null;
  };
  phases: ReportPhase[];
  probeRuns: ReportProbeRun[];
  roles: ReportRole[];
  separationOfDuties: SeparationOfDuties;
  checkIns: ReportCheckIn[];
  verifications: Array<{ role: string; by: string; issues: string; status: string; note: string | null; at: string }>;
  rollback: { reason: string | null; events: ReportAuditRow[] };
  audit: ReportAuditRow[];
  auditChain: { headHash: string | null; rows: number; intact: boolean; problem: string | null };
};

export type Outcome = 'stable' | 'rolled back' | 'cancelled' | 'open';

export type ProbeTally = { runId: string; at: string; pass: number; fail: number; inconclusive: number };

export type ReportItem = {
  key: string;
  text: string;
  required: boolean;
  state: 'done' | 'flagged' | 'open';
  by: string | null;
  at: string | null;
  note: string | null;
  /**
   * The item's probe: its target with the deployment's endpoints filled in, or as the template writes it with the
   * endpoints that were never set (`missing`), so a report never shows a bare `${url}` as if it were an address.
   */
  probe: { kind: string; target: string; missing: string[] } | null;
  /** The probe result the item carries, with the conditions it checked. */
  evidence: { outcome: string; summary: string; at: string; conditions: ProbeCondition[] } | null;
};

export type ReportPhase = { key: string; title: string; kind: string; items: ReportItem[] };

export type ReportProbeRun = {
  runId: string;
  at: string;
  trigger: string;
  probes: Array<{
    itemKey: string;
    kind: string;
    target: string;
    outcome: string;
    summary: string;
    durationMs: number;
    attempts: number;
    conditions: ProbeCondition[];
  }>;
};

export type ReportSignOff = {
  by: string;
  decision: 'approve' | 'reject';
  at: string;
  reason: string | null;
  note: string | null;
  /** Given before go-live (null while the deployment has not gone live). */
  beforeGoLive: boolean | null;
  stale: { at: string; reason: string | null } | null;
  /** The approval that counted for the role when the deployment went live. */
  countedAtGoLive: boolean;
};

export type ReportRole = {
  key: string;
  title: string;
  required: boolean;
  assignees: string[];
  status: string;
  signOffs: ReportSignOff[];
};

export type SeparationOfDuties = {
  respected: boolean;
  rules: { ownerMaySignRequired: boolean; onePersonManyRequiredRoles: boolean };
  /** What breaks separation of duties in the approvals that counted; empty when it was respected. */
  findings: string[];
};

export type ReportCheckIn = {
  key: string;
  title: string;
  after: string;
  sentAt: string | null;
  escalatedAt: string | null;
  answeredAt: string | null;
  answeredBy: string | null;
  answer: CheckInAnswer | null;
  note: string | null;
};

export type ReportAuditRow = {
  id: number;
  at: string;
  actor: string;
  action: string;
  itemKey: string | null;
  data: unknown;
  hash: string | null;
};

const ROLLBACK_ACTIONS = new Set(['rollback-started', 'rollback-reminder-sent', 'rollback-completed']);

const iso = (date: Date | null | undefined): string | null => (date ? date.toISOString() : null);

export function outcomeOf(status: DeploymentStatus): Outcome {
  if (status === 'stable') return 'stable';
  if (status === 'rolled-back') return 'rolled back';
  if (status === 'cancelled') return 'cancelled';
  return 'open';
}

export function buildDeploymentReport(record: DeploymentRecord): DeploymentReport {
  const { deployment: d } = record;
  const chain = verifyAuditChain(record.audit, record.chain);
  const audit = record.audit.map(toAuditRow);
  const overrideRow = record.audit.filter((row) => row.action === 'went-live-with-override').at(-1);
  const counted = signOffsCountedAtGoLive(d);
  return {
    format: 'deploy-checklist-report/1',
    id: d.id,
    service: d.service,
    version: d.version,
    environment: d.environment,
    owner: d.ownerId,
    status: d.status,
    outcome: outcomeOf(d.status),
    template: { name: d.templateName, title: d.template.title, hash: d.templateHash },
    timeline: {
      started: d.createdAt.toISOString(),
      goLive: d.goLiveAt
        ? {
            at: d.goLiveAt.toISOString(),
            by: d.goLiveBy,
            override: d.goLiveOverride,
            openAtGoLive: stringList(overrideRow ? parseData(overrideRow.dataJson) : null, 'blockers').map(
              mrkdwnToPlain,
            ),
            probes: probeTallyAt(record.probeRuns, d.goLiveAt),
          }
        : null,
      closed: iso(d.closedAt),
    },
    phases: d.template.phases.map((phase) => ({
      key: phase.key,
      title: phase.title,
      kind: phase.kind,
      items: phase.items.map((item) => {
        const state = d.items[item.key];
        const evidence = state?.evidence ?? null;
        const run = evidence
          ? record.probeRuns.find((r) => r.runId === evidence.probeRunId && r.itemKey === item.key)
          : undefined;
        return {
          key: item.key,
          text: item.text,
          required: item.required,
          state: state?.done ? 'done' : state?.flagged ? 'flagged' : 'open',
          by: state?.by ?? null,
          at: iso(state?.at),
          note: state?.note ?? null,
          probe: item.probe ? reportedProbe(item.probe, d.endpoints) : null,
          evidence: evidence
            ? {
                outcome: evidence.outcome,
                summary: evidence.summary,
                at: evidence.at.toISOString(),
                conditions: run?.conditions ?? [],
              }
            : null,
        } satisfies ReportItem;
      }),
    })),
    probeRuns: groupProbeRuns(record.probeRuns),
    roles: roleViews(d).map((view) => ({
      key: view.role.key,
      title: view.role.title,
      required: view.role.required,
      assignees: view.assignees,
      status: view.status,
      signOffs: d.signOffs
        .filter((s) => s.roleKey === view.role.key)
        .map((s) => ({
          by: s.userId,
          decision: s.decision,
          at: s.at.toISOString(),
          reason: s.reason,
          note: s.note,
          beforeGoLive: d.goLiveAt ? s.at.getTime() <= d.goLiveAt.getTime() : null,
          stale: s.staleAt ? { at: s.staleAt.toISOString(), reason: s.staleReason } : null,
          countedAtGoLive: counted.some((c) => c.id === s.id),
        })),
    })),
    separationOfDuties: separationOfDuties(d, counted),
    checkIns: d.template.checkIns.map((checkIn) => {
      const state = d.checkIns[checkIn.key];
      return {
        key: checkIn.key,
        title: checkIn.title,
        after: checkIn.after,
        sentAt: iso(state?.sentAt),
        escalatedAt: iso(state?.escalatedAt),
        answeredAt: iso(state?.answeredAt),
        answeredBy: state?.answeredBy ?? null,
        answer: state?.answer ?? null,
        note: state?.note ?? null,
      };
    }),
    verifications: d.verifications.map((v) => ({
      role: v.roleKey,
      by: v.userId,
      issues: v.issues,
      status: v.status,
      note: v.note,
      at: v.at.toISOString(),
    })),
    rollback: { reason: d.rollbackReason, events: audit.filter((row) => ROLLBACK_ACTIONS.has(row.action)) },
    audit,
    auditChain: {
      headHash: record.chain.hash,
      rows: record.audit.length,
      intact: chain.ok,
      problem: chain.ok ? null : chain.break.message,
    },
  };
}

/**
 * The approval each role had when the deployment went live: the newest approval given by then and not stale by
 * then. Before go-live, the approvals that count now.
 */
export function signOffsCountedAtGoLive(deployment: Deployment): SignOffRecord[] {
  const cut = deployment.goLiveAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return deployment.template.roles.flatMap((role) => {
    const valid = deployment.signOffs.filter(
      (s) => s.roleKey === role.key && s.at.getTime() <= cut && (s.staleAt === null || s.staleAt.getTime() > cut),
    );
    const latest = valid.at(-1);
    return latest?.decision === 'approve' ? [latest] : [];
  });
}

/**
 * Separation of duties over the approvals that counted: nobody approves a required role of their own deployment,
 * and nobody approves two required roles. A template may allow either; the report still names it, as not respected,
 * saying the template allowed it, because the audit question is whether duties were separated.
 */
export function separationOfDuties(deployment: Deployment, counted: readonly SignOffRecord[]): SeparationOfDuties {
  const rules = deployment.template.separationOfDuties;
  const required = new Map(deployment.template.roles.filter((r) => r.required).map((r) => [r.key, r.title]));
  const findings: string[] = [];
  const requiredApprovals = counted.filter((s) => required.has(s.roleKey));
  for (const s of requiredApprovals) {
    if (s.userId === deployment.ownerId) {
      findings.push(
        `the owner ${s.userId} approved the required role ${required.get(s.roleKey)}${rules.ownerMaySignRequired ? ' (the template allows it)' : ''}`,
      );
    }
  }
  const byUser = new Map<string, string[]>();
  for (const s of requiredApprovals) byUser.set(s.userId, [...(byUser.get(s.userId) ?? []), s.roleKey]);
  for (const [userId, roles] of byUser) {
    if (roles.length > 1) {
      findings.push(
        `${userId} approved ${roles.length} required roles (${roles.map((key) => required.get(key)).join(', ')})${rules.onePersonManyRequiredRoles ? ' (the template allows it)' : ''}`,
      );
    }
  }
  return { respected: findings.length === 0, rules: { ...rules }, findings };
}

function groupProbeRuns(runs: readonly ProbeRunRecord[]): ReportProbeRun[] {
  const byRun = new Map<string, ProbeRunRecord[]>();
  for (const run of runs) byRun.set(run.runId, [...(byRun.get(run.runId) ?? []), run]);
  return [...byRun.entries()].map(([runId, probes]) => ({
    runId,
    at: (probes[0] as ProbeRunRecord).at.toISOString(),
    trigger: (probes[0] as ProbeRunRecord).trigger,
    probes: probes.map((p) => ({
      itemKey: p.itemKey,
      kind: p.kind,
      target: p.target,
      outcome: p.outcome,
      summary: p.summary,
      durationMs: p.durationMs,
      attempts: p.attempts,
      conditions: p.conditions,
    })),
  }));
}

/** How the newest probe run at or before a moment came out. */
export function probeTallyAt(runs: readonly ProbeRunRecord[], at: Date): ProbeTally | null {
  const before = runs.filter((run) => run.at.getTime() <= at.getTime());
  const last = before.at(-1);
  if (!last) return null;
  const probes = before.filter((run) => run.runId === last.runId);
  const count = (outcome: ProbeRunRecord['outcome']) => probes.filter((p) => p.outcome === outcome).length;
  return {
    runId: last.runId,
    at: last.at.toISOString(),
    pass: count('pass'),
    fail: count('fail'),
    inconclusive: count('inconclusive'),
  };
}

function toAuditRow(row: DeploymentRecord['audit'][number]): ReportAuditRow {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: row.actor,
    action: row.action,
    itemKey: row.itemKey,
    data: parseData(row.dataJson),
    hash: row.hash,
  };
}

/** The stored JSON, or the text itself when it is not JSON (a row edited by hand is still shown, not hidden). */
function parseData(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function stringList(data: unknown, key: string): string[] {
  if (typeof data !== 'object' || data === null) return [];
  const value = (data as Record<string, unknown>)[key];
  return Array.isArray(value) ? value.map(String) : [];
}

function reportedProbe(
  probe: { kind: string; target: string },
  endpoints: Readonly<Record<string, string>>,
): NonNullable<ReportItem['probe']> {
  const resolved = interpolateTarget(probe.target, endpoints);
  return resolved.ok
    ? { kind: probe.kind, target: resolved.value, missing: [] }
    : { kind: probe.kind, target: probe.target, missing: resolved.missing };
}

/** How a report words an item whose probe never ran: where it would have looked, or which endpoint was never set. */
export function probeNotRunText(probe: NonNullable<ReportItem['probe']>): string {
  return probe.missing.length > 0
    ? `probe ${probe.kind}, not run: no ${probe.missing.join(', ')} endpoint set`
    : `probe ${probe.kind} ${probe.target}, not run`;
}

import { type Deployment, itemState, phaseProgress } from '../domain/deployment.ts';
import { type Gate, gateOf } from '../domain/gate.ts';
import { roleViews } from '../domain/sign-off.ts';

// What the HTTP API shows of a deployment, and what its operations answer: plain data, kept apart from the operations
// (pipeline.ts) so the Core interface can name these types without importing the operations.

/** A deployment as the API shows it: everything a pipeline or a dashboard reads, as plain data. */
export type DeploymentView = {
  id: string;
  service: string;
  version: string;
  environment: string;
  status: Deployment['status'];
  ownerId: string;
  channelId: string;
  threadTs: string | null;
  template: string;
  createdAt: Date;
  closedAt: Date | null;
  goLive: { at: Date; by: string | null; override: string | null } | null;
  gate: Gate;
  phases: Array<{
    key: string;
    title: string;
    kind: string;
    done: number;
    total: number;
    items: Array<{
      key: string;
      text: string;
      required: boolean;
      done: boolean;
      flagged: boolean;
      by: string | null;
      at: Date | null;
      note: string | null;
      evidence: { url: string | null; text: string | null } | null;
      probe: { outcome: string; summary: string; at: Date } | null;
    }>;
  }>;
  roles: Array<{
    key: string;
    title: string;
    required: boolean;
    assignees: string[];
    status: string;
    signOffs: Array<{
      userId: string;
      decision: string;
      reason: string | null;
      note: string | null;
      at: Date;
      stale: boolean;
      staleAt: Date | null;
      staleReason: string | null;
    }>;
  }>;
  checkIns: Array<{
    key: string;
    sentAt: Date | null;
    answer: string | null;
    answeredBy: string | null;
    answeredAt: Date | null;
  }>;
  lastProbeRun: {
    runId: string;
    at: Date;
    results: Array<{ itemKey: string; outcome: string; summary: string }>;
  } | null;
  pipeline: Deployment['pipeline'];
};

export function viewOf(deployment: Deployment, probeRun: DeploymentView['lastProbeRun']): DeploymentView {
  const progress = phaseProgress(deployment);
  return {
    id: deployment.id,
    service: deployment.service,
    version: deployment.version,
    environment: deployment.environment,
    status: deployment.status,
    ownerId: deployment.ownerId,
    channelId: deployment.channelId,
    threadTs: deployment.threadTs,
    template: deployment.templateName,
    createdAt: deployment.createdAt,
    closedAt: deployment.closedAt,
    goLive: deployment.goLiveAt
      ? { at: deployment.goLiveAt, by: deployment.goLiveBy, override: deployment.goLiveOverride }
      : null,
    gate: gateOf(deployment),
    phases: deployment.template.phases.map((phase, index) => ({
      key: phase.key,
      title: phase.title,
      kind: phase.kind,
      done: progress[index]?.done ?? 0,
      total: progress[index]?.total ?? 0,
      items: phase.items.map((item) => {
        const state = itemState(deployment, item.key);
        return {
          key: item.key,
          text: item.text,
          required: item.required,
          done: state.done,
          flagged: state.flagged,
          by: state.by,
          at: state.at,
          note: state.note,
          evidence: state.attestation ?? null,
          probe: state.evidence
            ? { outcome: state.evidence.outcome, summary: state.evidence.summary, at: state.evidence.at }
            : null,
        };
      }),
    })),
    roles: roleViews(deployment).map((view) => ({
      key: view.role.key,
      title: view.role.title,
      required: view.role.required,
      assignees: view.assignees,
      status: view.status,
      signOffs: deployment.signOffs
        .filter((s) => s.roleKey === view.role.key)
        .map((s) => ({
          userId: s.userId,
          decision: s.decision,
          reason: s.reason,
          note: s.note,
          at: s.at,
          stale: s.staleAt !== null,
          staleAt: s.staleAt,
          staleReason: s.staleReason,
        })),
    })),
    checkIns: Object.values(deployment.checkIns).map((c) => ({
      key: c.key,
      sentAt: c.sentAt,
      answer: c.answer,
      answeredBy: c.answeredBy,
      answeredAt: c.answeredAt,
    })),
    lastProbeRun: probeRun,
    pipeline: deployment.pipeline ?? null,
  };
}

export type DeploymentFilter = {
  service?: string;
  environment?: string;
  version?: string;
  status?: string;
  /** Only deployments not closed yet. */
  open?: boolean;
};

export type PipelineStartOutcome =
  | { ok: true; created: boolean; deployment: DeploymentView }
  | { ok: false; code: string; userMessage: string; existing?: DeploymentView };

import type { Template } from './template.ts';

/** planning → in-progress → deployed → verifying → stable, or rolling-back → rolled-back, or cancelled. */
export const DEPLOYMENT_STATUSES = [
  'planning',
  'in-progress',
  'deployed',
  'verifying',
  'stable',
  'rolling-back',
  'rolled-back',
  'cancelled',
] as const;
export type DeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];
export const CLOSED_STATUSES: readonly DeploymentStatus[] = ['stable', 'rolled-back', 'cancelled'];

export type ItemEvidence = { probeRunId: string; outcome: 'pass' | 'fail' | 'inconclusive'; summary: string; at: Date };

/** What a pipeline gave when it ticked an item through the API: a run URL, a line of text. */
export type ItemAttestation = { url: string | null; text: string | null };

export type ItemState = {
  key: string;
  done: boolean;
  /** A failing probe flags the item until it passes or someone ticks it. */
  flagged: boolean;
  by: string | null;
  at: Date | null;
  note: string | null;
  evidence: ItemEvidence | null;
  /** Set when a pipeline ticked it through the API with evidence; absent for people and probes. */
  attestation?: ItemAttestation | null;
};

export type SignOffDecision = 'approve' | 'reject';

export type SignOffRecord = {
  id: string;
  roleKey: string;
  userId: string;
  decision: SignOffDecision;
  reason: string | null;
  note: string | null;
  at: Date;
  staleAt: Date | null;
  staleReason: string | null;
};

export const VERIFICATION_ISSUES = ['none', 'minor', 'major'] as const;
export const VERIFICATION_STATUSES = ['stable', 'monitoring', 'rollback-required'] as const;

export type VerificationRecord = {
  id: string;
  roleKey: string;
  userId: string;
  issues: (typeof VERIFICATION_ISSUES)[number];
  status: (typeof VERIFICATION_STATUSES)[number];
  note: string | null;
  at: Date;
};

export type CheckInAnswer = 'stable' | 'minor' | 'major' | 'rollback' | 'skipped';

export type CheckInState = {
  key: string;
  sentAt: Date | null;
  messageTs: string | null;
  snoozedUntil: Date | null;
  escalatedAt: Date | null;
  answeredAt: Date | null;
  answeredBy: string | null;
  answer: CheckInAnswer | null;
  note: string | null;
};

/** What the pipeline that opened a deployment through the API said about it; null when opened in Slack. */
export type PipelineInfo = {
  commit: string | null;
  pipelineUrl: string | null;
  /** The last `failed` event the pipeline reported: flagged on the card until the deployment closes. */
  failure: { message: string; url: string | null; at: Date; by: string } | null;
};

export type Deployment = {
  id: string;
  teamId: string;
  channelId: string;
  service: string;
  version: string;
  environment: string;
  ownerId: string;
  status: DeploymentStatus;
  templateName: string;
  templateHash: string;
  template: Template;
  endpoints: Record<string, string>;
  threadTs: string | null;
  revision: number;
  goLiveAt: Date | null;
  goLiveBy: string | null;
  goLiveOverride: string | null;
  rollbackReason: string | null;
  checkInsStoppedAt: Date | null;
  checkInsStopReason: string | null;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  items: Record<string, ItemState>;
  /** Role key → assigned Slack user ids. */
  roles: Record<string, string[]>;
  /** Every sign-off ever given, oldest first; stale ones stay for the record. */
  signOffs: SignOffRecord[];
  verifications: VerificationRecord[];
  checkIns: Record<string, CheckInState>;
  /** Set when a pipeline opened it through the API (docs/pipeline.md). */
  pipeline?: PipelineInfo | null;
  /** How many GitHub Actions runs wait for this deployment (docs/github.md): they are told when its gate changes. */
  githubRuns?: number;
};

/** What names a deployment and where it lives: given at start, never changed (the version aside). */
export type DeploymentOrigin = Pick<
  Deployment,
  'teamId' | 'channelId' | 'service' | 'version' | 'environment' | 'ownerId'
>;

export function isClosed(deployment: Pick<Deployment, 'status'>): boolean {
  return CLOSED_STATUSES.includes(deployment.status);
}

export function emptyItemState(key: string): ItemState {
  return { key, done: false, flagged: false, by: null, at: null, note: null, evidence: null };
}

export function itemState(deployment: Deployment, key: string): ItemState {
  return deployment.items[key] ?? emptyItemState(key);
}

export type PhaseProgress = { key: string; title: string; kind: string; done: number; total: number };

export function phaseProgress(deployment: Deployment): PhaseProgress[] {
  return deployment.template.phases.map((phase) => ({
    key: phase.key,
    title: phase.title,
    kind: phase.kind,
    done: phase.items.filter((item) => itemState(deployment, item.key).done).length,
    total: phase.items.length,
  }));
}

/** Required items of the phases that gate go-live (pre-deployment and deployment day) that are not done. */
export function blockingItems(deployment: Deployment): Array<{ key: string; text: string; phase: string }> {
  return deployment.template.phases
    .filter((phase) => phase.kind === 'pre')
    .flatMap((phase) =>
      phase.items
        .filter((item) => item.required && !itemState(deployment, item.key).done)
        .map((item) => ({ key: item.key, text: item.text, phase: phase.title })),
    );
}

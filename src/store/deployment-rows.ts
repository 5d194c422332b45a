import { z } from 'zod';
import {
  type CheckInAnswer,
  type CheckInState,
  DEPLOYMENT_STATUSES,
  type Deployment,
  type ItemEvidence,
  type ItemState,
  type PipelineInfo,
  type SignOffRecord,
  VERIFICATION_ISSUES,
  VERIFICATION_STATUSES,
  type VerificationRecord,
} from '../domain/deployment.ts';
import { type Template, ZTemplate } from '../domain/template.ts';
import type {
  CheckInRecord as CheckInRow,
  Deployment as DeploymentRow,
  ItemState as ItemStateRow,
  Prisma,
  RoleAssignment as RoleAssignmentRow,
  SignOff as SignOffRow,
  Verification as VerificationRow,
} from '../generated/sqlite/index.js';

/** A deployment row with everything the aggregate is made of. */
export type DeploymentRows = DeploymentRow & {
  items: ItemStateRow[];
  roles: RoleAssignmentRow[];
  signOffs: SignOffRow[];
  verifications: VerificationRow[];
  checkIns: CheckInRow[];
  /** How many GitHub runs wait for it (absent where a query did not count them). */
  _count?: { githubRuns: number };
};

/** What to load with a deployment row (Prisma `include`). */
export const DEPLOYMENT_INCLUDE = {
  items: true,
  roles: { orderBy: { id: 'asc' } },
  signOffs: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
  verifications: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
  checkIns: true,
  _count: { select: { githubRuns: true } },
} satisfies Prisma.DeploymentInclude;

const ZEndpoints = z.record(z.string(), z.string());
const ZEvidence = z.object({
  probeRunId: z.string(),
  outcome: z.enum(['pass', 'fail', 'inconclusive']),
  summary: z.string(),
  at: z.coerce.date(),
});

const ZAttestation = z.object({ url: z.string().nullable(), text: z.string().nullable() });
const ZPipeline = z.object({
  commit: z.string().nullable(),
  pipelineUrl: z.string().nullable(),
  failure: z
    .object({ message: z.string(), url: z.string().nullable(), at: z.coerce.date(), by: z.string() })
    .nullable(),
});

/** The pipeline column as stored (null when the deployment was opened in Slack). */
export function pipelineColumn(pipeline: PipelineInfo | null | undefined): string | null {
  return pipeline ? JSON.stringify(pipeline) : null;
}

// A snapshot never changes once written, and every click loads its deployment: parse each snapshot once.
const SNAPSHOT_CACHE_SIZE = 200;
const snapshots = new Map<string, Template>();

function parseSnapshot(json: string): Template {
  const cached = snapshots.get(json);
  if (cached) return cached;
  const template = ZTemplate.parse(JSON.parse(json));
  if (snapshots.size >= SNAPSHOT_CACHE_SIZE) snapshots.delete(snapshots.keys().next().value as string);
  snapshots.set(json, template);
  return template;
}

/** Rows → the domain's Deployment. JSON columns are parsed with zod: a corrupt row fails loudly, never half-loads. */
export function toDeployment(row: DeploymentRows): Deployment {
  return {
    id: row.id,
    teamId: row.teamId,
    channelId: row.channelId,
    service: row.service,
    version: row.version,
    environment: row.environment,
    ownerId: row.ownerId,
    status: z.enum(DEPLOYMENT_STATUSES).parse(row.status),
    templateName: row.templateName,
    templateHash: row.templateHash,
    template: parseSnapshot(row.templateJson),
    endpoints: ZEndpoints.parse(JSON.parse(row.endpointsJson)),
    threadTs: row.threadTs,
    revision: row.revision,
    goLiveAt: row.goLiveAt,
    goLiveBy: row.goLiveBy,
    goLiveOverride: row.goLiveOverride,
    rollbackReason: row.rollbackReason,
    checkInsStoppedAt: row.checkInsStoppedAt,
    checkInsStopReason: row.checkInsStopReason,
    closedAt: row.closedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    items: Object.fromEntries(row.items.map((item) => [item.itemKey, toItemState(item)])),
    roles: groupRoles(row.roles),
    signOffs: row.signOffs.map(toSignOff),
    verifications: row.verifications.map(toVerification),
    checkIns: Object.fromEntries(row.checkIns.map((checkIn) => [checkIn.checkInKey, toCheckIn(checkIn)])),
    pipeline: row.pipelineJson ? ZPipeline.parse(JSON.parse(row.pipelineJson)) : null,
    githubRuns: row._count?.githubRuns ?? 0,
  };
}

function groupRoles(rows: RoleAssignmentRow[]): Record<string, string[]> {
  const roles: Record<string, string[]> = {};
  for (const row of rows) roles[row.roleKey] = [...(roles[row.roleKey] ?? []), row.userId];
  return roles;
}

function toSignOff(row: SignOffRow): SignOffRecord {
  return {
    id: row.id,
    roleKey: row.roleKey,
    userId: row.userId,
    decision: z.enum(['approve', 'reject']).parse(row.decision),
    reason: row.reason,
    note: row.note,
    at: row.at,
    staleAt: row.staleAt,
    staleReason: row.staleReason,
  };
}

function toVerification(row: VerificationRow): VerificationRecord {
  return {
    id: row.id,
    roleKey: row.roleKey,
    userId: row.userId,
    issues: z.enum(VERIFICATION_ISSUES).parse(row.issues),
    status: z.enum(VERIFICATION_STATUSES).parse(row.status),
    note: row.note,
    at: row.at,
  };
}

const ZCheckInAnswer = z.enum(['stable', 'minor', 'major', 'rollback', 'skipped']);

function toCheckIn(row: CheckInRow): CheckInState {
  return {
    key: row.checkInKey,
    sentAt: row.sentAt,
    messageTs: row.messageTs,
    snoozedUntil: row.snoozedUntil,
    escalatedAt: row.escalatedAt,
    answeredAt: row.answeredAt,
    answeredBy: row.answeredBy,
    answer: row.answer ? (ZCheckInAnswer.parse(row.answer) as CheckInAnswer) : null,
    note: row.note,
  };
}

function toItemState(row: ItemStateRow): ItemState {
  return {
    key: row.itemKey,
    done: row.done,
    flagged: row.flagged,
    by: row.byUser,
    at: row.at,
    note: row.note,
    evidence: row.evidenceJson ? (ZEvidence.parse(JSON.parse(row.evidenceJson)) as ItemEvidence) : null,
    attestation: row.attestationJson ? ZAttestation.parse(JSON.parse(row.attestationJson)) : null,
  };
}

export function itemStateColumns(state: ItemState) {
  return {
    done: state.done,
    flagged: state.flagged,
    byUser: state.by,
    at: state.at,
    note: state.note,
    evidenceJson: state.evidence ? JSON.stringify(state.evidence) : null,
    attestationJson: state.attestation ? JSON.stringify(state.attestation) : null,
  };
}

/** The open-deployment key: one open deployment per service and environment in a workspace. */
export function openKey(deployment: Pick<Deployment, 'teamId' | 'service' | 'environment'>): string {
  return `${deployment.teamId}/${deployment.service.toLowerCase()}/${deployment.environment.toLowerCase()}`;
}

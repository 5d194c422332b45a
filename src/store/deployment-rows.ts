import { z } from 'zod';
import { DEPLOYMENT_STATUSES, type Deployment, type ItemEvidence, type ItemState } from '../domain/deployment.ts';
import { ZTemplate } from '../domain/template.ts';
import type { Deployment as DeploymentRow, ItemState as ItemStateRow } from '../generated/sqlite/index.js';

const ZEndpoints = z.record(z.string(), z.string());
const ZEvidence = z.object({
  probeRunId: z.string(),
  outcome: z.enum(['pass', 'fail', 'inconclusive']),
  summary: z.string(),
  at: z.coerce.date(),
});

/** Rows → the domain's Deployment. JSON columns are parsed with zod: a corrupt row fails loudly, never half-loads. */
export function toDeployment(row: DeploymentRow, items: ItemStateRow[]): Deployment {
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
    template: ZTemplate.parse(JSON.parse(row.templateJson)),
    endpoints: ZEndpoints.parse(JSON.parse(row.endpointsJson)),
    threadTs: row.threadTs,
    revision: row.revision,
    goLiveAt: row.goLiveAt,
    closedAt: row.closedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    items: Object.fromEntries(items.map((item) => [item.itemKey, toItemState(item)])),
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
  };
}

/** The open-deployment key: one open deployment per service and environment in a workspace. */
export function openKey(deployment: Pick<Deployment, 'teamId' | 'service' | 'environment'>): string {
  return `${deployment.teamId}/${deployment.service.toLowerCase()}/${deployment.environment.toLowerCase()}`;
}

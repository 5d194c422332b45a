import { z } from 'zod';
import type { DeploymentRecord, ProbeCondition, ProbeRunRecord } from '../domain/report/deployment-record.ts';
import { loadAuditChain } from './audit-chain.ts';
import type { Store } from './store.ts';

const ZProbeConditions = z.array(
  z.object({
    name: z.string(),
    ok: z.boolean(),
    observed: z.coerce.string(),
    expected: z.coerce.string(),
    op: z.string().optional(),
  }),
);

const OUTCOMES = new Set(['pass', 'fail', 'inconclusive']);

/** Everything stored about one deployment (its state, audit chain and probe runs), or undefined when there is none. */
export async function loadDeploymentRecord(store: Store, id: string): Promise<DeploymentRecord | undefined> {
  const deployment = await store.deployments.find(id);
  if (!deployment) return undefined;
  const chain = await loadAuditChain(store.db, id);
  const runs = await store.db.probeRun.findMany({
    where: { deploymentId: id },
    orderBy: [{ at: 'asc' }, { id: 'asc' }],
  });
  return {
    deployment,
    audit: chain?.rows ?? [],
    chain: chain?.head ?? { hash: null, count: 0 },
    probeRuns: runs.map(
      (run): ProbeRunRecord => ({
        id: run.id,
        runId: run.runId,
        itemKey: run.itemKey,
        kind: run.kind,
        target: run.target,
        outcome: OUTCOMES.has(run.outcome) ? (run.outcome as ProbeRunRecord['outcome']) : 'inconclusive',
        conditions: parseConditions(run.conditionsJson),
        summary: run.summary,
        durationMs: run.durationMs,
        attempts: run.attempts,
        trigger: run.trigger,
        at: run.at,
      }),
    ),
  };
}

function parseConditions(text: string): ProbeCondition[] {
  try {
    const parsed = ZProbeConditions.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.map(({ op, ...rest }) => (op ? { ...rest, op } : rest)) : [];
  } catch {
    return [];
  }
}

/** Ids of the deployments started in [from, until), oldest first: the population of a period. */
export async function deploymentIdsStartedBetween(store: Store, from: Date, until: Date): Promise<string[]> {
  const rows = await store.db.deployment.findMany({
    where: { createdAt: { gte: from, lt: until } },
    select: { id: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map((row) => row.id);
}

/** Every deployment with its service and environment, oldest first (what `audit verify` walks). */
export async function listDeployments(
  store: Store,
): Promise<Array<{ id: string; service: string; environment: string }>> {
  return store.db.deployment.findMany({
    select: { id: true, service: true, environment: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
}

export { loadAuditChain };

import { z } from 'zod';
import type { DeploymentRecord, ProbeCondition, ProbeRunRecord } from '../domain/report/deployment-record.ts';
import { loadAuditChain } from './audit-chain.ts';
import { databaseOf, type Store } from './store.ts';

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
  const chain = await loadAuditChain(databaseOf(store), id);
  const runs = await databaseOf(store).probeRun.findMany({
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
  const rows = await databaseOf(store).deployment.findMany({
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
  return databaseOf(store).deployment.findMany({
    select: { id: true, service: true, environment: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
}

export { loadAuditChain };

/** The audit chain of one deployment (its rows and stored head), or undefined when there is none. */
export function auditChainOf(store: Store, deploymentId: string): ReturnType<typeof loadAuditChain> {
  return loadAuditChain(databaseOf(store), deploymentId);
}

/**
 * The newest deployment of a service in a workspace (to an environment, when given), matched without case as the
 * open key is; undefined when there is none.
 */
export async function newestDeploymentOf(
  store: Store,
  teamId: string,
  service: string,
  environment?: string,
): Promise<string | undefined> {
  const rows = await databaseOf(store).deployment.findMany({
    where: { teamId },
    select: { id: true, service: true, environment: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  return rows.find((row) => same(row.service, service) && (!environment || same(row.environment, environment)))?.id;
}

/** The services (with their environments) a workspace has deployments of, by name: what a wrong name is told. */
export async function deployedServices(
  store: Store,
  teamId: string,
): Promise<Array<{ service: string; environments: string[] }>> {
  const rows = await databaseOf(store).deployment.findMany({
    where: { teamId },
    select: { service: true, environment: true },
    distinct: ['service', 'environment'],
  });
  const byService = new Map<string, Set<string>>();
  for (const row of rows) byService.set(row.service, (byService.get(row.service) ?? new Set()).add(row.environment));
  return [...byService]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([service, environments]) => ({ service, environments: [...environments].sort() }));
}

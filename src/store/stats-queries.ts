import { MAX_SAMPLES, RECENT_OVERRIDES, type StatsAggregates, type StatsQuery } from '../domain/stats.ts';
import type { Db } from './create-store.ts';

/**
 * The aggregate queries behind `stats`: counts and groups run in the database over the deployments started since
 * `from` (index `Deployment(teamId, createdAt)` or `Deployment(createdAt)`; the rows of other tables are reached
 * through their `deploymentId` indexes). Only durations come back as rows, bounded by MAX_SAMPLES (see
 * src/domain/stats.ts), and the flagged items as one row per item and deployment. The same queries run on SQLite
 * and PostgreSQL: Prisma's groupBy and count, and one plain SQL query that compares two stored times.
 */
export async function loadStatsAggregates(db: Db, query: StatsQuery, from: Date): Promise<StatsAggregates> {
  const inWindow = {
    createdAt: { gte: from },
    ...(query.teamId ? { teamId: query.teamId } : {}),
    ...(query.service ? { service: query.service } : {}),
  };
  const ofWindow = { deployment: inWindow };
  const [
    byStatus,
    wentLive,
    goLiveTimes,
    signOffs,
    assignments,
    flagged,
    overrideAudit,
    overrides,
    recentOverrides,
    probeRuns,
    checkIns,
    escalated,
  ] = await Promise.all([
    db.deployment.groupBy({ by: ['status'], where: inWindow, _count: { _all: true } }),
    db.deployment.count({ where: { ...inWindow, goLiveAt: { not: null } } }),
    db.deployment.findMany({
      where: { ...inWindow, goLiveAt: { not: null } },
      select: { createdAt: true, goLiveAt: true },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: MAX_SAMPLES,
    }),
    db.signOff.findMany({
      where: ofWindow,
      select: {
        deploymentId: true,
        roleKey: true,
        userId: true,
        at: true,
        staleAt: true,
        deployment: { select: { createdAt: true } },
      },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take: MAX_SAMPLES,
    }),
    db.auditEvent.findMany({
      where: { ...ofWindow, action: 'role-assigned' },
      select: { deploymentId: true, at: true, dataJson: true },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take: MAX_SAMPLES,
    }),
    // Two stored times compared with each other: the same text on both stores (both columns hold the same kind).
    db.$queryRaw<Array<{ itemKey: string; deploymentId: string }>>`
      SELECT a."itemKey" AS "itemKey", a."deploymentId" AS "deploymentId"
      FROM "AuditEvent" a JOIN "Deployment" d ON d."id" = a."deploymentId"
      WHERE a."action" = 'item-flagged' AND a."itemKey" IS NOT NULL
        AND (d."goLiveAt" IS NULL OR a."at" <= d."goLiveAt")
        AND d."createdAt" >= ${from}
        AND (d."teamId" = ${query.teamId ?? ''} OR CAST(${query.teamId ?? ''} AS TEXT) = '')
        AND (d."service" = ${query.service ?? ''} OR CAST(${query.service ?? ''} AS TEXT) = '')
      GROUP BY a."itemKey", a."deploymentId"
      LIMIT ${MAX_SAMPLES}`,
    db.auditEvent.findMany({
      where: { ...ofWindow, action: 'went-live-with-override' },
      select: { deploymentId: true, dataJson: true },
      take: MAX_SAMPLES,
    }),
    db.deployment.count({ where: { ...inWindow, goLiveOverride: { not: null } } }),
    db.deployment.findMany({
      where: { ...inWindow, goLiveOverride: { not: null } },
      select: {
        id: true,
        service: true,
        version: true,
        environment: true,
        goLiveAt: true,
        goLiveBy: true,
        goLiveOverride: true,
      },
      orderBy: [{ goLiveAt: 'desc' }, { id: 'desc' }],
      take: RECENT_OVERRIDES,
    }),
    db.probeRun.groupBy({ by: ['kind', 'outcome'], where: ofWindow, _count: { _all: true } }),
    db.checkInRecord.groupBy({ by: ['answer'], where: { ...ofWindow, sentAt: { not: null } }, _count: { _all: true } }),
    db.checkInRecord.count({ where: { ...ofWindow, escalatedAt: { not: null } } }),
  ]);
  return {
    byStatus: byStatus.map((row) => ({ status: row.status, count: row._count._all })),
    wentLive,
    goLiveTimes: goLiveTimes.flatMap((row) =>
      row.goLiveAt ? [{ startedAt: row.createdAt, goLiveAt: row.goLiveAt }] : [],
    ),
    signOffs: signOffs.map((row) => ({
      deploymentId: row.deploymentId,
      roleKey: row.roleKey,
      userId: row.userId,
      at: row.at,
      staleAt: row.staleAt,
      startedAt: row.deployment.createdAt,
    })),
    assignments,
    flaggedBeforeGoLive: flagged.map((row) => ({ itemKey: row.itemKey, deploymentId: row.deploymentId })),
    overrideAudit,
    overrides,
    recentOverrides: recentOverrides.map((row) => ({
      deploymentId: row.id,
      service: row.service,
      version: row.version,
      environment: row.environment,
      goLiveAt: row.goLiveAt as Date,
      goLiveBy: row.goLiveBy,
      reason: row.goLiveOverride ?? '',
    })),
    probeRuns: probeRuns.map((row) => ({ kind: row.kind, outcome: row.outcome, count: row._count._all })),
    checkIns: checkIns.map((row) => ({ answer: row.answer, count: row._count._all })),
    checkInsEscalated: escalated,
  };
}

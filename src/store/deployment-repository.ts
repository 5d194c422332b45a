import type { AuditEntry, EventResult, RenderTarget } from '../domain/apply-event.ts';
import {
  type Deployment,
  type DeploymentOrigin,
  emptyItemState,
  isClosed,
  type PipelineInfo,
} from '../domain/deployment.ts';
import { JOB } from '../domain/job-kinds.ts';
import type { Notice } from '../domain/notice.ts';
import type { Template } from '../domain/template.ts';
import { AppError } from '../errors.ts';
import { appendAuditRows, type NewAuditRow, recordAuditRows } from './audit-chain.ts';
import type { Db } from './create-store.ts';
import { DEPLOYMENT_INCLUDE, itemStateColumns, openKey, pipelineColumn, toDeployment } from './deployment-rows.ts';
import { newId } from './ids.ts';
import {
  cancelPendingJobs,
  causedBy,
  enqueueJob,
  type NewJob,
  recordAppliedRequest,
  type Tx,
} from './job-repository.ts';
import { KeyedMutex } from './keyed-mutex.ts';
import { isUniqueViolation } from './unique-violation.ts';

export type NewDeployment = DeploymentOrigin & {
  templateName: string;
  templateHash: string;
  template: Template;
  endpoints: Record<string, string>;
  /** Role key → assigned users at start (the template's defaults, or `--role`). */
  roles?: Record<string, string[]>;
  /** Opened by a pipeline through the API: what it said, and its idempotency key. */
  pipeline?: PipelineInfo | null;
  pipelineKey?: string | null;
  /** Who opened it when not the owner themselves (a pipeline: `api:NAME`): the audit row's actor. */
  startedBy?: string;
};

/** Jobs that follow a change, written in the same transaction (the outbox). */
export type FollowUp = (deployment: Deployment) => NewJob[];

export class ConflictError extends Error {}

/**
 * One coalescing render job per deployment: it re-renders every message from the stored state and sends only the
 * ones that changed (their hash differs), so which messages a change touched need not be tracked, and twenty clicks
 * in a second cost one job, not one per message.
 */
export function renderJobs(deploymentId: string, targets: readonly RenderTarget[], now: Date): NewJob[] {
  if (targets.length === 0) return [];
  return [{ deploymentId, kind: JOB.render, dueAt: now, dedupeKey: `render:${deploymentId}` }];
}

/** Thread posts that announce a change (pings, notices), queued with it so none is lost or sent twice. */
export function threadMessageJobs(deploymentId: string, notices: readonly Notice[], now: Date): NewJob[] {
  return notices.map((notice) => ({ deploymentId, kind: JOB.postThreadMessage, dueAt: now, payload: { notice } }));
}

/** Newest first; ids sort by creation, so deployments started in the same millisecond keep their order too. */
const NEWEST_FIRST = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];

/** Aggregates kept in memory (a few hundred open deployments at most in one workspace). */
const CACHE_SIZE = 500;

export class DeploymentRepository {
  private readonly mutex = new KeyedMutex();
  private readonly cache = new Map<string, Deployment>();

  constructor(private readonly db: Db) {}

  /** Creates the deployment, its audit row and its first jobs atomically; a second open one is refused. */
  async create(
    input: NewDeployment,
    now: Date,
    jobs: FollowUp,
    correlationId?: string | null,
    /** An acknowledged request's key (src/inbox): a start replayed after a crash does not open a second thread. */
    requestKey?: string,
  ): Promise<Deployment | undefined> {
    const id = newId('dep');
    if (requestKey && (await this.wasApplied(requestKey))) return undefined;
    try {
      await this.db.$transaction(async (tx) => {
        if (requestKey) await recordAppliedRequest(tx, requestKey, now);
        await tx.deployment.create({
          data: {
            id,
            teamId: input.teamId,
            channelId: input.channelId,
            service: input.service,
            version: input.version,
            environment: input.environment,
            ownerId: input.ownerId,
            status: 'planning',
            templateName: input.templateName,
            templateHash: input.templateHash,
            templateJson: JSON.stringify(input.template),
            endpointsJson: JSON.stringify(input.endpoints),
            openKey: openKey(input),
            pipelineJson: pipelineColumn(input.pipeline),
            pipelineKey: input.pipelineKey ?? null,
            createdAt: now,
            updatedAt: now,
          },
        });
        for (const [roleKey, users] of Object.entries(input.roles ?? {})) {
          for (const userId of new Set(users)) {
            await tx.roleAssignment.create({ data: { id: newId('role'), deploymentId: id, roleKey, userId } });
          }
        }
        await appendAuditRows(tx, id, [
          {
            actor: input.startedBy ?? input.ownerId,
            action: 'deployment-started',
            itemKey: null,
            dataJson: JSON.stringify({ template: input.templateName, hash: input.templateHash }),
            at: now,
          },
        ]);
        const deployment = await this.loadIn(tx, id);
        for (const job of causedBy(jobs(deployment), correlationId)) await enqueueJob(tx, job, now);
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError('deployment-already-open', {
          userMessage: `${input.service} already has an open deployment to ${input.environment}. Finish or cancel it first, or check \`/deploy-checklist status ${input.service}\`.`,
        });
      }
      throw error;
    }
    return this.load(id);
  }

  private async wasApplied(requestKey: string): Promise<boolean> {
    return (await this.db.appliedRequest.findUnique({ where: { key: requestKey } })) !== null;
  }

  /** Forgets request keys older than a replay could ever need (a journal is replayed at the next start). */
  async forgetAppliedRequests(before: Date): Promise<number> {
    return (await this.db.appliedRequest.deleteMany({ where: { at: { lt: before } } })).count;
  }

  /** What the start limits look at: the channel's open deployments, the person's starts since `since`. */
  async startCounts(
    who: { teamId: string; channelId: string; ownerId: string },
    since: Date,
  ): Promise<{ openInChannel: number; startedByPersonLastMinute: number }> {
    const [openInChannel, startedByPersonLastMinute] = await Promise.all([
      this.db.deployment.count({ where: { teamId: who.teamId, channelId: who.channelId, closedAt: null } }),
      this.db.deployment.count({ where: { teamId: who.teamId, ownerId: who.ownerId, createdAt: { gte: since } } }),
    ]);
    return { openInChannel, startedByPersonLastMinute };
  }

  /** How many deployments are open, by status (the open-deployments gauge of GET /metrics). */
  async countOpenByStatus(): Promise<Record<string, number>> {
    const groups = await this.db.deployment.groupBy({
      by: ['status'],
      where: { closedAt: null },
      _count: { _all: true },
    });
    return Object.fromEntries(groups.map((group) => [group.status, group._count._all]));
  }

  async find(id: string): Promise<Deployment | undefined> {
    return this.load(id).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'deployment-not-found') return undefined;
      throw error;
    });
  }

  /**
   * The deployment as stored. A loaded aggregate is kept while its revision is unchanged: one cheap revision read
   * replaces six queries on every click and render, and any write (this process or another replica) bumps the
   * revision, so a stale copy is never served.
   */
  async load(id: string): Promise<Deployment> {
    const cached = this.cache.get(id);
    if (cached) {
      // Plain SQL: this runs on every click and render, and Prisma's per-query compilation would cost 4× the query.
      const heads = await this.db.$queryRaw<
        Array<{ revision: number | bigint }>
      >`SELECT "revision" FROM "Deployment" WHERE "id" = ${id}`;
      if (heads[0] && Number(heads[0].revision) === cached.revision) return cached;
      this.cache.delete(id);
    }
    const loaded = await this.loadIn(this.db, id);
    this.remember(loaded);
    return loaded;
  }

  private remember(deployment: Deployment): void {
    this.cache.delete(deployment.id);
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(deployment.id, deployment);
  }

  private async loadIn(tx: Tx, id: string): Promise<Deployment> {
    const row = await tx.deployment.findUnique({ where: { id }, include: DEPLOYMENT_INCLUDE });
    if (!row) {
      throw new AppError('deployment-not-found', { userMessage: 'That deployment no longer exists.' });
    }
    return toDeployment(row);
  }

  listOpenInChannel(teamId: string, channelId: string): Promise<Deployment[]> {
    return this.listOpen(teamId, channelId);
  }

  /** The newest 50 open deployments of a workspace (or of one channel), newest first. */
  async listOpen(teamId: string, channelId?: string): Promise<Deployment[]> {
    const rows = await this.db.deployment.findMany({
      where: { teamId, ...(channelId ? { channelId } : {}), closedAt: null },
      include: DEPLOYMENT_INCLUDE,
      orderBy: NEWEST_FIRST,
      take: 50,
    });
    return rows.map(toDeployment);
  }

  /** The open deployments of a service first, then the most recent closed one. */
  async findByService(teamId: string, service: string): Promise<Deployment[]> {
    const rows = await this.db.deployment.findMany({
      where: { teamId, service: { equals: service } },
      include: DEPLOYMENT_INCLUDE,
      orderBy: NEWEST_FIRST,
      take: 20,
    });
    const all = rows.map(toDeployment);
    const open = all.filter((d) => !isClosed(d));
    return open.length > 0 ? open : all.slice(0, 1);
  }

  /** The deployment an API start with this idempotency key opened, if any. */
  async findByPipelineKey(key: string): Promise<Deployment | undefined> {
    const row = await this.db.deployment.findUnique({ where: { pipelineKey: key }, select: { id: true } });
    return row ? this.find(row.id) : undefined;
  }

  /**
   * Deployments of the whole database (the API serves one workspace), newest first, filtered by service and
   * environment (both compared without case, as the open key does), version, status, and whether still open. The
   * candidates are read as a few columns; only the matches are loaded (through the cache a gate's polling hits).
   */
  async search(
    filter: { service?: string; environment?: string; version?: string; status?: string; open?: boolean },
    take = 50,
  ): Promise<Deployment[]> {
    const rows = await this.db.deployment.findMany({
      where: {
        ...(filter.version ? { version: filter.version } : {}),
        ...(filter.status ? { status: filter.status } : {}),
        ...(filter.open ? { closedAt: null } : {}),
      },
      select: { id: true, service: true, environment: true },
      orderBy: NEWEST_FIRST,
      // Service and environment are matched here without case (SQLite and PostgreSQL differ on `mode`).
      take: filter.service || filter.environment ? 2000 : take,
    });
    const same = (a: string, b: string | undefined) => b === undefined || a.toLowerCase() === b.toLowerCase();
    const ids = rows
      .filter((row) => same(row.service, filter.service) && same(row.environment, filter.environment))
      .slice(0, take)
      .map((row) => row.id);
    const found: Deployment[] = [];
    for (const id of ids) {
      const deployment = await this.find(id);
      if (deployment) found.push(deployment);
    }
    return found;
  }

  async setThreadTs(id: string, threadTs: string): Promise<void> {
    await this.db.deployment.update({ where: { id }, data: { threadTs, revision: { increment: 1 } } });
    this.cache.delete(id);
  }

  /** Removes a deployment that never reached Slack, so nothing half-created remains. */
  async delete(id: string): Promise<void> {
    this.cache.delete(id);
    await this.db.deployment.deleteMany({ where: { id } });
  }

  /**
   * Applies a change: load, decide (pure), then persist state, audit rows and follow-up jobs in one transaction.
   * Writers compare-and-set the revision, so concurrent changes (other replicas included) retry on fresh state.
   */
  async apply(
    id: string,
    decide: (deployment: Deployment) => EventResult,
    now: () => Date,
    request: {
      /** The request or job this change is part of: the jobs it enqueues carry it. */
      correlationId?: string | null | undefined;
      /** An acknowledged request's key (src/inbox): a change stored once under it is not applied again on replay. */
      requestKey?: string | undefined;
    } = {},
  ): Promise<EventResult> {
    const { correlationId, requestKey } = request;
    return this.mutex.run(id, async () => {
      for (let attempt = 0; attempt < 20; attempt++) {
        const before = await this.load(id);
        const at = now();
        const result = decide(before);
        if (!result.ok || (result.audit.length === 0 && result.render.length === 0)) return result;
        try {
          await this.db.$transaction(async (tx) => {
            // In the change's own transaction: either both are stored or neither, so a replay can trust the key.
            if (requestKey) await recordAppliedRequest(tx, requestKey, at);
            await this.persist(tx, before, result.deployment, result.audit, at);
            const jobs = causedBy(
              [
                ...renderJobs(id, result.render, at),
                ...threadMessageJobs(id, result.notices, at),
                ...(result.jobs ?? []),
              ],
              correlationId,
            );
            for (const job of jobs) await enqueueJob(tx, job, at);
            const obsolete = result.cancelKinds ?? [];
            if (obsolete.length > 0) await cancelPendingJobs(tx, id, obsolete, at);
          });
          const after = { ...result.deployment, revision: before.revision + 1 };
          this.remember(after);
          return { ...result, deployment: after };
        } catch (error) {
          if (error instanceof ConflictError) continue;
          // Stored before under this request's key (the request is being replayed): nothing more to do.
          if (requestKey && isUniqueViolation(error) && (await this.wasApplied(requestKey)))
            return { ok: true, deployment: before, audit: [], render: [], notices: [] };
          throw error;
        }
      }
      throw new AppError('busy', { userMessage: 'This deployment is busy right now; please try again.' });
    });
  }

  private async persist(tx: Tx, before: Deployment, after: Deployment, audit: AuditEntry[], at: Date): Promise<void> {
    // Plain SQL: every change writes this row (Prisma's compilation of the update cost more than the statement).
    // The revision check makes it a compare-and-set: a concurrent writer's change leaves no row to update.
    const open = isClosed(after) ? null : openKey(after);
    const pipeline = after.pipeline !== before.pipeline;
    const updated = await tx.$executeRaw`
      UPDATE "Deployment" SET "version" = ${after.version}, "status" = ${after.status}, "ownerId" = ${after.ownerId},
        "endpointsJson" = ${JSON.stringify(after.endpoints)}, "goLiveAt" = ${after.goLiveAt},
        "goLiveBy" = ${after.goLiveBy}, "goLiveOverride" = ${after.goLiveOverride},
        "rollbackReason" = ${after.rollbackReason}, "checkInsStoppedAt" = ${after.checkInsStoppedAt},
        "checkInsStopReason" = ${after.checkInsStopReason}, "closedAt" = ${after.closedAt}, "openKey" = ${open},
        "pipelineJson" = CASE WHEN ${pipeline} THEN ${pipelineColumn(after.pipeline)} ELSE "pipelineJson" END,
        "revision" = ${before.revision + 1}, "updatedAt" = ${at}
      WHERE "id" = ${before.id} AND "revision" = ${before.revision}`;
    if (updated !== 1) throw new ConflictError(`deployment ${before.id} changed concurrently`);
    for (const [key, state] of Object.entries(after.items)) {
      const previous = before.items[key] ?? emptyItemState(key);
      if (previous === state) continue;
      // Plain SQL: every tick writes one (Prisma's compilation of the upsert cost more than the statement).
      const c = itemStateColumns(state);
      await tx.$executeRaw`
        INSERT INTO "ItemState" ("id", "deploymentId", "itemKey", "done", "flagged", "byUser", "at", "note",
          "evidenceJson", "attestationJson")
        VALUES (${newId('item')}, ${before.id}, ${key}, ${c.done}, ${c.flagged}, ${c.byUser}, ${c.at}, ${c.note},
          ${c.evidenceJson}, ${c.attestationJson})
        ON CONFLICT ("deploymentId", "itemKey") DO UPDATE SET "done" = excluded."done",
          "flagged" = excluded."flagged", "byUser" = excluded."byUser", "at" = excluded."at", "note" = excluded."note",
          "evidenceJson" = excluded."evidenceJson", "attestationJson" = excluded."attestationJson"`;
    }
    await persistRoles(tx, before, after);
    await persistSignOffs(tx, before, after);
    for (const record of after.verifications.slice(before.verifications.length)) {
      await tx.verification.create({ data: { ...record, deploymentId: before.id } });
    }
    for (const [key, state] of Object.entries(after.checkIns)) {
      if (before.checkIns[key] === state) continue;
      const { key: _key, ...columns } = state;
      await tx.checkInRecord.upsert({
        where: { deploymentId_checkInKey: { deploymentId: before.id, checkInKey: key } },
        create: { id: newId('chk'), deploymentId: before.id, checkInKey: key, ...columns },
        update: columns,
      });
    }
    await appendAuditRows(
      tx,
      before.id,
      audit.map((entry) => ({
        actor: entry.actor,
        action: entry.action,
        itemKey: entry.itemKey ?? null,
        dataJson: JSON.stringify(entry.data ?? {}),
        at,
      })),
    );
  }

  async audit(id: string) {
    return this.db.auditEvent.findMany({ where: { deploymentId: id }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });
  }

  /** When the deployment's newest audit row of that action was recorded, or null when there is none. */
  async lastAuditAt(id: string, action: string): Promise<Date | null> {
    const last = await this.db.auditEvent.findFirst({
      where: { deploymentId: id, action },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
    });
    return last?.at ?? null;
  }

  /** Appends audit rows that no change of state carries (a reminder was sent) to the deployment's hash chain. */
  async recordAudit(id: string, rows: readonly NewAuditRow[]): Promise<void> {
    await recordAuditRows(this.db, id, rows);
  }
}

async function persistRoles(tx: Tx, before: Deployment, after: Deployment): Promise<void> {
  if (before.roles === after.roles) return;
  for (const roleKey of new Set([...Object.keys(before.roles), ...Object.keys(after.roles)])) {
    const was = new Set(before.roles[roleKey] ?? []);
    const is = new Set(after.roles[roleKey] ?? []);
    const removed = [...was].filter((user) => !is.has(user));
    if (removed.length > 0) {
      await tx.roleAssignment.deleteMany({ where: { deploymentId: before.id, roleKey, userId: { in: removed } } });
    }
    for (const userId of [...is].filter((user) => !was.has(user))) {
      await tx.roleAssignment.create({ data: { id: newId('role'), deploymentId: before.id, roleKey, userId } });
    }
  }
}

/** New sign-offs are inserted; existing ones only ever change by going stale. */
async function persistSignOffs(tx: Tx, before: Deployment, after: Deployment): Promise<void> {
  if (before.signOffs === after.signOffs) return;
  const previous = new Map(before.signOffs.map((signOff) => [signOff.id, signOff]));
  for (const signOff of after.signOffs) {
    const old = previous.get(signOff.id);
    if (!old) {
      await tx.signOff.create({ data: { ...signOff, deploymentId: before.id } });
    } else if (old !== signOff) {
      await tx.signOff.update({
        where: { id: signOff.id },
        data: { staleAt: signOff.staleAt, staleReason: signOff.staleReason },
      });
    }
  }
}

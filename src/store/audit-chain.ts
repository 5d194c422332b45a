import {
  type AuditFields,
  type ChainHead,
  chainAuditRows,
  PENDING_HEAD,
  type StoredAuditRow,
} from '../domain/audit-chain.ts';
import { AppError } from '../errors.ts';
import type { Db } from './create-store.ts';
import type { Tx } from './job-repository.ts';

/** An audit row to append: the deployment's id comes from the call. */
export type NewAuditRow = Omit<AuditFields, 'deploymentId'>;

/**
 * Appends audit rows to a deployment's hash chain inside the caller's transaction (the change and its audit rows are
 * stored together or not at all). The first statement bumps the deployment's chain length, which locks its row on
 * PostgreSQL: a second writer of the same deployment (a rollback reminder beside a click, another replica) waits
 * here and then reads the head this one wrote, so two rows never link to the same predecessor.
 */
export async function appendAuditRows(tx: Tx, deploymentId: string, rows: readonly NewAuditRow[]): Promise<void> {
  if (rows.length === 0) return;
  // Plain SQL, as every change runs these three statements: Prisma compiles each query it is given, which costs
  // several times the statement itself. The same text runs on SQLite and PostgreSQL, and a Date is stored as Prisma
  // stores it (the audit-chain tests verify stored chains, dates included, on both).
  const locked = await tx.$queryRaw<Array<{ auditHeadHash: string | null }>>`
    UPDATE "Deployment" SET "auditCount" = "auditCount" + ${rows.length} WHERE "id" = ${deploymentId}
    RETURNING "auditHeadHash"`;
  const head = locked[0];
  if (!head) throw new AppError('deployment-not-found', { userMessage: 'That deployment no longer exists.' });
  if (head.auditHeadHash === PENDING_HEAD) {
    // Rows written before the chain existed are chained at startup; chaining onto them now would fix a wrong order.
    await chainDeployment(tx, deploymentId);
    return appendAuditRows(tx, deploymentId, rows);
  }
  const chained = chainAuditRows(
    head.auditHeadHash,
    rows.map((row) => ({ ...row, deploymentId })),
  );
  for (const row of chained) {
    await tx.$executeRaw`
      INSERT INTO "AuditEvent" ("deploymentId", "actor", "action", "itemKey", "dataJson", "at", "prevHash", "hash")
      VALUES (${row.deploymentId}, ${row.actor}, ${row.action}, ${row.itemKey}, ${row.dataJson}, ${row.at},
        ${row.prevHash}, ${row.hash})`;
  }
  await tx.$executeRaw`UPDATE "Deployment" SET "auditHeadHash" = ${chained.at(-1)?.hash ?? null} WHERE "id" = ${deploymentId}`;
}

/** Appends rows in a transaction of their own (records made outside a change, such as a rollback reminder sent). */
export async function recordAuditRows(db: Db, deploymentId: string, rows: readonly NewAuditRow[]): Promise<void> {
  await db.$transaction((tx) => appendAuditRows(tx, deploymentId, rows));
}

/**
 * The one-time step of the audit-chain migration: SQL cannot compute SHA-256 on both stores, so the migration marks
 * every deployment that existed before it (`auditHeadHash = 'pending'`) and the bot chains their rows, in the order
 * they were written, the next time it opens the database. Only marked deployments are chained, so a row slipped in
 * later is never blessed by a restart. Returns how many deployments it chained.
 */
export async function chainPendingAuditRows(db: Db): Promise<number> {
  const pending = await db.deployment.findMany({ where: { auditHeadHash: PENDING_HEAD }, select: { id: true } });
  let chained = 0;
  for (const { id } of pending) {
    if (await db.$transaction((tx) => chainDeployment(tx, id))) chained++;
  }
  return chained;
}

/** Chains the stored rows of one pending deployment; false when another replica did it first. */
async function chainDeployment(tx: Tx, deploymentId: string): Promise<boolean> {
  // Claims the deployment (and on PostgreSQL locks its row): a second replica starting at the same time waits, then
  // finds the mark gone and leaves the chain as computed.
  const claimed = await tx.deployment.updateMany({
    where: { id: deploymentId, auditHeadHash: PENDING_HEAD },
    data: { auditHeadHash: null },
  });
  if (claimed.count === 0) return false;
  const rows = await tx.auditEvent.findMany({ where: { deploymentId }, orderBy: { id: 'asc' } });
  const chained = chainAuditRows(null, rows);
  for (const [index, row] of chained.entries()) {
    await tx.auditEvent.update({
      where: { id: (rows[index] as { id: number }).id },
      data: { prevHash: row.prevHash, hash: row.hash },
    });
  }
  await tx.deployment.update({
    where: { id: deploymentId },
    data: { auditHeadHash: chained.at(-1)?.hash ?? null, auditCount: chained.length },
  });
  return true;
}

/** A deployment's audit rows in chain order, with its head. */
export async function loadAuditChain(
  db: Db | Tx,
  deploymentId: string,
): Promise<{ rows: StoredAuditRow[]; head: ChainHead } | undefined> {
  const deployment = await db.deployment.findUnique({
    where: { id: deploymentId },
    select: { auditHeadHash: true, auditCount: true },
  });
  if (!deployment) return undefined;
  const rows = await db.auditEvent.findMany({ where: { deploymentId }, orderBy: { id: 'asc' } });
  return { rows, head: { hash: deployment.auditHeadHash, count: deployment.auditCount } };
}

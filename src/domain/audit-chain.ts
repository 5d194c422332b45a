import { createHash } from 'node:crypto';

/**
 * The audit log's hash chain (docs/audit.md). Each row of a deployment stores the hash of the row before it and its
 * own `SHA-256(prevHash || canonical serialisation)`, so editing, deleting or inserting a row breaks a link that
 * verification finds. The deployment keeps the hash of its newest row and the chain's length, so rows removed from
 * or added at the end show too. This makes tampering detectable, not impossible: someone who can write the database
 * and knows the scheme can recompute every hash after the row they change; the head hash printed in each report (and
 * its hash in the population export) is what they cannot change once it has left the database.
 */

/** The `prevHash` of the first row of a deployment. */
export const GENESIS_HASH = '0'.repeat(64);

/** Stored as the head of a deployment whose rows were written before the chain existed, until they are chained. */
export const PENDING_HEAD = 'pending';

/** Version tag inside the serialisation: a future change of the fields hashed can be told from tampering. */
const CANONICAL_VERSION = 'audit-v1';

/** The fields of an audit row that are hashed, as stored. */
export type AuditFields = {
  deploymentId: string;
  actor: string;
  action: string;
  itemKey: string | null;
  /** The stored JSON text, hashed as stored (both stores keep text byte for byte). */
  dataJson: string;
  at: Date;
};

export type ChainedFields = AuditFields & { prevHash: string; hash: string };

/** An audit row as stored, for verification: the database id orders the chain (the insertion order). */
export type StoredAuditRow = AuditFields & { id: number; prevHash: string | null; hash: string | null };

/** The head a deployment stores: the hash of its newest row and how many rows the chain holds. */
export type ChainHead = { hash: string | null; count: number };

/**
 * One line of JSON with the fields in a fixed order: unambiguous (every string is quoted and escaped), and the same
 * on every machine. The row's database id is not part of it (it is only known after the insert); the chain's links
 * fix each row's place instead.
 */
export function canonicalAuditText(row: AuditFields): string {
  return JSON.stringify([
    CANONICAL_VERSION,
    row.deploymentId,
    row.actor,
    row.action,
    row.itemKey,
    row.dataJson,
    row.at.toISOString(),
  ]);
}

export function auditRowHash(prevHash: string, row: AuditFields): string {
  return createHash('sha256')
    .update(prevHash + canonicalAuditText(row))
    .digest('hex');
}

/** Links new rows onto a chain whose newest row has the hash `head` (null for an empty chain). */
export function chainAuditRows(head: string | null, rows: readonly AuditFields[]): ChainedFields[] {
  let prevHash = head ?? GENESIS_HASH;
  return rows.map((row) => {
    const hash = auditRowHash(prevHash, row);
    const chained = { ...row, prevHash, hash };
    prevHash = hash;
    return chained;
  });
}

export type ChainBreakKind = 'edited' | 'deleted' | 'inserted' | 'unchained' | 'not-chained-yet';

export type ChainBreak = {
  kind: ChainBreakKind;
  /** The row where the break shows (null when it shows at the end of the chain, against the deployment's head). */
  rowId: number | null;
  /** Its position in the chain, from 1. */
  position: number | null;
  message: string;
};

export type ChainVerdict =
  | { ok: true; count: number; headHash: string | null }
  | { ok: false; count: number; break: ChainBreak };

/**
 * Recomputes one deployment's chain (rows in id order) and reports the first broken link. A row whose own hash does
 * not match its fields was edited; a row whose link points at an earlier row than its predecessor follows rows that
 * were inserted; a link that points at no row follows a deleted row (or a row edited and re-hashed); a row without a
 * hash was written outside the bot. The head then catches rows removed from or added at the end.
 */
export function verifyAuditChain(rows: readonly StoredAuditRow[], head: ChainHead): ChainVerdict {
  const count = rows.length;
  const fail = (kind: ChainBreakKind, row: StoredAuditRow | null, index: number | null, message: string) =>
    ({
      ok: false,
      count,
      break: { kind, rowId: row?.id ?? null, position: index === null ? null : index + 1, message },
    }) as const;
  if (head.hash === PENDING_HEAD) {
    return fail(
      'not-chained-yet',
      null,
      null,
      'rows written before the chain existed are not chained yet: start the bot once to chain them',
    );
  }
  const seen = new Map<string, number>();
  let expected = GENESIS_HASH;
  for (const [index, row] of rows.entries()) {
    if (row.hash === null || row.prevHash === null) {
      return fail('unchained', row, index, `row ${row.id} has no hash: it was written outside the bot (inserted)`);
    }
    if (row.prevHash !== expected) {
      const from = seen.get(row.prevHash);
      if (from !== undefined && from < index - 1) {
        const inserted = rows[from + 1] as StoredAuditRow;
        return fail(
          'inserted',
          inserted,
          from + 1,
          `row ${inserted.id} was inserted: row ${row.id} links to row ${(rows[from] as StoredAuditRow).id}, before it`,
        );
      }
      const previous = rows[index - 1];
      return fail(
        'deleted',
        row,
        index,
        previous
          ? `the link from row ${previous.id} to row ${row.id} is broken: a row between them was deleted (or row ${previous.id} was edited and re-hashed)`
          : `row ${row.id} is not the first of its chain: the rows before it were deleted`,
      );
    }
    if (auditRowHash(row.prevHash, row) !== row.hash) {
      return fail(
        'edited',
        row,
        index,
        `row ${row.id} (${row.action} by ${row.actor}) was edited after it was written`,
      );
    }
    seen.set(row.hash, index);
    expected = row.hash;
  }
  const last = rows.at(-1)?.hash ?? null;
  if (last === head.hash && count === head.count) return { ok: true, count, headHash: last };
  const headAt = head.hash === null ? -1 : seen.get(head.hash);
  if (headAt !== undefined && headAt < count - 1) {
    const inserted = rows[headAt + 1] as StoredAuditRow;
    return fail(
      'inserted',
      inserted,
      headAt + 1,
      `row ${inserted.id} was inserted after the newest row the deployment records (${head.count} row(s))`,
    );
  }
  if (count < head.count) {
    return fail(
      'deleted',
      null,
      null,
      `the deployment records ${head.count} audit row(s) but ${count} remain: the newest were deleted`,
    );
  }
  return fail(
    'edited',
    null,
    null,
    `the chain ends at ${last ?? 'no row'}, but the deployment records ${head.hash ?? 'none'} after ${head.count} row(s)`,
  );
}

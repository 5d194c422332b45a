import { describe, expect, it } from 'vitest';
import {
  type AuditFields,
  auditRowHash,
  canonicalAuditText,
  chainAuditRows,
  GENESIS_HASH,
  PENDING_HEAD,
  type StoredAuditRow,
  verifyAuditChain,
} from '../../src/domain/audit-chain.ts';

const AT = new Date('2026-11-22T10:00:00.000Z');

function fields(i: number): AuditFields {
  return {
    deploymentId: 'dep_1',
    actor: `U${i}`,
    action: 'item-ticked',
    itemKey: `item-${i}`,
    dataJson: JSON.stringify({ n: i }),
    at: new Date(AT.getTime() + i * 1000),
  };
}

/** Five rows chained as the bot writes them, ids 11..15 (ids need not start at 1). */
function chain(n = 5): StoredAuditRow[] {
  return chainAuditRows(
    null,
    Array.from({ length: n }, (_, i) => fields(i)),
  ).map((row, i) => ({ ...row, id: 11 + i }));
}

function head(rows: StoredAuditRow[]) {
  return { hash: rows.at(-1)?.hash ?? null, count: rows.length };
}

describe('the canonical serialisation and the hash of an audit row', () => {
  it('is SHA-256 of the previous hash followed by one line of JSON with the fields in a fixed order', () => {
    const row = fields(1);
    expect(canonicalAuditText(row)).toBe(
      '["audit-v1","dep_1","U1","item-ticked","item-1","{\\"n\\":1}","2026-11-22T10:00:01.000Z"]',
    );
    // Known answer (`printf '%s%s' "$prev" "$text" | sha256sum`), so a change of the scheme cannot pass unnoticed:
    // it would break every stored chain.
    expect(auditRowHash(GENESIS_HASH, row)).toBe('64e84106677d5939e22920e6b7a82b17918d95b5061adb8f4be978121d0effbd');
  });

  it.each([
    ['actor', { actor: 'U9' }],
    ['action', { action: 'item-unticked' }],
    ['item', { itemKey: null }],
    ['data', { dataJson: '{"n":2}' }],
    ['time (one millisecond)', { at: new Date(AT.getTime() + 1001) }],
    ['deployment', { deploymentId: 'dep_2' }],
  ])('changes when the %s changes', (_name, change) => {
    const row = fields(1);
    expect(auditRowHash(GENESIS_HASH, { ...row, ...change })).not.toBe(auditRowHash(GENESIS_HASH, row));
  });

  it('does not let text move between fields (a quote or separator typed by a person stays inside its field)', () => {
    const a = { ...fields(1), actor: 'U1","item-ticked', action: 'x' };
    const b = { ...fields(1), actor: 'U1', action: 'item-ticked","x' };
    expect(auditRowHash(GENESIS_HASH, a)).not.toBe(auditRowHash(GENESIS_HASH, b));
  });

  it('links each row to the one before it, the first to 64 zeros, and continues from a head', () => {
    const rows = chain(3);
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
    expect(rows[2]!.prevHash).toBe(rows[1]!.hash);
    const continued = chainAuditRows(rows[1]!.hash, [fields(2)]);
    expect(continued[0]!.hash).toBe(rows[2]!.hash);
  });
});

type Scenario = {
  name: string;
  tamper: (rows: StoredAuditRow[]) => { rows: StoredAuditRow[]; head: { hash: string | null; count: number } };
  kind: string;
  rowId: number | null;
  message: RegExp;
};

const SCENARIOS: Scenario[] = [
  {
    name: 'a row edited (its actor changed)',
    tamper: (rows) => ({ rows: rows.map((r) => (r.id === 13 ? { ...r, actor: 'UMALLORY' } : r)), head: head(rows) }),
    kind: 'edited',
    rowId: 13,
    message: /row 13 \(item-ticked by UMALLORY\) was edited/,
  },
  {
    name: 'a row edited and re-hashed',
    tamper: (rows) => {
      const edited = rows.map((r) =>
        r.id === 13 ? { ...r, dataJson: '{}', hash: auditRowHash(r.prevHash!, { ...r, dataJson: '{}' }) } : r,
      );
      return { rows: edited, head: head(rows) };
    },
    kind: 'deleted',
    rowId: 14,
    message: /link from row 13 to row 14 is broken.*edited and re-hashed/,
  },
  {
    name: 'a row deleted in the middle',
    tamper: (rows) => ({ rows: rows.filter((r) => r.id !== 13), head: head(rows) }),
    kind: 'deleted',
    rowId: 14,
    message: /link from row 12 to row 14 is broken: a row between them was deleted/,
  },
  {
    name: 'the first row deleted',
    tamper: (rows) => ({ rows: rows.slice(1), head: head(rows) }),
    kind: 'deleted',
    rowId: 12,
    message: /row 12 is not the first of its chain/,
  },
  {
    name: 'the newest row deleted',
    tamper: (rows) => ({ rows: rows.slice(0, -1), head: head(rows) }),
    kind: 'deleted',
    rowId: null,
    message: /records 5 audit row\(s\) but 4 remain/,
  },
  {
    name: 'every row deleted',
    tamper: (rows) => ({ rows: [], head: head(rows) }),
    kind: 'deleted',
    rowId: null,
    message: /records 5 audit row\(s\) but 0 remain/,
  },
  {
    name: 'a row inserted without a hash',
    tamper: (rows) => ({
      rows: [...rows, { ...fields(9), id: 16, prevHash: null, hash: null }],
      head: head(rows),
    }),
    kind: 'unchained',
    rowId: 16,
    message: /row 16 has no hash/,
  },
  {
    name: 'a row appended with a correctly computed hash',
    tamper: (rows) => {
      const [forged] = chainAuditRows(rows.at(-1)!.hash, [fields(9)]);
      return { rows: [...rows, { ...forged!, id: 16 }], head: head(rows) };
    },
    kind: 'inserted',
    rowId: 16,
    message: /row 16 was inserted after the newest row the deployment records \(5 row\(s\)\)/,
  },
  {
    name: 'a row inserted between two rows with a hash linked to its predecessor',
    tamper: (rows) => {
      const [forged] = chainAuditRows(rows[1]!.hash, [fields(9)]);
      return { rows: [...rows.slice(0, 2), { ...forged!, id: 12.5 }, ...rows.slice(2)], head: head(rows) };
    },
    kind: 'inserted',
    rowId: 12.5,
    message: /row 12.5 was inserted: row 13 links to row 12, before it/,
  },
  {
    name: 'a deployment whose migrated rows are not chained yet',
    tamper: (rows) => ({ rows, head: { hash: PENDING_HEAD, count: 0 } }),
    kind: 'not-chained-yet',
    rowId: null,
    message: /start the bot once/,
  },
];

describe('verifying a chain', () => {
  it('accepts an intact chain and an empty one', () => {
    const rows = chain();
    expect(verifyAuditChain(rows, head(rows))).toEqual({ ok: true, count: 5, headHash: rows[4]!.hash });
    expect(verifyAuditChain([], { hash: null, count: 0 })).toEqual({ ok: true, count: 0, headHash: null });
  });

  it.each(SCENARIOS)('reports the first break: $name', ({ tamper, kind, rowId, message }) => {
    const { rows, head: stored } = tamper(chain());
    const verdict = verifyAuditChain(rows, stored);
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.break.kind).toBe(kind);
    expect(verdict.break.rowId).toBe(rowId);
    expect(verdict.break.message).toMatch(message);
  });
});

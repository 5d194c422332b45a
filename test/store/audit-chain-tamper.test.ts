import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEvent } from '../../src/domain/apply-event.ts';
import { chainAuditRows } from '../../src/domain/audit-chain.ts';
import { recordAuditRows } from '../../src/store/audit-chain.ts';
import { migrationsDir } from '../../src/store/create-store.ts';
import { createStore, databaseOf, type Store } from '../../src/store/store.ts';
import { seedAuditedDeployment, startHealthServer } from '../support/audited-deployment.ts';
import { runCliOn } from '../support/run-cli.ts';
import { createFreshDatabase, TEST_DATABASE, type TestDatabase } from '../support/test-database.ts';

const START = new Date('2026-02-10T09:00:00.000Z');

describe(`tampering with the audit log (${TEST_DATABASE})`, () => {
  let database: TestDatabase;
  let store: Store;
  let health: Awaited<ReturnType<typeof startHealthServer>>;
  const ids: Record<'edited' | 'deleted' | 'inserted' | 'untouched', string> = {
    edited: '',
    deleted: '',
    inserted: '',
    untouched: '',
  };
  const verify = (...args: string[]) => runCliOn(database.url, tmpdir(), 'audit', 'verify', ...args);
  const rowsOf = (deploymentId: string) =>
    databaseOf(store).auditEvent.findMany({ where: { deploymentId }, orderBy: { id: 'asc' } });

  beforeAll(async () => {
    database = await createFreshDatabase();
    store = await createStore(database.url);
    health = await startHealthServer();
    for (const [i, key] of (['edited', 'deleted', 'inserted', 'untouched'] as const).entries()) {
      const seeded = await seedAuditedDeployment(store, {
        service: `svc-${key}`,
        start: new Date(START.getTime() + i * 86_400_000),
        health,
        overrideReason: 'Canary healthy; staging flaps (CAB-42)',
      });
      ids[key] = seeded.id;
    }
  });
  afterAll(async () => {
    await store?.close();
    await health?.close();
    await database?.drop();
  });

  it('finds every chain intact as the bot wrote it (exit 0)', async () => {
    const result = await verify();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('4 deployment(s) checked: 4 intact\n');
    const head = await databaseOf(store).deployment.findUniqueOrThrow({ where: { id: ids.untouched } });
    expect(result.stdout).toContain(
      `${ids.untouched} (svc-untouched → production): intact, 16 row(s), head ${head.auditHeadHash}\n`,
    );
  });

  it('reports an edited row, a deleted row and an inserted row, each at the first broken link (exit 1)', async () => {
    // Edited: who signed off, changed after the fact.
    const edited = (await rowsOf(ids.edited)).find((row) => row.action === 'signed-off')!;
    await databaseOf(store).auditEvent.update({ where: { id: edited.id }, data: { actor: 'UMALLORY' } });
    // Deleted: the override at go-live disappears.
    const deletedRows = await rowsOf(ids.deleted);
    const override = deletedRows.findIndex((row) => row.action === 'went-live-with-override');
    await databaseOf(store).auditEvent.delete({ where: { id: deletedRows[override]!.id } });
    // Inserted: a forged approval appended by someone who knows the scheme and computes a correct hash.
    const insertedRows = await rowsOf(ids.inserted);
    const [forged] = chainAuditRows(insertedRows.at(-1)!.hash, [
      {
        deploymentId: ids.inserted,
        actor: 'UMALLORY',
        action: 'signed-off',
        itemKey: null,
        dataJson: '{"roleKey":"security"}',
        at: new Date(START.getTime() + 3 * 86_400_000),
      },
    ]);
    const added = await databaseOf(store).auditEvent.create({ data: forged! });

    const all = await verify();
    expect(all.code).toBe(1);
    expect(all.stdout).toContain(
      `${ids.edited} (svc-edited → production): BROKEN at row ${edited.id} (position 5), edited: row ${edited.id} (signed-off by UMALLORY) was edited after it was written\n`,
    );
    const next = deletedRows[override + 1]!;
    expect(all.stdout).toContain(
      `${ids.deleted} (svc-deleted → production): BROKEN at row ${next.id} (position ${override + 1}), deleted: the link from row ${deletedRows[override - 1]!.id} to row ${next.id} is broken: a row between them was deleted`,
    );
    expect(all.stdout).toContain(
      `${ids.inserted} (svc-inserted → production): BROKEN at row ${added.id} (position 17), inserted: row ${added.id} was inserted after the newest row the deployment records (16 row(s))\n`,
    );
    expect(all.stdout).toContain(`${ids.untouched} (svc-untouched → production): intact`);
    expect(all.stdout).toContain('4 deployment(s) checked: 1 intact, 3 broken\n');

    // One deployment at a time: the untouched one passes, a tampered one fails.
    expect(await verify('--deployment', ids.untouched)).toMatchObject({ code: 0 });
    expect((await verify('--deployment', ids.deleted)).code).toBe(1);
    // The report says so too, and exits 1 after writing it.
    const report = await runCliOn(database.url, tmpdir(), 'report', ids.edited, '--format', 'json');
    expect(report.code).toBe(1);
    expect(JSON.parse(report.stdout).auditChain).toMatchObject({ intact: false });
    expect(report.stderr).toContain(`the audit chain of ${ids.edited} is broken: row ${edited.id}`);
  });

  it('refuses an unknown deployment and a wrong subcommand', async () => {
    expect(await verify('--deployment', 'dep_nope')).toMatchObject({
      code: 1,
      stderr: 'deploy-checklist audit: no deployment dep_nope\n',
    });
    const wrong = await runCliOn(database.url, tmpdir(), 'audit', 'check');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('unknown subcommand "check": write verify');
  });
});

describe(`appending to the chain (${TEST_DATABASE})`, () => {
  let database: TestDatabase;
  let store: Store;
  let health: Awaited<ReturnType<typeof startHealthServer>>;
  beforeAll(async () => {
    database = await createFreshDatabase();
    store = await createStore(database.url);
    health = await startHealthServer();
  });
  afterAll(async () => {
    await store?.close();
    await health?.close();
    await database?.drop();
  });

  it('stays one unbroken chain when changes and records outside a change (rollback reminders) race', async () => {
    const { id } = await seedAuditedDeployment(store, {
      service: 'svc-race',
      start: START,
      health,
      overrideReason: 'Canary healthy; staging flaps (CAB-42)',
    });
    // On PostgreSQL a second store on the same database: another replica writing at the same time. SQLite's
    // driver waits for a lock synchronously, so two connections in one process would block each other; a SQLite
    // bot is one process, and its writes race within it.
    const other = TEST_DATABASE === 'postgresql' ? await createStore(database.url) : store;
    try {
      const at = new Date(START.getTime() + 3 * 3_600_000);
      await Promise.all(
        Array.from({ length: 8 }, (_, i) => [
          recordAuditRows(databaseOf(i % 2 ? store : other), id, [
            { actor: 'scheduler', action: 'rollback-reminder-sent', itemKey: null, dataJson: `{"n":${i}}`, at },
          ]),
          (i % 2 ? other : store).deployments.apply(
            id,
            (d) =>
              applyEvent(d, { type: 'set-endpoint', actor: 'UOWNER1', name: 'url', url: `https://x${i}.example` }, at),
            () => at,
          ),
        ]).flat(),
      );
    } finally {
      if (other !== store) await other.close();
    }
    const result = await runCliOn(database.url, tmpdir(), 'audit', 'verify', '--deployment', id);
    expect(result.stdout).toContain('intact, 32 row(s)');
    expect(result.code).toBe(0);
  });
});

describe(`the audit-chain migration on a database with earlier audit rows (${TEST_DATABASE})`, () => {
  it('chains the rows written before it once, at the next start, with the hashes the bot would have written', async () => {
    const database = await createFreshDatabase();
    const health = await startHealthServer();
    let store = await createStore(database.url);
    try {
      const { id } = await seedAuditedDeployment(store, {
        service: 'svc-legacy',
        start: START,
        health,
        overrideReason: 'Canary healthy; staging flaps (CAB-42)',
      });
      const written = await databaseOf(store).auditEvent.findMany({
        where: { deploymentId: id },
        orderBy: { id: 'asc' },
      });
      // The state the migration leaves an existing database in: the rows had no hash columns (null now), and the
      // migration's own statement marks every existing deployment.
      await databaseOf(store).auditEvent.updateMany({ data: { prevHash: null, hash: null } });
      await databaseOf(store).deployment.updateMany({ data: { auditHeadHash: null, auditCount: 0 } });
      const sql = await readFile(
        path.join(migrationsDir(TEST_DATABASE), '20261130120000_audit_chain', 'migration.sql'),
        'utf8',
      );
      const mark = sql.split(';').find((statement) => statement.includes('UPDATE'))!;
      await databaseOf(store).$executeRawUnsafe(mark);
      const pending = await runCliOn(database.url, tmpdir(), 'audit', 'verify');
      // The CLI opens the database as the bot does, so it ran the one-time step itself.
      expect(pending.code).toBe(0);
      const chained = await databaseOf(store).auditEvent.findMany({
        where: { deploymentId: id },
        orderBy: { id: 'asc' },
      });
      expect(chained.map((row) => [row.prevHash, row.hash])).toEqual(written.map((row) => [row.prevHash, row.hash]));
      const head = await databaseOf(store).deployment.findUniqueOrThrow({ where: { id } });
      expect([head.auditHeadHash, head.auditCount]).toEqual([written.at(-1)!.hash, written.length]);

      // A row slipped in afterwards is not blessed by a restart: the step ran once.
      await databaseOf(store).auditEvent.create({
        data: { deploymentId: id, actor: 'UMALLORY', action: 'signed-off', dataJson: '{}', at: START },
      });
      await store.close();
      store = await createStore(database.url);
      const after = await runCliOn(database.url, tmpdir(), 'audit', 'verify', '--deployment', id);
      expect(after.code).toBe(1);
      expect(after.stdout).toMatch(/unchained: row \d+ has no hash: it was written outside the bot/);
    } finally {
      await store.close();
      await health.close();
      await database.drop();
    }
  });

  it('says a deployment is not chained yet when read before the step ran', async () => {
    const database = await createFreshDatabase();
    const store = await createStore(database.url);
    try {
      const created = await store.deployments.create(
        {
          teamId: 'T1',
          channelId: 'C1',
          service: 'svc-pending',
          version: 'v1',
          environment: 'staging',
          ownerId: 'UOWNER1',
          templateName: 't',
          templateHash: 'h',
          template: (await import('../support/deployment-builder.ts')).DOMAIN_TEMPLATE,
          endpoints: {},
        },
        START,
        () => [],
      );
      await databaseOf(store).deployment.update({ where: { id: created!.id }, data: { auditHeadHash: 'pending' } });
      const { verifyAuditLog } = await import('../../src/app/deployment-records.ts');
      const [check] = (await verifyAuditLog(store, created!.id))!;
      expect(check?.verdict).toMatchObject({ ok: false, break: { kind: 'not-chained-yet' } });
    } finally {
      await store.close();
      await database.drop();
    }
  });
});

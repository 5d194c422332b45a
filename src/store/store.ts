import { MIGRATIONS_TABLE, migrationNames } from './apply-migrations.ts';
import { chainPendingAuditRows } from './audit-chain.ts';
import {
  type Database_,
  type Db,
  migrationsDir,
  type OpenDatabaseOptions,
  openDatabase,
  type StoreKind,
} from './create-store.ts';
import { DeploymentRepository } from './deployment-repository.ts';
import { GithubRunRepository } from './github-run-repository.ts';
import { MessageRepository } from './message-repository.ts';

/** The repositories over one database. */
export type Store = {
  db: Db;
  kind: StoreKind;
  deployments: DeploymentRepository;
  messages: MessageRepository;
  /** GitHub Actions runs waiting for deployments (docs/github.md). */
  githubRuns: GithubRunRepository;
  /** Migrations this start applied (empty when the database was up to date). */
  migrationsApplied: string[];
  healthy: () => Promise<boolean>;
  /** Migration files the database has not recorded as applied (another replica ran an older image, a failed start). */
  pendingMigrations: () => Promise<string[]>;
  close: () => Promise<void>;
};

export async function createStore(databaseUrl: string, options: OpenDatabaseOptions = {}): Promise<Store> {
  const database: Database_ = await openDatabase(databaseUrl, options);
  const { db } = database;
  // The audit-chain migration's one-time step (SQL cannot hash): chains the rows written before it, once.
  await chainPendingAuditRows(db);
  return {
    db,
    kind: database.kind,
    deployments: new DeploymentRepository(db),
    messages: new MessageRepository(db),
    githubRuns: new GithubRunRepository(db),
    migrationsApplied: database.migrationsApplied,
    healthy: async () => {
      try {
        await db.$queryRawUnsafe('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    pendingMigrations: async () => {
      const rows = await db.$queryRawUnsafe<Array<{ name: string }>>(`SELECT name FROM ${MIGRATIONS_TABLE}`);
      const applied = new Set(rows.map((row) => row.name));
      return (await migrationNames(migrationsDir(database.kind))).filter((name) => !applied.has(name));
    },
    close: database.close,
  };
}

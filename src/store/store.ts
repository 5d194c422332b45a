import type { StatsAggregates, StatsQuery } from '../domain/stats.ts';
import { ApiTokenRepository } from './api-token-repository.ts';
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
import { HomeViewerRepository } from './home-viewers.ts';
import { type JobQueue, jobQueue } from './job-repository.ts';
import { MessageRepository } from './message-repository.ts';
import { ProbeRunRepository } from './probe-run-repository.ts';
import { loadStatsAggregates } from './stats-queries.ts';

/**
 * The repositories over one database. The database handle itself stays in src/store: everything else asks a
 * repository a question named for what it answers (tests reach it through databaseOf).
 */
export type Store = {
  kind: StoreKind;
  deployments: DeploymentRepository;
  messages: MessageRepository;
  /** GitHub Actions runs waiting for deployments (docs/github.md). */
  githubRuns: GithubRunRepository;
  /** The outbox's job rows. */
  jobs: JobQueue;
  /** Probe results, the evidence of every run. */
  probeRuns: ProbeRunRepository;
  /** The HTTP API's tokens. */
  apiTokens: ApiTokenRepository;
  /** Who has opened the Home tab. */
  homeViewers: HomeViewerRepository;
  /** The aggregates behind `stats` over the deployments started since `from` (stats-queries.ts). */
  statsAggregates: (query: StatsQuery, from: Date) => Promise<StatsAggregates>;
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
  const store: Store = {
    kind: database.kind,
    deployments: new DeploymentRepository(db),
    messages: new MessageRepository(db),
    githubRuns: new GithubRunRepository(db),
    jobs: jobQueue(db),
    probeRuns: new ProbeRunRepository(db),
    apiTokens: new ApiTokenRepository(db),
    homeViewers: new HomeViewerRepository(db),
    statsAggregates: (query, from) => loadStatsAggregates(db, query, from),
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
  databases.set(store, db);
  return store;
}

const databases = new WeakMap<Store, Db>();

/**
 * The raw database handle of a store: for src/store itself and for tests (which arrange and read rows
 * directly) only. Everything else goes through the repositories on Store, so no query is written outside src/store.
 */
export function databaseOf(store: Store): Db {
  const db = databases.get(store);
  if (!db) throw new Error('not a store made by createStore');
  return db;
}

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PrismaClient } from '../generated/sqlite/index.js';
import type { Logger } from '../logger.ts';
import { applyMigrations, MIGRATIONS_TABLE, type MigrationDriver } from './apply-migrations.ts';
import { describeFailure } from './database-errors.ts';
import { type StoreKind, sqliteFilePath, storeKindOf } from './database-url.ts';
import { waitForDatabase } from './wait-for-database.ts';

export type Db = PrismaClient;

export type Database_ = { db: Db; kind: StoreKind; close: () => Promise<void>; migrationsApplied: string[] };

/** PostgreSQL connection settings (SQLite has one file and no pool, and ignores them). */
export type DatabaseSettings = {
  /** Connections this process may hold open at once. */
  poolSize: number;
  /** How long startup keeps retrying an unreachable database before giving up. */
  startupWaitSeconds: number;
};

export type OpenDatabaseOptions = Partial<DatabaseSettings> & { logger?: Logger };

export const DEFAULT_DATABASE_SETTINGS: DatabaseSettings = { poolSize: 10, startupWaitSeconds: 60 };

/**
 * A connection that cannot be opened in this time counts as unreachable (a firewall that drops packets would
 * otherwise hold a Slack request, a sweep or the startup until the kernel gives up, minutes later).
 */
const CONNECT_TIMEOUT_MS = 5000;
/** No query of ours takes seconds; one that does is waiting on a connection that went silent. */
const QUERY_TIMEOUT_MS = 10_000;

const PRISMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), findRootRelative(), 'prisma');

/** From src/store (vitest) or dist/src/store (compiled), the repository root is two or three levels up. */
function findRootRelative(): string {
  return fileURLToPath(import.meta.url).includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..';
}

/** Where the migration files of a kind of database are. */
export function migrationsDir(kind: StoreKind): string {
  return kind === 'sqlite' ? path.join(PRISMA_DIR, 'migrations') : path.join(PRISMA_DIR, 'postgresql', 'migrations');
}

/** Opens the database the URL names, applies pending migrations, and returns a Prisma client on a driver adapter. */
export async function openDatabase(databaseUrl: string, options: OpenDatabaseOptions = {}): Promise<Database_> {
  if (storeKindOf(databaseUrl) === 'postgresql') {
    return openPostgres(databaseUrl, { ...DEFAULT_DATABASE_SETTINGS, ...options });
  }
  return openSqlite(databaseUrl);
}

// Each store loads only its own driver, adapter and generated client: the other pair would cost a process that
// never uses it tens of megabytes (measured: npm run bench -- memory).

async function openSqlite(databaseUrl: string): Promise<Database_> {
  const [{ default: Database }, { PrismaBetterSQLite3 }, { PrismaClient: SqlitePrismaClient }] = await Promise.all([
    import('better-sqlite3'),
    import('@prisma/adapter-better-sqlite3'),
    import('../generated/sqlite/index.js'),
  ]);
  const file = sqliteFilePath(databaseUrl);
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const raw = new Database(file, { timeout: 10_000 });
  // WAL lets a second process read while one writes; the busy timeout makes writers wait instead of failing.
  raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  const driver: MigrationDriver = {
    exclusive: async (fn) => {
      raw.exec('BEGIN IMMEDIATE; COMMIT;');
      return fn();
    },
    query: async (sql) => {
      const statement = raw.prepare(sql);
      if (statement.reader) return statement.all() as Array<Record<string, unknown>>;
      statement.run();
      return [];
    },
    // Two openers (processes, or two opens in one process) may both have read the migration as pending; the write
    // lock of the immediate transaction lets one apply it and the other find it recorded.
    applyFile: async (name, sql) =>
      raw
        .transaction(() => {
          if (raw.prepare(`SELECT 1 FROM ${MIGRATIONS_TABLE} WHERE name = ?`).get(name)) return false;
          raw.exec(sql);
          raw
            .prepare(`INSERT INTO ${MIGRATIONS_TABLE} (name, applied_at) VALUES (?, ?)`)
            .run(name, new Date().toISOString());
          return true;
        })
        .immediate(),
  };
  let migrationsApplied: string[];
  try {
    migrationsApplied = await applyMigrations(driver, migrationsDir('sqlite'));
  } finally {
    raw.close();
  }
  const adapter = new PrismaBetterSQLite3({ url: file, timeout: 10_000 });
  const db = new SqlitePrismaClient({ adapter });
  await db.$connect();
  await db.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  return { db, kind: 'sqlite', close: () => db.$disconnect(), migrationsApplied };
}

async function openPostgres(
  databaseUrl: string,
  options: DatabaseSettings & { logger?: Logger | undefined },
): Promise<Database_> {
  const [{ default: pg }, { PrismaPg }, { PrismaClient: PostgresPrismaClient }] = await Promise.all([
    import('pg'),
    import('@prisma/adapter-pg'),
    import('../generated/postgresql/index.js'),
  ]);
  // The database may still be starting (compose, a failover): wait for it, saying so, instead of exiting at once.
  const migrationsApplied = await waitForDatabase(() => migratePostgres(pg, databaseUrl), {
    databaseUrl,
    waitSeconds: options.startupWaitSeconds,
    ...(options.logger ? { logger: options.logger } : {}),
  });
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.poolSize,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    query_timeout: QUERY_TIMEOUT_MS,
    keepAlive: true,
  });
  // A connection the server or the network dropped is discarded by the pool and replaced on the next query; without
  // these listeners pg would report it as an uncaught error and end the process.
  const lost = (error: Error) =>
    options.logger?.warn('lost a database connection; the next query opens a new one', {
      reason: describeFailure(error),
    });
  const adapter = new PrismaPg(pool, { onPoolError: lost, onConnectionError: lost });
  // The two generated clients have the same models; only the provider differs.
  const db = new PostgresPrismaClient({ adapter }) as unknown as Db;
  await db.$connect();
  return {
    db,
    kind: 'postgresql',
    close: async () => {
      await db.$disconnect();
      await pool.end().catch(() => undefined);
    },
    migrationsApplied,
  };
}

/** Applies pending migrations on a connection of its own, closed afterwards. */
async function migratePostgres(pg: typeof import('pg').default, databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // Without a listener, a connection dropped while idle would be an uncaught error; the next query reports it.
  client.on('error', () => undefined);
  await client.connect().catch(async (error: unknown) => {
    await client.end().catch(() => undefined);
    throw error;
  });
  const driver: MigrationDriver = {
    // Two replicas starting together: the advisory lock lets one migrate while the other waits.
    exclusive: async (fn) => {
      await client.query('SELECT pg_advisory_lock(hashtext($1))', [MIGRATIONS_TABLE]);
      try {
        return await fn();
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', [MIGRATIONS_TABLE]);
      }
    },
    query: async (sql, params) => (await client.query(sql, params)).rows,
    applyFile: async (name, sql) => {
      await client.query('BEGIN');
      try {
        await client.query(sql);
        await client.query(`INSERT INTO ${MIGRATIONS_TABLE} (name, applied_at) VALUES ($1, $2)`, [
          name,
          new Date().toISOString(),
        ]);
        await client.query('COMMIT');
        return true;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
  };
  try {
    return await applyMigrations(driver, migrationsDir('postgresql'));
  } finally {
    await client.end().catch(() => undefined);
  }
}

export type { StoreKind };

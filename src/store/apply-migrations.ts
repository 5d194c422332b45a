import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Runs SQL statements on one connection; implemented for better-sqlite3 and pg. */
export type MigrationDriver = {
  /** Runs `fn` holding a lock no other process can hold at the same time (PostgreSQL advisory lock). */
  exclusive: <T>(fn: () => Promise<T>) => Promise<T>;
  query: (sql: string, params?: unknown[]) => Promise<Array<Record<string, unknown>>>;
  /**
   * Runs a migration file (several statements) and records it, atomically, unless another opener recorded it first
   * (SQLite has no lock that can be held across awaits). Returns whether it ran.
   */
  applyFile: (name: string, sql: string) => Promise<boolean>;
};

export const MIGRATIONS_TABLE = 'deploy_checklist_migrations';

/** The migrations a directory holds (one folder each), in the order they apply. */
export async function migrationNames(migrationsDir: string): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * Applies pending migrations in name order so a fresh database needs no manual step. The SQL files are the ones
 * `prisma migrate diff` wrote; the Prisma CLI's migrate deploy is not used at runtime (it needs engines that
 * some environments cannot download, and fails on PostgreSQL with the JS schema engine).
 */
export async function applyMigrations(driver: MigrationDriver, migrationsDir: string): Promise<string[]> {
  const names = await migrationNames(migrationsDir);
  return driver.exclusive(async () => {
    await driver.query(
      `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (name VARCHAR(255) PRIMARY KEY, applied_at VARCHAR(40) NOT NULL)`,
    );
    const applied = new Set(
      (await driver.query(`SELECT name FROM ${MIGRATIONS_TABLE}`)).map((row) => String(row.name)),
    );
    const newlyApplied: string[] = [];
    for (const name of names) {
      if (applied.has(name)) continue;
      const sql = await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8');
      if (await driver.applyFile(name, sql)) newlyApplied.push(name);
    }
    return newlyApplied;
  });
}

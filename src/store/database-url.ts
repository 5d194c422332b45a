import path from 'node:path';

// What a DATABASE_URL names, read without loading a database driver: the thread that acks Slack needs these facts
// but must not pay for Prisma (it never opens the database).

export type StoreKind = 'sqlite' | 'postgresql';

export function storeKindOf(databaseUrl: string): StoreKind {
  return databaseUrl.startsWith('postgres://') || databaseUrl.startsWith('postgresql://') ? 'postgresql' : 'sqlite';
}

/** The SQLite file a `file:` URL names (resolved), or `:memory:`. */
export function sqliteFilePath(databaseUrl: string): string {
  const file = databaseUrl.replace(/^file:/, '').split('?')[0] ?? '';
  return file === ':memory:' ? file : path.resolve(file);
}

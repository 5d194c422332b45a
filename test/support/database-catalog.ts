import Database from 'better-sqlite3';
import pg from 'pg';
import { MIGRATIONS_TABLE } from '../../src/store/apply-migrations.ts';
import { sqliteFilePath } from '../../src/store/database-url.ts';

/**
 * What a database's schema holds, one sorted line per fact: every column with its type, nullability and default,
 * primary keys, indexes (unique or not, their columns), unique constraints and foreign keys with their actions.
 * Two databases with the same lines have the same schema as far as the app and `prisma migrate diff` care; the
 * migrations bookkeeping table is left out. Column order is ignored (ALTER TABLE appends columns).
 */
export async function readCatalog(url: string): Promise<string[]> {
  const lines = url.startsWith('file:') ? readSqliteCatalog(sqliteFilePath(url)) : await readPostgresCatalog(url);
  return lines.sort();
}

/** Runs a SQL script (several statements) on the database, as `prisma migrate diff --script` writes it. */
export async function runScript(url: string, script: string): Promise<void> {
  if (url.startsWith('file:')) {
    const db = new Database(sqliteFilePath(url));
    try {
      db.exec(script);
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(script);
  } finally {
    await client.end();
  }
}

type SqliteColumn = { name: string; type: string; notnull: number; dflt_value: string | null; pk: number };
type SqliteIndex = { name: string; unique: number; origin: string; partial: number };
type SqliteForeignKey = {
  id: number;
  seq: number;
  table: string;
  from: string;
  to: string;
  on_update: string;
  on_delete: string;
};

function readSqliteCatalog(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != ?`)
      .all(MIGRATIONS_TABLE) as Array<{ name: string; sql: string }>;
    const lines: string[] = [];
    for (const { name: table, sql } of tables) {
      const q = (pragma: string, arg = table) => db.prepare(`PRAGMA ${pragma}("${arg.replaceAll('"', '""')}")`).all();
      const columns = q('table_info') as SqliteColumn[];
      for (const c of columns) {
        lines.push(`${table}: column ${c.name} ${c.type}${nullability(!c.notnull)}${defaultOf(c.dflt_value)}`);
      }
      const pk = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
      if (pk.length > 0) lines.push(`${table}: primary key (${pk.map((c) => c.name).join(', ')})`);
      if (/\bAUTOINCREMENT\b/i.test(sql)) lines.push(`${table}: autoincrement`);
      for (const index of q('index_list') as SqliteIndex[]) {
        // The primary key's own index is named after the table as it was created (a redefined table keeps the
        // temporary name): the primary key line covers it.
        if (index.origin === 'pk') continue;
        const cols = (q('index_info', index.name) as Array<{ name: string }>).map((c) => c.name).join(', ');
        const name =
          index.origin === 'c' ? index.name : `(${index.origin === 'u' ? 'unique constraint' : index.origin})`;
        lines.push(
          `${table}: ${index.unique ? 'unique ' : ''}index ${name} (${cols})${index.partial ? ' partial' : ''}`,
        );
      }
      const keys = new Map<number, SqliteForeignKey[]>();
      for (const key of q('foreign_key_list') as SqliteForeignKey[])
        keys.set(key.id, [...(keys.get(key.id) ?? []), key]);
      for (const parts of keys.values()) {
        parts.sort((a, b) => a.seq - b.seq);
        const first = parts[0]!;
        lines.push(
          `${table}: foreign key (${parts.map((p) => p.from).join(', ')}) references ${first.table}(${parts.map((p) => p.to).join(', ')}) on delete ${first.on_delete} on update ${first.on_update}`,
        );
      }
    }
    return lines;
  } finally {
    db.close();
  }
}

async function readPostgresCatalog(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query<{ table: string; column: string; type: string; notnull: boolean; def: string }>(
      `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
              a.attnotnull AS notnull, pg_get_expr(d.adbin, d.adrelid) AS def
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
       WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
         AND c.relname <> $1`,
      [MIGRATIONS_TABLE],
    );
    const indexes = await client.query<{ table: string; name: string; def: string }>(
      `SELECT tablename AS table, indexname AS name, indexdef AS def FROM pg_indexes
       WHERE schemaname = current_schema() AND tablename <> $1`,
      [MIGRATIONS_TABLE],
    );
    const constraints = await client.query<{ table: string; name: string; def: string }>(
      `SELECT c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS def
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relname <> $1`,
      [MIGRATIONS_TABLE],
    );
    return [
      ...columns.rows.map(
        (c) => `${c.table}: column ${c.column} ${c.type}${nullability(!c.notnull)}${defaultOf(c.def)}`,
      ),
      ...indexes.rows.map((i) => `${i.table}: ${i.def}`),
      ...constraints.rows.map((k) => `${k.table}: constraint ${k.name} ${k.def}`),
    ];
  } finally {
    await client.end();
  }
}

function nullability(nullable: boolean): string {
  return nullable ? ' null' : ' not null';
}

function defaultOf(value: string | null): string {
  return value === null ? '' : ` default ${value}`;
}

// Generates both Prisma clients. The PostgreSQL schema is derived from the SQLite one so the models never drift.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sqliteSchema = path.join(root, 'prisma', 'schema.prisma');
const postgresSchema = path.join(root, 'prisma', 'postgresql', 'schema.prisma');

export function derivePostgresSchema(text) {
  return text
    .replace('output          = "../src/generated/sqlite"', 'output          = "../../src/generated/postgresql"')
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('url      = "file:./unused.db"', 'url      = "postgresql://unused"')
    .replace(
      /^\/\/ SQLite is the embedded default[\s\S]*?\n\n/,
      '// Generated from ../schema.prisma by scripts/generate-prisma.mjs: edit that file, not this one.\n\n',
    );
}

mkdirSync(path.dirname(postgresSchema), { recursive: true });
writeFileSync(postgresSchema, derivePostgresSchema(readFileSync(sqliteSchema, 'utf8')));
const prisma = path.join(root, 'node_modules', '.bin', 'prisma');
for (const schema of [sqliteSchema, postgresSchema]) {
  execFileSync(prisma, ['generate', '--schema', schema], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

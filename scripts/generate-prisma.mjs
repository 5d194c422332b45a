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
    .replace(/output(\s*)= "\.\.\/src\/generated\/sqlite"/, 'output$1= "../../src/generated/postgresql"')
    .replace(/provider(\s*)= "sqlite"/, 'provider$1= "postgresql"')
    .replace(/url(\s*)= "file:\.\/unused\.db"/, 'url$1= "postgresql://unused"')
    .replace(
      /^\/\/ SQLite is the embedded default[\s\S]*?\n\n/,
      '// Generated from ../schema.prisma by scripts/generate-prisma.mjs: edit that file, not this one.\n\n',
    );
}

mkdirSync(path.dirname(postgresSchema), { recursive: true });
const derived = derivePostgresSchema(readFileSync(sqliteSchema, 'utf8'));
if (!derived.includes('src/generated/postgresql') || !derived.includes('"postgresql"')) {
  throw new Error(
    'could not derive the PostgreSQL schema: the generator or datasource block of prisma/schema.prisma changed shape',
  );
}
writeFileSync(postgresSchema, derived);
const prisma = path.join(root, 'node_modules', '.bin', 'prisma');
for (const schema of [sqliteSchema, postgresSchema]) {
  execFileSync(prisma, ['generate', '--schema', schema], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

// Generates both Prisma clients. The PostgreSQL schema is derived from the SQLite one so the models never drift.
// It runs before every `npm test`, build and install, so it stays quiet: a client whose schema and Prisma version
// have not changed since it was generated is not generated again, and Prisma's notices about its config file
// (printed on every CLI run, with no option to turn them off) are dropped; anything else Prisma says is shown.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
/** Lines the Prisma CLI prints whenever prisma.config.ts exists; they tell nothing here (the config is ours). */
const CONFIG_NOTICES = [
  /^Loaded Prisma config from .*\.$/,
  /^Prisma config detected, skipping environment variable loading\.$/,
];

/** Prisma's stderr without its config-file notices and the blank lines around them. */
export function withoutConfigNotices(text) {
  const kept = text.split('\n').filter((line) => !CONFIG_NOTICES.some((notice) => notice.test(line.trim())));
  return kept.join('\n').replace(/^\s+$/, '');
}

// Installed from the registry, the clients ship compiled in dist/src/generated and the package holds no
// prisma.config.ts (the Prisma CLI needs it to run without downloading engines): nothing to generate. A checkout
// and the image's build stage (which runs this before it copies src/) have it.
const canGenerate = existsSync(path.join(root, 'prisma.config.ts'));
if (canGenerate && process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (readFileSyncIfExists(postgresSchema) !== derived) writeFileSync(postgresSchema, derived);
  const prisma = path.join(root, 'node_modules', '.bin', 'prisma');
  const stampFile = path.join(root, 'src', 'generated', 'schema-stamps.json');
  const stamps = JSON.parse(readFileSyncIfExists(stampFile) ?? '{}');
  const versions = ['prisma', '@prisma/client']
    .map((name) => readFileSyncIfExists(path.join(root, 'node_modules', name, 'package.json')) ?? name)
    .join('\n');
  for (const [name, schema] of [
    ['sqlite', sqliteSchema],
    ['postgresql', postgresSchema],
  ]) {
    const stamp = createHash('sha256').update(readFileSync(schema)).update(versions).digest('hex');
    const client = path.join(root, 'src', 'generated', name, 'index.js');
    if (stamps[name] === stamp && existsSync(client)) continue;
    const run = spawnSync(prisma, ['generate', '--schema', schema], { cwd: root, encoding: 'utf8' });
    const stderr = withoutConfigNotices(run.stderr ?? '');
    if (run.status !== 0) {
      process.stderr.write(`${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? `${run.error.message}\n` : ''}`);
      process.exit(run.status ?? 1);
    }
    if (stderr.trim()) process.stderr.write(stderr.endsWith('\n') ? stderr : `${stderr}\n`);
    stamps[name] = stamp;
    mkdirSync(path.dirname(stampFile), { recursive: true });
    writeFileSync(stampFile, `${JSON.stringify(stamps, null, 2)}\n`);
  }
}

function readFileSyncIfExists(file) {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

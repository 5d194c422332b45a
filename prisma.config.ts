import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { defineConfig } from 'prisma/config';

// The Rust engines cannot be downloaded in every environment, so the CLI runs on the JS engine with a driver
// adapter. Migrations are applied by the app itself at startup (src/store/apply-migrations.ts).
export default defineConfig({
  engine: 'js',
  experimental: { adapter: true },
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  adapter: async () => {
    // `migrate diff` needs a connection even when it only compares schema files.
    mkdirSync('data', { recursive: true });
    return new PrismaBetterSQLite3({ url: process.env.PRISMA_CLI_DATABASE_URL ?? 'file:./data/prisma-cli.db' });
  },
});

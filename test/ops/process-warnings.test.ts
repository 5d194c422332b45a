import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const scripts = mkdtempSync(path.join(tmpdir(), 'process-warnings-'));
afterAll(() => rmSync(scripts, { recursive: true, force: true }));
let count = 0;

/** Runs a TypeScript script as its own Node process (through jiti, as the bot runs) and collects stderr. */
function runNode(script: string): Promise<{ code: number | null; stderr: string }> {
  const file = path.join(scripts, `script-${++count}.ts`);
  // The script lives outside the project, so its imports name files: ours, and pg's entry point.
  writeFileSync(
    file,
    script.replaceAll("'./src/", `'${ROOT}/src/`).replace("from 'pg'", `from '${ROOT}/node_modules/pg/lib/index.js'`),
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'jiti/register', file], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('process warnings', () => {
  it("pg's client.query() deprecation, as Prisma's adapter triggers it, is one JSON log line, not raw stderr", async () => {
    const { code, stderr } = await runNode(`
      import pg from 'pg';
      import { createLogger } from './src/logger.ts';
      import { logProcessWarnings } from './src/process-warnings.ts';
      logProcessWarnings(createLogger('info'));
      // Never connected: the second query waits behind the first, which is what pg deprecates.
      const client = new pg.Client({ host: '127.0.0.1', port: 9 });
      client.on('error', () => {});
      client.query('select 1').catch(() => {});
      client.query('select 2').catch(() => {});
      setTimeout(() => process.exit(0), 50);
    `);
    expect({ code, stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    const lines = stderr.trim().split('\n');
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries).toEqual([
      expect.objectContaining({
        level: 'warn',
        message: 'node process warning',
        warning: 'DeprecationWarning',
        detail: expect.stringContaining('client.query()'),
      }),
    ]);
  });

  it('a warning below the log level is not written at all, and the raw Node line does not come back', async () => {
    const { stderr } = await runNode(`
      import { createLogger } from './src/logger.ts';
      import { logProcessWarnings } from './src/process-warnings.ts';
      logProcessWarnings(createLogger('error'));
      process.emitWarning('something experimental', 'ExperimentalWarning');
      setTimeout(() => process.exit(0), 20);
    `);
    expect(stderr).toBe('');
  });

  it('without it, Node prints the same warning as plain text (what the bot used to write)', async () => {
    const { stderr } = await runNode(`
      process.emitWarning('something experimental', 'ExperimentalWarning');
      setTimeout(() => process.exit(0), 20);
    `);
    expect(stderr).toMatch(/ExperimentalWarning: something experimental/);
  });
});

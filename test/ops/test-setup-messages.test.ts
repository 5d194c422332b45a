import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../support/bot-process.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs vitest itself, as a contributor would, and returns its exit code and everything it printed. */
function vitest(args: string[], env: Record<string, string>): { status: number | null; output: string } {
  const run = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'vitest'), ['run', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
    // A synchronous child blocks this worker's timers: bounded here, or a hung run would hold the whole suite.
    timeout: 55_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('what the test suite says when its surroundings are missing', () => {
  it('without a reachable PostgreSQL, the postgresql project stops at once with one line saying how to go on', async () => {
    const closed = `postgresql://postgres:secret-pw@127.0.0.1:${await freePort()}/test`;
    const { status, output } = vitest(['--project', 'postgresql', 'test/store/migrations-drift.test.ts'], {
      TEST_POSTGRES_URL: closed,
    });
    expect(status).not.toBe(0);
    const line = output.split('\n').find((text) => text.includes('PostgreSQL is not reachable'));
    expect(line).toMatch(
      /PostgreSQL is not reachable at postgresql:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/test \(ECONNREFUSED\)/,
    );
    expect(line).toContain('npx vitest run --project sqlite');
    expect(line).toContain('TEST_POSTGRES_URL');
    expect(output).not.toContain('secret-pw');
  }, 60_000);

  it('without ../shared/seeds, the seed round-trip tests are skipped with a reason that names it', () => {
    const { status, output } = vitest(
      ['--project', 'sqlite', 'test/templates/built-in-templates.test.ts', '-t', 'seed documents in'],
      {
        SEEDS_DIR: '/nonexistent/seeds',
      },
    );
    expect({ status, output }).toEqual({ status: 0, output: expect.any(String) });
    expect(output).toContain('skipped: ../shared/seeds is missing (looked for /nonexistent/seeds)');
    expect(output).toMatch(/Tests +\d+ skipped/);
    expect(output).not.toMatch(/failed/);
  }, 60_000);
});

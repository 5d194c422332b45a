import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { freePort, getFromBot, startBotProcess } from '../support/bot-process.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * What the container's run stage holds, built in a clean directory: the compiled code, package.json and the lock,
 * the migrations and templates, and `npm ci --omit=dev`. better-sqlite3's native build is taken from this
 * checkout's install (same lock, same Node): compiling it again would prove nothing new and cost 90 seconds.
 */
describe('a production install in a clean directory', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dc-production-'));
    execFileSync(
      path.join(ROOT, 'node_modules', '.bin', 'tsc'),
      ['-p', 'tsconfig.build.json', '--outDir', path.join(dir, 'dist')],
      // Synchronous children block the worker's timers, so each has its own bound.
      { cwd: ROOT, timeout: 180_000 },
    );
    execFileSync(process.execPath, ['scripts/copy-generated.mjs', path.join(dir, 'dist')], { cwd: ROOT });
    for (const entry of ['package.json', 'package-lock.json', 'prisma', 'templates'])
      cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
    execFileSync('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'], {
      cwd: dir,
      stdio: 'ignore',
      timeout: 100_000,
    });
    cpSync(
      path.join(ROOT, 'node_modules', 'better-sqlite3', 'build'),
      path.join(dir, 'node_modules', 'better-sqlite3', 'build'),
      { recursive: true },
    );
  }, 300_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('has no development tool installed', () => {
    const lock = JSON.parse(readFileSync(path.join(dir, 'node_modules', '.package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean }>;
    };
    // (typescript and jiti stay: Prisma names them as an optional peer and a dependency.)
    for (const tool of ['vitest', '@biomejs/biome', 'ws', '@types/ws'])
      expect(Object.keys(lock.packages)).not.toContain(`node_modules/${tool}`);
  });

  it('starts, migrates its database, answers /health, and stops cleanly on SIGTERM', { timeout: 120_000 }, async () => {
    const port = await freePort();
    const bot = await startBotProcess(
      {
        NODE_ENV: 'production',
        SLACK_BOT_TOKEN: 'xoxb-production-smoke',
        SLACK_SIGNING_SECRET: 'production-smoke-secret',
        // Nothing listens here: the bot must come up anyway and keep retrying Slack.
        SLACK_API_URL: `http://127.0.0.1:${await freePort()}/api/`,
        DATABASE_URL: `file:${path.join(dir, 'data', 'bot.db')}`,
        PORT: String(port),
        HOST: '127.0.0.1',
      },
      { cwd: dir, entry: ['dist/src/main.js'] },
    );
    try {
      expect(await getFromBot(port, '/health')).toBe(200);
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
    } finally {
      bot.child.kill('SIGKILL');
    }
    const text = JSON.stringify(bot.logs);
    expect(text).toContain('templates loaded');
    expect(text).not.toContain('xoxb-production-smoke');
  });
});

describe('the container files', () => {
  const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
  const stages = dockerfile.split(/^FROM /m).slice(1);

  it('build with dev dependencies, run with production ones only, as a non-root user', () => {
    expect(stages).toHaveLength(2);
    expect(stages[0]).toMatch(/npm ci --ignore-scripts/);
    expect(stages[0]).toMatch(/npm prune --omit=dev/);
    expect(stages[1]).toMatch(/^USER node$/m);
    expect(stages[1]).toMatch(/^VOLUME \/data$/m);
    expect(stages[1]).toMatch(/^HEALTHCHECK [\s\S]*?\/health/m);
    expect(stages[1]).toMatch(/^CMD \["node", "--max-semi-space-size=1", "dist\/src\/main\.js"\]$/m);
  });

  it('fetch nothing from outside the npm registry', () => {
    expect(dockerfile).not.toMatch(/\b(curl|wget|apt-get|apk add|ADD https?:)/);
    expect(readFileSync(path.join(ROOT, '.dockerignore'), 'utf8')).toMatch(/^node_modules$/m);
  });

  it('compose runs the bot on PostgreSQL with time to stop cleanly', () => {
    const compose = parse(readFileSync(path.join(ROOT, 'compose.yaml'), 'utf8')) as {
      services: Record<
        string,
        { environment?: Record<string, string>; stop_grace_period?: string; depends_on?: object }
      >;
    };
    const bot = compose.services.bot;
    expect(bot?.environment?.DATABASE_URL).toMatch(/^postgresql:\/\/.+@postgres:5432\//);
    expect(bot?.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(Number.parseInt(bot?.stop_grace_period ?? '0', 10)).toBeGreaterThan(25);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configOrExit, loadConfig, ZEnv } from '../../src/config.ts';
import { createLogger, redact } from '../../src/logger.ts';

const VALID = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'a1b2c3d4e5f6' };

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('loadConfig', () => {
  it('fills defaults for everything optional', () => {
    const config = loadConfig(VALID);
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBe('file:./data/deploy-checklist.db');
    expect(config.slack.socketMode).toBe(false);
    expect(config.probes.allowPrivate).toBe(false);
  });

  it('sizes the PostgreSQL pool, the startup wait and the job lease', () => {
    const defaults = loadConfig(VALID);
    expect(defaults.database).toEqual({ poolSize: 10, startupWaitSeconds: 60 });
    // By default a claim outlives the longest probe run (PROBE_DEADLINE_MS, 30 s) by a minute.
    expect(defaults.scheduler.leaseMs).toBe(90_000);
    const set = loadConfig({
      ...VALID,
      DATABASE_POOL_SIZE: '4',
      DATABASE_STARTUP_WAIT_SECONDS: '0',
      JOB_LEASE_SECONDS: '45',
    });
    expect(set.database).toEqual({ poolSize: 4, startupWaitSeconds: 0 });
    expect(set.scheduler.leaseMs).toBe(45_000);
  });

  it.each([
    [{ DATABASE_POOL_SIZE: '0' }, 'DATABASE_POOL_SIZE must be a whole number of connections, 1 or more'],
    [{ DATABASE_POOL_SIZE: 'many' }, 'DATABASE_POOL_SIZE must be a whole number of connections, 1 or more'],
    [{ DATABASE_STARTUP_WAIT_SECONDS: 'forever' }, 'DATABASE_STARTUP_WAIT_SECONDS must be a number of seconds'],
    [{ JOB_LEASE_SECONDS: '20' }, 'JOB_LEASE_SECONDS must be longer than PROBE_DEADLINE_MS (30000 ms)'],
    [{ JOB_LEASE_SECONDS: '5', PROBE_DEADLINE_MS: '5000' }, 'JOB_LEASE_SECONDS must be longer than PROBE_DEADLINE_MS'],
  ])('refuses %j with a reason', (env, expected) => {
    const found = problems({ ...VALID, ...env });
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(expected);
  });

  it('turns on Socket Mode when an app token is given', () => {
    expect(loadConfig({ ...VALID, SLACK_APP_TOKEN: 'xapp-1-abc' }).slack.socketMode).toBe(true);
  });

  it.each([
    [{ SANDBOX: 'false' }, ['SLACK_BOT_TOKEN is missing', 'SLACK_SIGNING_SECRET is missing']],
    [{ NODE_ENV: 'production' }, ['SLACK_BOT_TOKEN is missing', 'SLACK_SIGNING_SECRET is missing']],
    [{ SLACK_SIGNING_SECRET: 'a1b2c3d4e5f6' }, ['SLACK_BOT_TOKEN is missing']],
    [{ ...VALID, SLACK_BOT_TOKEN: 'xoxp-user' }, ['SLACK_BOT_TOKEN must be a bot token starting with "xoxb-"']],
    [{ ...VALID, PORT: 'eighty' }, ['PORT must be a port number']],
    [{ ...VALID, DATABASE_URL: 'mysql://x' }, ['DATABASE_URL must start with file: (SQLite) or postgresql://']],
    [{ ...VALID, LOG_LEVEL: 'loud' }, ['LOG_LEVEL must be one of debug, info, warn, error']],
    [{ ...VALID, SLACK_APP_TOKEN: 'xoxb-nope' }, ['SLACK_APP_TOKEN must be an app-level token starting with "xapp-"']],
  ])('lists every problem of %j at once', (env, expected) => {
    const found = problems(env as Record<string, string>);
    expect(found).toHaveLength(expected.length);
    for (const [i, text] of expected.entries()) expect(found[i]).toContain(text);
  });

  it('stops startup with exit code 2 and one readable message, no stack trace', () => {
    const result = configOrExit({ PORT: 'x', NODE_ENV: 'production' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.exitCode).toBe(2);
    expect(result.message).toMatch(/^deploy-checklist cannot start:\n {2}- SLACK_BOT_TOKEN is missing/);
    expect(result.message).toContain('PORT must be a port number');
    expect(result.message).not.toMatch(/\s+at /);
  });
});

describe('the local sandbox', () => {
  it('starts without Slack credentials outside production, on loopback and a database of its own', () => {
    const config = loadConfig({});
    expect(config.sandbox).toBe(true);
    expect(config.host).toBe('127.0.0.1');
    expect(config.databaseUrl).toBe('file:./data/sandbox.db');
    expect(path.basename(config.requestJournal)).toBe('sandbox-request-journal.jsonl');
    expect(loadConfig({ NODE_ENV: 'development', HOST: '0.0.0.0', PORT: '4000' })).toMatchObject({
      sandbox: true,
      host: '0.0.0.0',
      port: 4000,
    });
  });

  it('never starts when credentials are set, which behave as before', () => {
    const config = loadConfig(VALID);
    expect(config.sandbox).toBe(false);
    expect(config.host).toBe('0.0.0.0');
    expect(config.slack.botToken).toBe(VALID.SLACK_BOT_TOKEN);
  });

  it('takes SANDBOX=true in production, and refuses SANDBOX=true beside credentials', () => {
    expect(loadConfig({ NODE_ENV: 'production', SANDBOX: 'true' }).sandbox).toBe(true);
    const found = problems({ ...VALID, SANDBOX: 'true' });
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(
      'SANDBOX=true cannot be used with Slack credentials (SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET set)',
    );
  });

  it('stops a production setting without a token with exit code 2, as before', () => {
    const result = configOrExit({ NODE_ENV: 'production' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.exitCode).toBe(2);
    expect(result.message).toContain('SLACK_BOT_TOKEN is missing');
  });

  it('reports an unreadable SANDBOX with the other problems, and starts no sandbox', () => {
    const found = problems({ SANDBOX: 'maybe', PORT: 'x' });
    expect(found.join('\n')).toContain('SANDBOX write true or false');
    expect(found.join('\n')).toContain('SLACK_BOT_TOKEN is missing');
    expect(found.join('\n')).toContain('PORT must be a port number');
  });
});

describe('logs', () => {
  it('never contain tokens or the signing secret', () => {
    const lines: string[] = [];
    const logger = createLogger('debug', { secrets: ['a1b2c3d4e5f6'], write: (line) => lines.push(line) });
    logger.error('Slack said no', {
      token: 'xoxb-123-456-secret',
      header: 'Bearer xapp-1-A0-xyz',
      secret: 'a1b2c3d4e5f6',
    });
    expect(lines.join('\n')).not.toMatch(/xoxb-123|xapp-1-A0|a1b2c3d4e5f6/);
    expect(redact('token=xoxb-9-9-zz')).toBe('token=[redacted]');
  });
});

describe('the configuration reference', () => {
  it('lists every variable the bot reads in the configuration table of docs/configuration.md', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../docs/configuration.md'), 'utf8');
    const documented = new Set([...readme.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((match) => match[1]));
    expect(Object.keys(ZEnv.shape).filter((name) => !documented.has(name))).toEqual([]);
  });
});

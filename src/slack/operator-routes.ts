import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CustomRoute } from '@slack/bolt';
import { describeError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { METRICS_CONTENT_TYPE } from '../metrics/metrics-exposition.ts';
import { settlesWithin } from '../settles-within.ts';
import { slackErrorName } from '../slack-api/slack-errors.ts';
import type { SlackAuth } from './slack-auth.ts';

export type OperatorChecks = {
  /** The database answers a query. */
  healthy: () => Promise<boolean>;
  /** Migration files the database has not recorded as applied. */
  pendingMigrations: () => Promise<string[]>;
  slackAuth: SlackAuth;
  /** The Prometheus text of both threads. */
  metrics: () => Promise<string>;
  logger: Logger;
};

/** One check of GET /ready: passed, or why not. */
export type ReadinessCheck =
  | { ok: true; [detail: string]: unknown }
  | { ok: false; error: string; [detail: string]: unknown };

/** A readiness probe is answered within this, whatever hangs (orchestrators give up after a second or a few). */
const CHECK_WAIT_MS = 2000;

/** A check that hangs (a silent database, Slack not answering) fails with a message saying so. */
async function checkWithin(check: () => Promise<ReadinessCheck>, what: string): Promise<ReadinessCheck> {
  let result: ReadinessCheck = { ok: false, error: `${what} did not answer within ${CHECK_WAIT_MS / 1000} s` };
  const running = check().then(
    (value) => {
      result = value;
    },
    (error: unknown) => {
      result = { ok: false, error: slackErrorName(error) ?? describeError(error) };
    },
  );
  await settlesWithin(running, CHECK_WAIT_MS);
  return result;
}

/**
 * Readiness: the database is reachable, every migration file is recorded as applied, and Slack has confirmed the
 * bot token (auth.test; asked again here while it has not, so a bot that started while Slack was unreachable
 * becomes ready once Slack answers).
 */
export async function readiness(
  checks: OperatorChecks,
): Promise<{ ok: boolean; checks: Record<string, ReadinessCheck> }> {
  const [database, migrations, slack] = await Promise.all([
    checkWithin(
      async () => ((await checks.healthy()) ? { ok: true } : { ok: false, error: 'unreachable' }),
      'the database',
    ),
    checkWithin(async () => {
      const pending = await checks.pendingMigrations();
      return pending.length === 0 ? { ok: true } : { ok: false, error: 'migrations not applied', pending };
    }, 'the database'),
    checkWithin(async () => {
      const identity = await checks.slackAuth.confirmed();
      return { ok: true, ...(identity.team ? { team: identity.team } : {}) };
    }, 'Slack (auth.test)'),
  ]);
  return { ok: database.ok && migrations.ok && slack.ok, checks: { database, migrations, slack } };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/**
 * The operator's endpoints, served next to Slack's in HTTP and Socket Mode alike: GET /health (liveness: the
 * database answers), GET /ready (readiness) and GET /metrics (Prometheus).
 */
export function operatorRoutes(checks: OperatorChecks): CustomRoute[] {
  return [
    {
      path: '/health',
      method: ['GET'],
      handler: async (_req: IncomingMessage, res: ServerResponse) => {
        const ok = await checks.healthy();
        sendJson(res, ok ? 200 : 503, { ok, database: ok ? 'reachable' : 'unreachable' });
      },
    },
    {
      path: '/ready',
      method: ['GET'],
      handler: async (_req: IncomingMessage, res: ServerResponse) => {
        const ready = await readiness(checks);
        sendJson(res, ready.ok ? 200 : 503, ready);
      },
    },
    {
      path: '/metrics',
      method: ['GET'],
      handler: async (_req: IncomingMessage, res: ServerResponse) => {
        try {
          const text = await checks.metrics();
          res.writeHead(200, { 'content-type': METRICS_CONTENT_TYPE });
          res.end(text);
        } catch (error) {
          checks.logger.error('could not collect metrics', { error });
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end('could not collect metrics\n');
        }
      },
    },
  ];
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { verify } from '@octokit/webhooks-methods';
import type { CustomRoute } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import type { Core, GithubRunRequest } from '../app/core.ts';
import { newCorrelationId } from '../correlation.ts';
import { type GithubEnvironments, githubTarget, slackPersonOf } from '../domain/github-environments.ts';
import { GITHUB_ACTOR } from '../domain/github-gate.ts';
import { isAppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { slackErrorName } from '../slack-api/slack-errors.ts';
import { ApiError } from './api-errors.ts';
import { sendJson } from './api-http.ts';
import { resolveSlackUser } from './api-routes.ts';

export const GITHUB_WEBHOOK_PATH = '/github/webhook';

/** A protection-rule delivery is a few kilobytes; anything much larger is not one. */
const MAX_BODY_BYTES = 1024 * 1024;

export type GithubWebhookDeps = {
  core: () => Core;
  client: () => WebClient;
  logger: Logger;
  webhookSecret: string;
  mapping: GithubEnvironments;
};

/** The fields of a `deployment_protection_rule` delivery the bot reads (GitHub sends many more). */
const ZProtectionRule = z.object({
  action: z.string(),
  environment: z.string().min(1),
  deployment_callback_url: z.string().regex(/\/actions\/runs\/\d+\/deployment_protection_rule$/),
  deployment: z.object({ sha: z.string().min(7), creator: z.object({ login: z.string() }).nullish() }).nullish(),
  sha: z.string().min(7).nullish(),
  repository: z.object({ full_name: z.string().regex(/^[^/]+\/[^/]+$/), html_url: z.string() }),
  installation: z.object({ id: z.number().int().positive() }),
  sender: z.object({ login: z.string() }).nullish(),
});

/** The deployment's version in the thread: the commit's short hash. */
const SHORT_SHA = 7;

type Answer = { status: number; body: Record<string, unknown> };

async function readRawBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * `POST /github/webhook`: GitHub's deliveries to the app. The signature (`X-Hub-Signature-256`, HMAC-SHA256 of the
 * raw body with GITHUB_WEBHOOK_SECRET) is verified in constant time before anything is read: without a good one the
 * answer is 401 and nothing is done. A `deployment_protection_rule.requested` delivery opens the deployment thread,
 * or attaches the run to the open deployment of that service, environment and commit; anything else is acknowledged
 * and ignored. The answer comes as soon as the run is stored (GitHub waits at most 10 seconds).
 */
export function githubWebhookRoute(deps: GithubWebhookDeps): CustomRoute {
  // The workspace the deployments open in (auth.test, asked once).
  let team: string | undefined;
  const teamId = async () => {
    team ??= (await deps.client().auth.test()).team_id as string;
    return team;
  };
  return {
    path: GITHUB_WEBHOOK_PATH,
    method: ['POST'],
    handler: async (req: IncomingMessage, res: ServerResponse) => {
      const correlationId = newCorrelationId();
      const started = performance.now();
      // Read before the signature is checked: only logged, and cut short.
      const delivery = String(req.headers['x-github-delivery'] ?? '').slice(0, 64);
      const event = String(req.headers['x-github-event'] ?? '').slice(0, 64);
      let answer: Answer;
      let refused: ApiError | undefined;
      try {
        answer = await serve(deps, teamId, req, event, correlationId);
      } catch (error) {
        if (error instanceof ApiError) {
          // Slack did not answer a lookup: GitHub shows the 503 in the app's deliveries, to redeliver.
          refused = error;
          answer = { status: error.status, body: error.body };
        } else {
          deps.logger.error('a GitHub delivery failed', { correlationId, delivery, event, error });
          answer = { status: 500, body: { error: { code: 'internal', message: `reference ${correlationId}` } } };
        }
      }
      sendJson(res, answer.status, answer.body);
      deps.logger[refused ? 'warn' : 'info']('github webhook', {
        correlationId,
        delivery,
        event,
        status: answer.status,
        ...(refused ? { code: refused.code } : {}),
        ...(typeof answer.body.outcome === 'string' ? { outcome: answer.body.outcome } : {}),
        ms: Math.round(performance.now() - started),
      });
    },
  };
}

async function serve(
  deps: GithubWebhookDeps,
  teamId: () => Promise<string>,
  req: IncomingMessage,
  event: string,
  correlationId: string,
): Promise<Answer> {
  const raw = await readRawBody(req);
  if (!raw) return { status: 413, body: { error: { code: 'body-too-large', message: 'the body is too large' } } };
  const signature = req.headers['x-hub-signature-256'];
  const text = raw.toString('utf8');
  const valid =
    typeof signature === 'string' &&
    /^sha256=[0-9a-f]{64}$/.test(signature) &&
    (await verify(deps.webhookSecret, text, signature).catch(() => false));
  if (!valid) {
    deps.logger.warn('github webhook refused: bad or missing X-Hub-Signature-256', { correlationId, event });
    return { status: 401, body: { error: { code: 'bad-signature', message: 'the signature does not match' } } };
  }
  if (event === 'ping') return { status: 200, body: { outcome: 'pong' } };
  if (event !== 'deployment_protection_rule') return { status: 202, body: { outcome: 'ignored' } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { status: 400, body: { error: { code: 'invalid-json', message: 'the body is not valid JSON' } } };
  }
  const parsed = ZProtectionRule.safeParse(json);
  if (!parsed.success) {
    deps.logger.warn('github webhook: a deployment_protection_rule delivery without the fields it needs', {
      correlationId,
      problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    });
    return { status: 400, body: { error: { code: 'invalid-payload', message: 'not a protection-rule delivery' } } };
  }
  const payload = parsed.data;
  if (payload.action !== 'requested') return { status: 202, body: { outcome: 'ignored' } };
  const repository = payload.repository.full_name;
  const environmentName = payload.environment;
  const target = githubTarget(deps.mapping, repository, environmentName);
  if (!target) {
    deps.logger.warn(
      'github webhook: this repository and environment are not in GITHUB_ENVIRONMENTS_FILE; the run is left to other rules',
      { correlationId, repository, environment: environmentName },
    );
    return { status: 202, body: { outcome: 'unmapped', repository, environment: environmentName } };
  }
  const runId = /\/actions\/runs\/(\d+)\//.exec(payload.deployment_callback_url)![1] as string;
  const commit = (payload.deployment?.sha ?? payload.sha) as string | undefined;
  if (!commit)
    return { status: 400, body: { error: { code: 'invalid-payload', message: 'no commit in the delivery' } } };
  const login = payload.sender?.login ?? payload.deployment?.creator?.login ?? null;
  const ownerId = await ownerOf(deps, teamId, login, target.owner, correlationId);
  if (!ownerId.ok) return { status: ownerId.status, body: { error: { code: ownerId.code, message: ownerId.message } } };
  const runUrl = `${payload.repository.html_url}/actions/runs/${runId}`;
  const request: GithubRunRequest = {
    start: {
      teamId: ownerId.teamId,
      channelId: target.channel,
      service: target.service,
      version: commit.slice(0, SHORT_SHA),
      environment: target.environment,
      ownerId: ownerId.userId,
      templateName: target.template,
      endpoints: {},
      roleFlags: [],
      pipeline: { commit, pipelineUrl: runUrl, failure: null },
      pipelineKey: `github:${repository}:${runId}:${environmentName}`.toLowerCase(),
      startedBy: GITHUB_ACTOR,
    },
    run: {
      repository,
      runId,
      environmentName,
      installationId: String(payload.installation.id),
      commit,
      runUrl,
      triggeredBy: login,
    },
  };
  try {
    const outcome = await deps.core().forRequest(correlationId).openForGithubRun(request);
    if (!outcome.ok) {
      deps.logger.warn('github webhook: the checklist refused the run', {
        correlationId,
        repository,
        environment: environmentName,
        code: outcome.code,
        reason: outcome.userMessage,
      });
      return { status: 422, body: { outcome: 'refused', error: { code: outcome.code, message: outcome.userMessage } } };
    }
    return {
      status: 202,
      body: {
        outcome: outcome.opened ? 'opened' : outcome.linked ? 'attached' : 'known',
        deploymentId: outcome.deploymentId,
      },
    };
  } catch (error) {
    if (isAppError(error) && (error.code === 'database-unreachable' || error.code === 'busy'))
      return { status: 503, body: { error: { code: error.code, message: 'try again' } } };
    throw error;
  }
}

type Owner =
  | { ok: true; userId: string; teamId: string }
  | { ok: false; status: number; code: string; message: string };

/**
 * The deployment's owner: the person who triggered the run, when the mapping file's `people` names them (an email is
 * looked up with users.lookupByEmail, as the pipeline API does), else the environment's `owner`.
 */
async function ownerOf(
  deps: GithubWebhookDeps,
  workspace: () => Promise<string>,
  login: string | null,
  fallback: string,
  correlationId: string,
): Promise<Owner> {
  const client = deps.client();
  let teamId: string;
  try {
    teamId = await workspace();
  } catch (error) {
    return {
      ok: false,
      status: 503,
      code: 'slack-unavailable',
      message: `Slack did not answer (${slackErrorName(error) ?? 'no answer'})`,
    };
  }
  const person = slackPersonOf(deps.mapping, login ?? undefined);
  for (const candidate of person ? [person, fallback] : [fallback]) {
    try {
      return { ok: true, userId: await resolveSlackUser(client, candidate, 'owner'), teamId };
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 422) throw error;
      deps.logger.warn('github webhook: no Slack user has this email', { correlationId, email: candidate });
    }
  }
  return {
    ok: false,
    status: 422,
    code: 'owner-not-found',
    message: `no Slack user has the email ${fallback} (the environment's owner in GITHUB_ENVIRONMENTS_FILE)`,
  };
}

import type { ServerResponse } from 'node:http';
import type { CustomRoute } from '@slack/bolt';

/** What Bolt hands a custom route: the request with the path's parameters. */
type ParamsIncomingMessage = Parameters<CustomRoute['handler']>[0];

import type { WebClient } from '@slack/web-api';
import type { z } from 'zod';
import type { ApiCaller, ApiScope } from '../app/api-tokens.ts';
import type { Core, RequestCore } from '../app/core.ts';
import type { DeploymentView } from '../app/deployment-view.ts';
import { newCorrelationId } from '../correlation.ts';
import type { Origin } from '../domain/authorize.ts';
import { API_ACTOR_PREFIX } from '../domain/render/mrkdwn.ts';
import { statsDocument } from '../domain/render/render-stats.ts';
import { isAppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { slackErrorName } from '../slack-api/slack-errors.ts';
import type { ApiAnswer, Links } from './api-answer.ts';
import { ApiError, plainMessage, refusalError, validationError } from './api-errors.ts';
import { bearerToken, queryOf, readJsonBody, remoteAddress, sendFile, sendJson } from './api-http.ts';
import {
  ZDeploymentParams,
  ZEventBody,
  ZFlaggerBody,
  ZGateParams,
  ZGateQuery,
  ZItemBody,
  ZItemParams,
  ZListQuery,
  ZProbeRunParams,
  ZStartBody,
  ZStatsQuery,
} from './api-schemas.ts';
import { BadTokenLimiter } from './bad-token-limiter.ts';
import { gateAnswer } from './gate-answer.ts';

export const API_PREFIX = '/api/v1';
const DEFAULT_TEMPLATE = 'web-service';

export type ApiDeps = {
  /** Read at each request: the core starts after the HTTP app is made. */
  core: () => Core;
  client: () => WebClient;
  logger: Logger;
  limiter?: BadTokenLimiter;
};

/** What a handler gets: the validated parts of the request and who sent it. */
export type ApiContext<P, Q, B> = {
  params: P;
  query: Q;
  body: B;
  caller: ApiCaller;
  core: RequestCore;
  correlationId: string;
  links: Links;
};

/** One route of the API: how it is validated, who may call it, and what the OpenAPI document says of it. */
export type ApiRoute = {
  method: 'GET' | 'POST';
  path: string;
  summary: string;
  /** The scope a bearer token needs; `any` for any valid token; `body` when the token is in the body (Flagger); null for none. */
  scope: ApiScope | 'any' | 'body' | null;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Status → what it means (the OpenAPI document lists them). */
  responses: Record<number, string>;
  /** The media types of a 200 that is a document rather than JSON (a report, an export). */
  produces?: string[];
  // biome-ignore lint/suspicious/noExplicitAny: each route's handler is typed by its own schemas where it is written
  handle: (context: ApiContext<any, any, any>) => Promise<ApiAnswer>;
};

/** The workspace's address (auth.test), for thread permalinks, and its team id, for deployments a pipeline opens. */
export type Workspace = { teamId: string; url: string | undefined };

function actorOf(caller: ApiCaller): string {
  return `${API_ACTOR_PREFIX}${caller.name}`;
}

function originOf(caller: ApiCaller): Origin {
  return { kind: 'api', token: caller.name };
}

/** A deployment with its thread's permalink. */
function withPermalink(view: DeploymentView, links: Links) {
  return { ...view, permalink: links.permalink(view) };
}

async function found(core: RequestCore, id: string): Promise<DeploymentView> {
  const view = await core.viewDeployment(id);
  if (!view) throw new ApiError(404, 'deployment-not-found', `no deployment ${id}`);
  return view;
}

/** Every route of /api/v1 but the OpenAPI document itself (openapi.ts adds it). */
export function apiRoutes(deps: Pick<ApiDeps, 'client'>, workspace: () => Promise<Workspace>): ApiRoute[] {
  const resolveOwner = (owner: string) => resolveSlackUser(deps.client(), owner, 'body.owner');
  return [
    {
      method: 'POST',
      path: `${API_PREFIX}/deployments`,
      summary: 'Open a deployment thread, as /deploy-checklist start does',
      scope: 'deployments:write',
      body: ZStartBody,
      responses: {
        201: 'opened',
        200: 'this idempotency key opened it before',
        409: 'the service already has an open deployment to this environment (the body holds it)',
        422: 'unknown template, role or owner email',
      },
      handle: async ({ body, caller, core, links }: ApiContext<unknown, unknown, z.infer<typeof ZStartBody>>) => {
        const { teamId } = await workspace();
        const ownerId = await resolveOwner(body.owner);
        const outcome = await core.startFromPipeline({
          teamId,
          channelId: body.channel,
          service: body.service,
          version: body.version,
          environment: body.environment,
          ownerId,
          templateName: body.template ?? DEFAULT_TEMPLATE,
          endpoints: body.url ? { url: body.url } : {},
          roleFlags: Object.entries(body.roles ?? {}).map(([role, users]) => ({ role, users })),
          pipeline: { commit: body.commit ?? null, pipelineUrl: body.pipelineUrl ?? null, failure: null },
          // Per token: two pipelines' keys never meet.
          ...(body.idempotencyKey ? { pipelineKey: `${caller.name}:${body.idempotencyKey}` } : {}),
          startedBy: actorOf(caller),
        });
        if (outcome.ok)
          return {
            status: outcome.created ? 201 : 200,
            body: { deployment: withPermalink(outcome.deployment, links) },
          };
        const error = refusalError(outcome);
        return {
          status: error.status,
          body: { ...error.body, ...(outcome.existing ? { deployment: withPermalink(outcome.existing, links) } : {}) },
        };
      },
    },
    {
      method: 'GET',
      path: `${API_PREFIX}/deployments`,
      summary: 'Deployments, newest first, filtered by service, environment and status',
      scope: 'any',
      query: ZListQuery,
      responses: { 200: 'the deployments (at most 50)' },
      handle: async ({ query, core, links }: ApiContext<unknown, z.infer<typeof ZListQuery>, unknown>) => {
        const views = await core.searchDeployments(query);
        return { status: 200, body: { deployments: views.map((v) => withPermalink(v, links)) } };
      },
    },
    {
      method: 'GET',
      path: `${API_PREFIX}/deployments/:id`,
      summary: 'One deployment: status, phases and items, roles and sign-offs, probes, go-live, check-ins',
      scope: 'any',
      params: ZDeploymentParams,
      responses: { 200: 'the deployment', 404: 'no such deployment' },
      handle: async ({ params, core, links }: ApiContext<z.infer<typeof ZDeploymentParams>, unknown, unknown>) => ({
        status: 200,
        body: { deployment: withPermalink(await found(core, params.id), links) },
      }),
    },
    {
      method: 'POST',
      path: `${API_PREFIX}/deployments/:id/items/:key`,
      summary: 'Tick or untick an item, with the evidence (shown in Slack as ticked by the token)',
      scope: 'items:write',
      params: ZItemParams,
      body: ZItemBody,
      responses: { 200: 'stored (or already so)', 404: 'no such deployment or item', 409: 'the deployment is closed' },
      handle: async ({
        params,
        body,
        caller,
        core,
        links,
      }: ApiContext<z.infer<typeof ZItemParams>, unknown, z.infer<typeof ZItemBody>>) => {
        const outcome = await core.apply(
          params.id,
          {
            type: 'set-item',
            actor: actorOf(caller),
            itemKey: params.key,
            done: body.done,
            ...(body.note ? { note: body.note } : {}),
            ...(body.evidence
              ? { attestation: { url: body.evidence.url ?? null, text: body.evidence.text ?? null } }
              : {}),
          },
          { origin: originOf(caller) },
        );
        if (!outcome.ok) throw refusalError(outcome);
        return { status: 200, body: { deployment: withPermalink(await found(core, params.id), links) } };
      },
    },
    {
      method: 'POST',
      path: `${API_PREFIX}/deployments/:id/events`,
      summary: 'Report deployed, failed or a note: posted in the thread; failed flags the card',
      scope: 'deployments:write',
      params: ZDeploymentParams,
      body: ZEventBody,
      responses: { 200: 'posted', 404: 'no such deployment', 409: 'the deployment is closed' },
      handle: async ({
        params,
        body,
        caller,
        core,
        links,
      }: ApiContext<z.infer<typeof ZDeploymentParams>, unknown, z.infer<typeof ZEventBody>>) => {
        const outcome = await core.apply(
          params.id,
          {
            type: 'pipeline-event',
            actor: actorOf(caller),
            kind: body.type,
            message: body.message,
            ...(body.url ? { url: body.url } : {}),
          },
          { origin: originOf(caller) },
        );
        if (!outcome.ok) throw refusalError(outcome);
        return { status: 200, body: { deployment: withPermalink(await found(core, params.id), links) } };
      },
    },
    {
      method: 'POST',
      path: `${API_PREFIX}/deployments/:id/probes`,
      summary: 'Start a probe run (one at a time per deployment, as in Slack)',
      scope: 'deployments:write',
      params: ZDeploymentParams,
      responses: {
        202: 'queued: its id',
        404: 'no such deployment',
        409: 'a run is in progress',
        422: 'nothing to probe',
      },
      handle: async ({ params, caller, core }: ApiContext<z.infer<typeof ZDeploymentParams>, unknown, unknown>) => {
        await found(core, params.id);
        const outcome = await core.startProbeRun(params.id, { actor: actorOf(caller), origin: originOf(caller) });
        if (!outcome.ok) throw refusalError(outcome);
        return { status: 202, body: { runId: outcome.runId, state: 'queued' } };
      },
    },
    {
      method: 'GET',
      path: `${API_PREFIX}/deployments/:id/probes/:runId`,
      summary: "A probe run's results (404 until it has run)",
      scope: 'any',
      params: ZProbeRunParams,
      responses: { 200: 'its results', 404: 'no such deployment, or the run has not finished' },
      handle: async ({ params, core }: ApiContext<z.infer<typeof ZProbeRunParams>, unknown, unknown>) => {
        await found(core, params.id);
        const run = await core.probeRunResults(params.id, params.runId);
        if (!run)
          throw new ApiError(
            404,
            'probe-run-not-found',
            `probe run ${params.runId} has not finished (or does not exist)`,
          );
        return { status: 200, body: { probeRun: run } };
      },
    },
    {
      method: 'GET',
      path: `${API_PREFIX}/gates/:service/:environment`,
      summary: 'The gate: 200 approved, 403 pending (with what is missing), 410 rejected, cancelled or rolled back',
      scope: 'gates:read',
      params: ZGateParams,
      query: ZGateQuery,
      responses: {
        200: 'approved (or any state with ?format=json)',
        403: 'pending: `missing` says what',
        404: 'no deployment of this service and environment (version)',
        410: 'rejected, cancelled or rolled back',
      },
      handle: async ({
        params,
        query,
        core,
        links,
      }: ApiContext<z.infer<typeof ZGateParams>, z.infer<typeof ZGateQuery>, unknown>) => {
        const view = await core.gateDeployment({ ...params, ...(query.version ? { version: query.version } : {}) });
        return gateAnswer(view, { ...params, version: query.version }, query.format === 'json', links);
      },
    },
    {
      method: 'GET',
      path: `${API_PREFIX}/stats`,
      summary:
        'Figures of the deployments started in the last N days: outcomes, time to go-live, sign-off latency, blocking items, probe failure rate, rollbacks, check-ins, overrides',
      scope: 'stats:read',
      query: ZStatsQuery,
      responses: { 200: 'the figures (format deploy-checklist-stats/1)' },
      handle: async ({ query, core }: ApiContext<unknown, z.infer<typeof ZStatsQuery>, unknown>) => {
        const { teamId } = await workspace();
        const stats = await core.stats({
          teamId,
          days: query.days,
          ...(query.service ? { service: query.service } : {}),
        });
        return { status: 200, body: statsDocument(stats) };
      },
    },
    {
      method: 'POST',
      path: `${API_PREFIX}/hooks/flagger`,
      summary:
        "Flagger's webhooks: confirm-* hooks pass (200) once approved; the rollback hook passes once a rollback was started in Slack",
      scope: 'body',
      body: ZFlaggerBody,
      responses: {
        200: 'open the gate (or roll back, for the rollback hook)',
        403: 'keep waiting',
        410: 'shut for good (rejected, cancelled)',
      },
      handle: async ({ body, core, links }: ApiContext<unknown, unknown, z.infer<typeof ZFlaggerBody>>) => {
        const { service, environment, version } = body.metadata;
        const view = await core.gateDeployment({ service, environment, ...(version ? { version } : {}) });
        if (body.metadata.hook === 'rollback') {
          const rollback = view?.gate.state === 'rolled-back';
          return {
            status: rollback ? 200 : 403,
            body: { rollback, state: view?.gate.state ?? 'pending', deploymentId: view?.id ?? null },
          };
        }
        return gateAnswer(view, { service, environment, version }, false, links);
      },
    },
  ];
}

/**
 * A Slack user id as given, or the user with that email (users.lookupByEmail; the API's owner, the GitHub run's
 * person): 422 at `path` when nobody has it, 503 when Slack did not answer.
 */
export async function resolveSlackUser(client: WebClient, owner: string, path: string): Promise<string> {
  if (!owner.includes('@')) return owner;
  try {
    const found = await client.users.lookupByEmail({ email: owner });
    if (found.user?.id) return found.user.id;
  } catch (error) {
    if (slackErrorName(error) !== 'users_not_found') throw slackUnavailable(error);
  }
  throw new ApiError(422, 'owner-not-found', `no Slack user has the email ${owner}`, [
    { path, message: 'no Slack user with this email' },
  ]);
}

/** Slack did not answer the lookup a request needs: 503, try again. */
function slackUnavailable(error: unknown): ApiError {
  return new ApiError(
    503,
    'slack-unavailable',
    `Slack did not answer (${slackErrorName(error) ?? 'no answer'}); try again`,
  );
}

/** Bolt custom routes for every API route, run through validation, authentication and one error shape. */
export function toCustomRoutes(
  deps: ApiDeps,
  build: (workspace: () => Promise<Workspace>) => ApiRoute[],
): CustomRoute[] {
  const limiter = deps.limiter ?? new BadTokenLimiter();
  let identity: Workspace | undefined;
  const workspace = async (): Promise<Workspace> => {
    if (identity) return identity;
    try {
      const answer = await deps.client().auth.test();
      identity = { teamId: answer.team_id as string, url: answer.url };
      return identity;
    } catch (error) {
      throw slackUnavailable(error);
    }
  };
  const links: Links = {
    permalink: (view) =>
      view.threadTs && identity?.url
        ? `${identity.url.replace(/\/?$/, '/')}archives/${view.channelId}/p${view.threadTs.replace('.', '')}`
        : null,
  };
  const serveRoute = (route: ApiRoute) => async (req: ParamsIncomingMessage, res: ServerResponse) => {
    const correlationId = newCorrelationId();
    const started = performance.now();
    let status = 500;
    let code: string | undefined;
    try {
      // Known before any answer: the permalink needs it (a failure here only leaves permalinks out).
      await workspace().catch(() => undefined);
      const answer = await serve(route, req, deps, limiter, correlationId, links);
      status = answer.status;
      code = (answer.body as { error?: { code?: string } } | null)?.error?.code;
      if (answer.file) sendFile(res, answer.file);
      else sendJson(res, answer.status, answer.body);
    } catch (error) {
      const known = asApiError(error);
      if (!known) {
        deps.logger.error('an API request failed', { correlationId, path: route.path, error });
        code = 'internal';
        sendJson(res, 500, {
          error: { code: 'internal', message: `something went wrong (reference ${correlationId})` },
        });
        return;
      }
      status = known.status;
      code = known.code;
      sendJson(res, known.status, known.body, known.headers);
    } finally {
      // One line per request, by its route (never the token): changes at info, reads (a gate polled) at debug.
      const log = route.method === 'POST' ? deps.logger.info : deps.logger.debug;
      log('api request', {
        correlationId,
        method: route.method,
        route: route.path,
        status,
        ...(code ? { code } : {}),
        ms: Math.round(performance.now() - started),
      });
    }
  };
  // Bolt keys routes by path and method: each route is its own entry.
  return build(workspace).map((route) => ({ path: route.path, method: [route.method], handler: serveRoute(route) }));
}

/** Anything the core or Slack refused with a known code, as the API's error. */
function asApiError(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (isAppError(error)) {
    if (error.code === 'database-unreachable' || error.code === 'busy')
      return new ApiError(503, error.code, plainMessage(error.userMessage), undefined, { 'retry-after': '5' });
    return refusalError({ code: error.code, userMessage: error.userMessage });
  }
  return undefined;
}

async function serve(
  route: ApiRoute,
  req: ParamsIncomingMessage,
  deps: ApiDeps,
  limiter: BadTokenLimiter,
  correlationId: string,
  links: Links,
): Promise<ApiAnswer> {
  const core = deps.core();
  const raw = route.method === 'POST' ? await readJsonBody(req) : {};
  let caller: ApiCaller = { name: 'anonymous', scopes: [] };
  if (route.scope !== null) {
    const address = remoteAddress(req);
    const wait = limiter.retryAfter(address);
    if (wait > 0)
      throw new ApiError(
        429,
        'too-many-bad-tokens',
        `too many bad tokens from this address; retry in ${wait} s`,
        undefined,
        {
          'retry-after': String(wait),
        },
      );
    const token = route.scope === 'body' ? tokenInBody(raw) : bearerToken(req);
    const check = await core.checkApiToken(token ?? '');
    if (!check.enabled)
      throw new ApiError(503, 'api-off', 'the API is off until a token exists: run deploy-checklist token create');
    if (!token || !check.caller) {
      limiter.fail(address);
      throw new ApiError(
        401,
        'unauthorized',
        token ? 'that token is not valid (revoked, or never was)' : 'send a token: Authorization: Bearer <token>',
      );
    }
    caller = check.caller;
    // `any`: every token may read deployments; Flagger's hook reads a gate.
    const needed = route.scope === 'any' ? undefined : route.scope === 'body' ? 'gates:read' : route.scope;
    if (needed && !caller.scopes.includes(needed))
      throw new ApiError(403, 'missing-scope', `the token ${caller.name} lacks the scope ${needed}`);
  }
  // Validated after the token: a caller without one learns nothing about the routes' fields.
  const params = parse('path', route.params, req.params ?? {});
  const query = parse('query', route.query, queryOf(req));
  const body = parse('body', route.body, raw);
  return route.handle({ params, query, body, caller, core: core.forRequest(correlationId), correlationId, links });
}

function parse(where: 'body' | 'query' | 'path', schema: z.ZodType | undefined, value: unknown): unknown {
  if (!schema) return value;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationError(where, parsed.error);
  return parsed.data;
}

/** Flagger cannot send headers: its token is `metadata.token` of the webhook entry. */
function tokenInBody(raw: unknown): string | undefined {
  const metadata = (raw as { metadata?: { token?: unknown } } | null)?.metadata;
  return typeof metadata?.token === 'string' ? metadata.token : undefined;
}

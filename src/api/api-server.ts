import type { CustomRoute } from '@slack/bolt';
import { ApiError } from './api-errors.ts';
import { sendJson } from './api-http.ts';
import { API_PREFIX, type ApiDeps, type ApiRoute, apiRoutes, toCustomRoutes, type Workspace } from './api-routes.ts';
import { openApiDocument } from './openapi.ts';
import { reportRoutes } from './report-routes.ts';

export { API_PREFIX, type ApiDeps };

/** The routes with the OpenAPI document of them all. */
export function allApiRoutes(deps: Pick<ApiDeps, 'client'>, workspace: () => Promise<Workspace>): ApiRoute[] {
  const routes = [...apiRoutes(deps, workspace), ...reportRoutes()];
  const openapi: ApiRoute = {
    method: 'GET',
    path: `${API_PREFIX}/openapi.json`,
    summary: 'This document (OpenAPI 3.1), generated from the schemas that validate the requests',
    scope: null,
    responses: { 200: 'the document' },
    handle: async () => ({ status: 200, body: document }),
  };
  const document = openApiDocument([...routes, openapi]);
  return [...routes, openapi];
}

/**
 * The HTTP API on PORT beside Slack's endpoint (Bolt custom routes, so HTTP and Socket Mode alike), and a JSON 404
 * for any other path under /api/v1.
 */
export function apiCustomRoutes(deps: ApiDeps): CustomRoute[] {
  const notFound = (method: string): CustomRoute => ({
    path: `${API_PREFIX}/*rest`,
    method: [method],
    handler: (req, res) => {
      const error = new ApiError(404, 'not-found', `no route ${req.method} ${req.url?.split('?')[0]}`);
      sendJson(res, 404, error.body);
    },
  });
  return [...toCustomRoutes(deps, (workspace) => allApiRoutes(deps, workspace)), notFound('GET'), notFound('POST')];
}

import type { z } from 'zod';
import { ApiError } from './api-errors.ts';
import { API_PREFIX, type ApiContext, type ApiRoute } from './api-routes.ts';
import { ZDeploymentParams, ZExportQuery, ZReportQuery } from './api-schemas.ts';

// The audit records over HTTP (docs/audit.md): the same report and population export as `deploy-checklist report`
// and `export`, rendered by the core from what is stored, byte for byte what the command line writes.

const REPORT_TYPES = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;

const EXPORT_TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const;

export function reportRoutes(): ApiRoute[] {
  return [
    {
      method: 'GET',
      path: `${API_PREFIX}/deployments/:id/report`,
      summary: "One deployment's audit report (Markdown, self-contained HTML or JSON), as deploy-checklist report",
      scope: 'reports:read',
      params: ZDeploymentParams,
      query: ZReportQuery,
      produces: Object.values(REPORT_TYPES),
      responses: { 200: 'the report', 404: 'no such deployment' },
      handle: async ({
        params,
        query,
        core,
      }: ApiContext<z.infer<typeof ZDeploymentParams>, z.infer<typeof ZReportQuery>, unknown>) => {
        const text = await core.renderReport(params.id, query.format);
        if (text === undefined) throw new ApiError(404, 'deployment-not-found', `no deployment ${params.id}`);
        return {
          status: 200,
          body: null,
          file: { contentType: REPORT_TYPES[query.format], filename: `${params.id}.${query.format}`, text },
        };
      },
    },
    {
      method: 'GET',
      path: `${API_PREFIX}/export`,
      summary: 'The population: one row per deployment started in the period (UTC days, both included), CSV or JSON',
      scope: 'reports:read',
      query: ZExportQuery,
      produces: Object.values(EXPORT_TYPES),
      responses: { 200: 'the population export' },
      handle: async ({ query, core }: ApiContext<unknown, z.infer<typeof ZExportQuery>, unknown>) => {
        const answer = await core.renderPopulation({ from: query.from, to: query.to }, query.format);
        // The schema checked the period already; the core checks it once more, as the command line does.
        if (!answer.ok)
          throw new ApiError(400, 'invalid-request', answer.problem, [{ path: 'query', message: answer.problem }]);
        return {
          status: 200,
          body: null,
          file: {
            contentType: EXPORT_TYPES[query.format],
            filename: `deployments-${query.from}-${query.to}.${query.format}`,
            text: answer.text,
          },
        };
      },
    },
  ];
}

import { z } from 'zod';
import { DEPLOYMENT_STATUSES } from '../domain/deployment.ts';
import { PIPELINE_EVENT_KINDS } from '../domain/deployment-event.ts';
import { ENVIRONMENT_PATTERN, SERVICE_PATTERN, VERSION_PATTERN } from '../domain/parse-command.ts';
import { DEFAULT_STATS_DAYS, MAX_STATS_DAYS } from '../domain/stats.ts';

// The API's requests, each validated by one of these; the OpenAPI document (openapi.ts) is generated from them too.

const ZService = z
  .string()
  .regex(SERVICE_PATTERN, 'up to 63 letters, digits, ".", "-" or "_", starting with a letter or digit')
  .meta({ example: 'payments-api' });
const ZVersion = z
  .string()
  .regex(VERSION_PATTERN, 'up to 64 letters, digits, ".", "-", "_" or "+"')
  .meta({ example: 'v2.4.1' });
const ZEnvironment = z
  .string()
  .regex(ENVIRONMENT_PATTERN, 'up to 32 letters, digits, ".", "-" or "_"')
  .meta({ example: 'production' });
const ZHttpUrl = z.url({ protocol: /^https?$/, error: 'an http:// or https:// URL' }).max(2000);
const ZSlackUser = z.string().regex(/^[UW][A-Z0-9]{2,20}$/, 'a Slack user id such as U0123ABCD');

export const ZStartBody = z
  .object({
    service: ZService,
    version: ZVersion,
    environment: ZEnvironment,
    channel: z.string().regex(/^[CG][A-Z0-9]{2,20}$/, 'a Slack channel id such as C0123ABCD'),
    template: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'a template name such as web-service')
      .optional(),
    url: ZHttpUrl.optional().describe('where the probes go (the `url` endpoint)'),
    owner: z
      .union([ZSlackUser, z.email('a Slack user id or an email address')])
      .describe('a Slack user id, or an email address looked up with users.lookupByEmail'),
    roles: z
      .record(z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'a role key'), z.array(ZSlackUser).min(1).max(20))
      .optional()
      .describe('role key → Slack user ids; replaces the template default of each role named'),
    commit: z.string().min(1).max(80).optional(),
    pipelineUrl: ZHttpUrl.optional(),
    idempotencyKey: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe('the same key answers with the deployment it opened'),
  })
  .strict();

export const ZItemBody = z
  .object({
    done: z.boolean(),
    note: z.string().min(1).max(1000).optional(),
    evidence: z
      .object({ url: ZHttpUrl.optional(), text: z.string().min(1).max(1000).optional() })
      .strict()
      .optional(),
  })
  .strict();

export const ZEventBody = z
  .object({
    type: z.enum(PIPELINE_EVENT_KINDS),
    message: z.string().trim().min(1).max(1000),
    url: ZHttpUrl.optional(),
  })
  .strict();

export const ZListQuery = z
  .object({
    service: ZService.optional(),
    environment: ZEnvironment.optional(),
    status: z.enum(DEPLOYMENT_STATUSES).optional(),
  })
  .strict();

export const ZStatsQuery = z
  .object({
    service: ZService.optional(),
    days: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_STATS_DAYS)
      .default(DEFAULT_STATS_DAYS)
      .describe('deployments started in the last N days'),
  })
  .strict();

export const ZGateQuery = z
  .object({
    version: ZVersion.optional(),
    format: z.literal('json').optional().describe('json: always 200, the state in the body'),
  })
  .strict();

export const ZGateParams = z.object({ service: ZService, environment: ZEnvironment });
export const ZDeploymentParams = z.object({ id: z.string().min(1).max(100) });
export const ZItemParams = ZDeploymentParams.extend({ key: z.string().min(1).max(100) });
export const ZProbeRunParams = ZDeploymentParams.extend({ runId: z.string().min(1).max(100) });

/** Flagger's webhook payload (docs/pipeline.md): it cannot add headers, so the token travels in `metadata`. */
export const ZFlaggerBody = z.object({
  name: z.string(),
  namespace: z.string(),
  phase: z.string(),
  checksum: z.string().optional(),
  metadata: z.object({
    service: ZService,
    environment: ZEnvironment,
    token: z.string().min(1),
    version: ZVersion.optional(),
    hook: z
      .enum(['confirm-rollout', 'confirm-traffic-increase', 'confirm-promotion', 'rollback'])
      .optional()
      .describe('which hook this entry is (Flagger does not say): default confirm-rollout'),
  }),
});

export const ZGateBody = z.object({
  state: z.enum(['approved', 'pending', 'rejected', 'cancelled', 'rolled-back']),
  found: z.boolean(),
  deploymentId: z.string().nullable(),
  service: z.string(),
  environment: z.string(),
  version: z.string().nullable(),
  status: z.string().nullable(),
  missing: z.array(z.string()),
  reason: z.string().nullable(),
  goLiveAt: z.string().nullable(),
  permalink: z.string().nullable(),
});

export const ZErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

export type StartBody = z.infer<typeof ZStartBody>;

/** `?format=` of a deployment's report: the forms `deploy-checklist report` writes. */
export const ZReportQuery = z
  .object({
    format: z
      .enum(['md', 'html', 'json'])
      .default('md')
      .describe('md (Markdown tables), html (one self-contained page that prints cleanly) or json'),
  })
  .strict();

const ZDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2026-01-01 (YYYY-MM-DD, UTC)')
  .refine((text) => {
    const date = new Date(`${text}T00:00:00.000Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
  }, 'not a day of the calendar')
  .meta({ example: '2026-01-01' });

/** The population export's period: whole days in UTC, both included, `to` not before `from`. */
export const ZExportQuery = z
  .object({
    from: ZDay.describe('first day of the period (UTC)'),
    to: ZDay.describe('last day of the period (UTC), included'),
    format: z.enum(['csv', 'json']).default('csv'),
  })
  .strict()
  .refine((query) => query.to >= query.from, { path: ['to'], message: 'is before from' });

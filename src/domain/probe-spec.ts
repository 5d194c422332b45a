import { z } from 'zod';
import { METRIC_UNITS, parseMetricCondition } from './metric-figure.ts';

/**
 * What a template says about a probe: which kind, which target (a `${endpoint}` reference, never free text
 * from Slack) and the kind's own options, each kind's checked by its schema below (`validateProbeOptions`) when
 * the template is loaded and again when the probe runs.
 */
export const PROBE_KINDS = [
  'http',
  'tls',
  'redirect',
  'headers',
  'cors',
  'rate-limit',
  'metrics',
  'compression',
  'exposure',
  'dns',
  'tcp',
  'promql',
] as const;

export const ZProbeKind = z.enum(PROBE_KINDS);
export type ProbeKind = z.infer<typeof ZProbeKind>;

export const ZProbeSpec = z
  .object({
    kind: ZProbeKind,
    /** `${url}/health`, `${url}`, `${api}:5432`… interpolated with the deployment's endpoints. */
    target: z.string().min(1).max(500),
    /** A required probe that fails blocks go-live. */
    required: z.boolean().default(true),
    /** Kind-specific options, checked by the kind's schema when the template is loaded. */
    options: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();
export type ProbeSpec = z.infer<typeof ZProbeSpec>;

const ENDPOINT_REFERENCE = /\$\{([a-z][a-z0-9_-]*)\}/g;

/** The endpoint names a probe target refers to (`${url}/health` → ['url']). */
export function endpointReferences(target: string): string[] {
  return [...target.matchAll(ENDPOINT_REFERENCE)].map((match) => match[1] as string);
}

/** Replaces `${name}` with the deployment's endpoint; names without a value are reported, not guessed. */
export function interpolateTarget(
  target: string,
  endpoints: Readonly<Record<string, string>>,
): { ok: true; value: string } | { ok: false; missing: string[] } {
  const missing = endpointReferences(target).filter((name) => !endpoints[name]);
  if (missing.length > 0) return { ok: false, missing };
  const value = target.replace(ENDPOINT_REFERENCE, (_, name: string) =>
    (endpoints[name] as string).replace(/\/+$/, ''),
  );
  return { ok: true, value };
}

// --- Options per kind -------------------------------------------------------------------------------------------
// Written the way an operator writes them in a template's `probe: options:` block. Every schema is strict so a
// misspelt option is reported at load instead of being silently ignored at the first probe run.

const ZStatus = z.number().int().min(100).max(599);
const ZStatuses = z
  .union([ZStatus, z.array(ZStatus).min(1)])
  .transform((value) => (Array.isArray(value) ? value : [value]));
const ZMethod = z.enum(['GET', 'HEAD']);
const ZHeaderName = z
  .string()
  .regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, 'write a header name such as "content-type"')
  .transform((name) => name.toLowerCase());
const ZPath = z.string().regex(/^\/\S*$/, 'write a path starting with "/", e.g. "/debug"');
const ZJsonScalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const ZHttpOptions = z
  .object({
    method: ZMethod.default('GET'),
    /** One status or a list of acceptable ones. */
    expectStatus: ZStatuses.default([200]),
    /** Dotted JSON paths and the value each must have: `{ status: ok, checks.database: connected }`. */
    expectBody: z.record(z.string().min(1).max(200), ZJsonScalar).default({}),
    /** Response headers and a text each must contain: `{ content-type: application/json }`. */
    expectHeaders: z.record(ZHeaderName, z.string()).default({}),
    /** Timed requests after the warm-up; p50/p95 come from these. */
    samples: z.number().int().min(1).max(50).default(5),
    warmup: z.number().int().min(0).max(10).default(1),
    maxP50Ms: z.number().positive().optional(),
    maxP95Ms: z.number().positive().optional(),
    followRedirects: z.boolean().default(true),
  })
  .strict();

export const TLS_VERSIONS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;

export const ZTlsOptions = z
  .object({
    /** Fewer full days left than this fails. */
    minDaysLeft: z.number().int().min(0).max(365).default(7),
    /** Fewer full days left than this passes with a warning; defaults to 21 (or minDaysLeft when that is larger). */
    warnDaysLeft: z.number().int().min(0).max(365).optional(),
    minVersion: z.enum(['TLSv1.2', 'TLSv1.3']).default('TLSv1.2'),
  })
  .strict()
  .refine((options) => options.warnDaysLeft === undefined || options.warnDaysLeft >= options.minDaysLeft, {
    message: 'warnDaysLeft must be at least minDaysLeft',
    path: ['warnDaysLeft'],
  });

/** The warning threshold a tls probe applies. */
export function tlsWarnDaysLeft(options: z.infer<typeof ZTlsOptions>): number {
  return options.warnDaysLeft ?? Math.max(21, options.minDaysLeft);
}

export const ZRedirectOptions = z
  .object({
    /** Must the redirect lead to https? `false` only asks for a permanent redirect on the same host. */
    expectHttps: z.boolean().default(true),
    /** Port of the plain-http listener probed for an https target. */
    httpPort: z.number().int().min(1).max(65_535).default(80),
    permanentStatuses: ZStatuses.default([301, 308]),
    maxHops: z.number().int().min(1).max(10).default(5),
  })
  .strict();

/** The tests the `headers` probe grades, named like MDN's HTTP Observatory tests (docs/probes.md). */
export const SECURITY_HEADERS = [
  'content-security-policy',
  'x-content-type-options',
  'x-frame-options',
  'strict-transport-security',
  'referrer-policy',
  'cookies',
  'redirection',
  'cross-origin-resource-sharing',
  'subresource-integrity',
  'cross-origin-resource-policy',
  'cross-origin-opener-policy',
  'cross-origin-embedder-policy',
  'csp-object-src',
  'csp-base-uri',
  'csp-form-action',
  'csp-frame-ancestors',
] as const;
export type SecurityHeader = (typeof SECURITY_HEADERS)[number];

/** The Observatory's letter grades, best first. */
export const SECURITY_GRADES = ['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D+', 'D', 'D-', 'F'] as const;
export type SecurityGrade = (typeof SECURITY_GRADES)[number];

/** The five header tests templates relied on before grading; every test is graded whatever `require` says. */
const DEFAULT_REQUIRED_HEADERS: SecurityHeader[] = [
  'content-security-policy',
  'x-content-type-options',
  'x-frame-options',
  'strict-transport-security',
  'referrer-policy',
];

export const ZHeadersOptions = z
  .object({
    /** A grade below this fails the probe (the Observatory's A+ … F). */
    minGrade: z.enum(SECURITY_GRADES).default('B'),
    /** Tests that must pass on their own, whatever the grade. */
    require: z.array(z.enum(SECURITY_HEADERS)).default(() => [...DEFAULT_REQUIRED_HEADERS]),
    /** Six months, the Observatory's threshold for HSTS. */
    hstsMinAgeSeconds: z.number().int().min(0).default(15_768_000),
    /** The strict-transport-security test also asks for `includeSubDomains` / `preload`. */
    hstsIncludeSubDomains: z.boolean().default(false),
    hstsPreload: z.boolean().default(false),
    /** Port of the plain-http listener asked for the redirection test of an https target. */
    httpPort: z.number().int().min(1).max(65_535).default(80),
    /** The foreign origin sent with the request, to see whether CORS reflects it. */
    corsOrigin: z.url({ protocol: /^https?$/ }).default('https://untrusted.example'),
  })
  .strict();

export const ZCorsOptions = z
  .object({
    origin: z.url({ protocol: /^https?$/ }).default('https://untrusted.example'),
    /** A public API may allow every origin; `*` together with credentials still fails. */
    expectAllowed: z.boolean().default(false),
  })
  .strict();

export const ZRateLimitOptions = z
  .object({
    /** The burst stops at the first 429, after this many requests, or after `seconds`, whichever comes first. */
    requests: z.number().int().min(1).max(1_000).default(150),
    seconds: z.number().min(1).max(60).default(10),
    concurrency: z.number().int().min(1).max(20).default(5),
    method: ZMethod.default('GET'),
  })
  .strict();

const ZMetricName = z.string().regex(/^[a-zA-Z_:][a-zA-Z0-9_:]*$/, 'write a metric name such as "http_requests_total"');

export const ZMetricsOptions = z
  .object({
    require: z.array(ZMetricName).default([]),
  })
  .strict();

export const ZCompressionOptions = z
  .object({
    /** `any` sends `Accept-Encoding: gzip, br` and accepts either; `gzip` or `br` asks and expects only that one. */
    encoding: z.enum(['any', 'gzip', 'br']).default('any'),
  })
  .strict();

export const DEFAULT_EXPOSURE_PATHS = [
  '/swagger',
  '/swagger-ui.html',
  '/api/docs',
  '/api-docs',
  '/openapi.json',
  '/debug',
  '/debug/pprof',
  '/actuator',
  '/.env',
  '/.git/config',
  '/server-status',
];

export const ZExposureOptions = z
  .object({
    paths: z.array(ZPath).min(1).max(50).default(DEFAULT_EXPOSURE_PATHS),
    allowedStatuses: ZStatuses.default([401, 403, 404]),
  })
  .strict();

export const ZDnsOptions = z
  .object({
    /** Addresses that must all be among the answers. */
    expectAddresses: z.array(z.union([z.ipv4(), z.ipv6()])).default([]),
    family: z.union([z.literal(4), z.literal(6), z.literal('any')]).default('any'),
  })
  .strict();

export const ZTcpOptions = z
  .object({
    /** `closed`: the port must not accept a connection from here (a database behind a firewall). */
    expect: z.enum(['open', 'closed']).default('open'),
    connectTimeoutMs: z.number().int().min(100).max(30_000).default(3_000),
  })
  .strict();

/** Variables a promql query may use: the deployment's names (filled when the probes are planned) and the window. */
export const PROMQL_VARIABLES = ['service', 'environment', 'version', 'window'] as const;
const PROMQL_VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

export const ZPromqlOptions = z
  .object({
    /** An instant query; `${service}`, `${environment}`, `${version}` and `${window}` are filled in. */
    query: z
      .string()
      .trim()
      .min(1)
      .max(4000)
      .superRefine((query, ctx) => {
        const unknown = [...query.matchAll(PROMQL_VARIABLE)]
          .map((match) => match[1] as string)
          .filter((name) => !(PROMQL_VARIABLES as readonly string[]).includes(name));
        if (unknown.length > 0)
          ctx.addIssue({
            code: 'custom',
            message: `unknown variable ${unknown.map((name) => `\${${name}}`).join(', ')}: use \${service}, \${environment}, \${version} or \${window}`,
          });
      }),
    /** What every series must satisfy, in the query's own unit: `< 0.01`, `>= 0.95`. */
    condition: z.string().refine((text) => parseMetricCondition(text) !== undefined, {
      message: 'write an operator and a number in the query\'s unit, e.g. "< 0.01" (<, <=, >, >=, ==, !=)',
    }),
    /** How figures are shown: `ratio` 0.003 → 0.3 %, `seconds` 0.182 → 182 ms, `bytes` → MiB… */
    unit: z.enum(METRIC_UNITS).default('none'),
    /** Fills `${window}` (a PromQL duration) so one template can widen every rate at once. */
    window: z
      .string()
      .regex(/^(\d+(ms|s|m|h|d|w|y))+$/, 'write a PromQL duration such as "5m" or "1h"')
      .default('5m'),
    /** The figure's name in conditions and check-ins ("error rate", "p95"). */
    label: z.string().trim().min(1).max(40).default('value'),
  })
  .strict();

/** PromQL string-literal escaping: the variables go inside quoted label values (`job="${service}"`). */
function promqlString(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/**
 * Fills the deployment's `${service}`, `${environment}` and `${version}` into a promql probe's query; other kinds
 * are returned as they are. `${window}` stays for the probe, which knows the option's default.
 */
export function withDeploymentVariables(
  spec: ProbeSpec,
  deployment: { service: string; environment: string; version: string },
): ProbeSpec {
  if (spec.kind !== 'promql' || typeof spec.options.query !== 'string') return spec;
  const values: Record<string, string> = {
    service: deployment.service,
    environment: deployment.environment,
    version: deployment.version,
  };
  const query = spec.options.query.replace(PROMQL_VARIABLE, (whole, name: string) =>
    name in values ? promqlString(values[name] as string) : whole,
  );
  return { ...spec, options: { ...spec.options, query } };
}

export const PROBE_OPTION_SCHEMAS = {
  http: ZHttpOptions,
  tls: ZTlsOptions,
  redirect: ZRedirectOptions,
  headers: ZHeadersOptions,
  cors: ZCorsOptions,
  'rate-limit': ZRateLimitOptions,
  metrics: ZMetricsOptions,
  compression: ZCompressionOptions,
  exposure: ZExposureOptions,
  dns: ZDnsOptions,
  tcp: ZTcpOptions,
  promql: ZPromqlOptions,
} as const satisfies Record<ProbeKind, z.ZodObject>;

export type ProbeOptions = { [K in ProbeKind]: z.infer<(typeof PROBE_OPTION_SCHEMAS)[K]> };

export type ProbeOptionsIssue = { path: (string | number)[]; message: string };
export type ValidateProbeOptionsResult<K extends ProbeKind> =
  | { ok: true; options: ProbeOptions[K] }
  | { ok: false; issues: ProbeOptionsIssue[] };

/** Checks a probe's options against its kind; issue paths are relative to `options` (prefix them with the item's path). */
export function validateProbeOptions<K extends ProbeKind>(kind: K, options: unknown): ValidateProbeOptionsResult<K> {
  const schema: z.ZodType = PROBE_OPTION_SCHEMAS[kind];
  const result = schema.safeParse(options ?? {});
  if (result.success) return { ok: true, options: result.data as ProbeOptions[K] };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
      message: describeOptionIssue(kind, issue),
    })),
  };
}

function describeOptionIssue(kind: ProbeKind, issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(PROBE_OPTION_SCHEMAS[kind].shape).join(', ');
    return `unknown option${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} for probe kind "${kind}" (known: ${known})`;
  }
  return issue.message;
}

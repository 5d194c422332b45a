import { z } from 'zod';

/**
 * Where promql probes read metrics: Prometheus or anything that speaks its HTTP API (Thanos, Mimir,
 * VictoriaMetrics, Grafana Cloud). Configured once from the environment; a template names the source in the
 * probe's `target` (`prometheus` for `PROMETHEUS_URL`, or a name from `PROMETHEUS_SOURCES`).
 */
export type PrometheusSource = {
  /** Base URL; `/api/v1/query` is appended (a path prefix such as Grafana Cloud's `/api/prom` is kept). */
  url: string;
  bearerToken?: string;
  basicAuth?: { username: string; password: string };
  /** PEM file of the CA that signed the source's certificate (an internal CA). */
  caFile?: string;
  /** Extra request headers, e.g. Mimir's tenant `X-Scope-OrgID`. */
  headers?: Record<string, string>;
};

/** Name of the source `PROMETHEUS_URL` configures. */
export const DEFAULT_PROMETHEUS_SOURCE = 'prometheus';

const ZSourceName = z.string().regex(/^[a-z][a-z0-9_-]*$/, 'names are lowercase letters, digits, - and _');
// Credentials in the URL would travel into error messages and evidence; they have variables of their own.
const ZHttpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
  .refine((url) => !new URL(url).username && !new URL(url).password, {
    message: 'must not hold credentials: set PROMETHEUS_USERNAME and PROMETHEUS_PASSWORD (or "username"/"password")',
  });
const ZOptionalText = z
  .string()
  .optional()
  .transform((text) => (text?.trim() ? text.trim() : undefined));

const ZSourceJson = z
  .object({
    url: ZHttpUrl,
    bearerToken: z.string().min(1).optional(),
    username: z.string().min(1).optional(),
    password: z.string().min(1).optional(),
    caFile: z.string().min(1).optional(),
    headers: z.record(z.string().regex(/^[A-Za-z0-9-]+$/), z.string()).optional(),
  })
  .strict();

/** The PROMETHEUS_* variables; the bot's config extends its schema with these. */
export const ZPrometheusEnv = z.object({
  PROMETHEUS_URL: ZHttpUrl.optional(),
  PROMETHEUS_BEARER_TOKEN: ZOptionalText,
  PROMETHEUS_USERNAME: ZOptionalText,
  PROMETHEUS_PASSWORD: ZOptionalText,
  PROMETHEUS_CA_FILE: ZOptionalText,
  /** JSON: more named sources, `{"thanos": {"url": "https://thanos.internal", "bearerToken": "…"}}`. */
  PROMETHEUS_SOURCES: ZOptionalText,
});
export type PrometheusEnv = z.infer<typeof ZPrometheusEnv>;

export type PrometheusSources = Record<string, PrometheusSource>;

/**
 * The named sources from parsed PROMETHEUS_* variables, or every problem (variable name first) so the bot
 * refuses to start with a half-configured data source instead of reporting every promql probe inconclusive.
 */
export function prometheusSourcesFromEnv(
  env: PrometheusEnv,
): { ok: true; sources: PrometheusSources } | { ok: false; problems: Array<{ variable: string; message: string }> } {
  const problems: Array<{ variable: string; message: string }> = [];
  const sources: PrometheusSources = {};
  const defaultAuth = authFrom(
    { bearerToken: env.PROMETHEUS_BEARER_TOKEN, username: env.PROMETHEUS_USERNAME, password: env.PROMETHEUS_PASSWORD },
    (message) => problems.push({ variable: 'PROMETHEUS_USERNAME', message }),
  );
  if (env.PROMETHEUS_URL) {
    sources[DEFAULT_PROMETHEUS_SOURCE] = {
      url: env.PROMETHEUS_URL,
      ...defaultAuth,
      ...(env.PROMETHEUS_CA_FILE ? { caFile: env.PROMETHEUS_CA_FILE } : {}),
    };
  } else {
    for (const name of ['PROMETHEUS_BEARER_TOKEN', 'PROMETHEUS_USERNAME', 'PROMETHEUS_CA_FILE'] as const) {
      if (env[name]) problems.push({ variable: name, message: 'is set but PROMETHEUS_URL is not' });
    }
  }
  if (env.PROMETHEUS_SOURCES) {
    let json: unknown;
    try {
      json = JSON.parse(env.PROMETHEUS_SOURCES);
    } catch {
      json = undefined;
      problems.push({ variable: 'PROMETHEUS_SOURCES', message: 'is not JSON: write {"name": {"url": "https://…"}}' });
    }
    if (json !== undefined) {
      const parsed = z.record(ZSourceName, ZSourceJson).safeParse(json);
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          problems.push({ variable: 'PROMETHEUS_SOURCES', message: `${issue.path.join('.')}: ${issue.message}` });
      } else {
        for (const [name, source] of Object.entries(parsed.data)) {
          if (sources[name]) {
            problems.push({ variable: 'PROMETHEUS_SOURCES', message: `"${name}" is already set by PROMETHEUS_URL` });
            continue;
          }
          const auth = authFrom(source, (message) =>
            problems.push({ variable: 'PROMETHEUS_SOURCES', message: `${name}: ${message}` }),
          );
          sources[name] = {
            url: source.url,
            ...auth,
            ...(source.caFile ? { caFile: source.caFile } : {}),
            ...(source.headers ? { headers: source.headers } : {}),
          };
        }
      }
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, sources };
}

function authFrom(
  given: { bearerToken?: string | undefined; username?: string | undefined; password?: string | undefined },
  problem: (message: string) => void,
): Pick<PrometheusSource, 'bearerToken' | 'basicAuth'> {
  const { bearerToken, username, password } = given;
  if (bearerToken && (username || password)) {
    problem('a bearer token and basic auth are both set; keep one');
    return {};
  }
  if (Boolean(username) !== Boolean(password)) {
    problem('basic auth needs both a username and a password');
    return {};
  }
  if (bearerToken) return { bearerToken };
  if (username && password) return { basicAuth: { username, password } };
  return {};
}

/** The metrics stores for ProbeSettings, from variables the config already checked (none when nothing is set). */
export function prometheusSettings(env: PrometheusEnv): { prometheus?: PrometheusSources } {
  const result = prometheusSourcesFromEnv(env);
  return result.ok && Object.keys(result.sources).length > 0 ? { prometheus: result.sources } : {};
}

import { readFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { z } from 'zod';
import { classifyProbeError, errorMessage, ProbeSideError } from './probe-errors.ts';
import { type HttpExchange, withProbeHttp } from './probe-http.ts';
import type { PrometheusSource } from './prometheus-source.ts';
import type { ProbeContext } from './types.ts';

/** One series of an instant vector, or the single value of a scalar (no labels). */
export type PromSample = { labels: Record<string, string>; value: number };

export type InstantQueryResult = {
  resultType: 'vector' | 'scalar';
  samples: PromSample[];
  /** Prometheus' own warnings (a metric that might not be a counter…), kept as evidence. */
  warnings: string[];
};

// A figure per series is small; a larger answer means the query forgot to aggregate.
const MAX_ANSWER_BYTES = 2 * 1024 * 1024;
const RETRY_DELAY_MS = 250;

const ZSampleValue = z.tuple([z.number(), z.string()]);
const ZQueryAnswer = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('success'),
    data: z.object({ resultType: z.string(), result: z.unknown() }),
    warnings: z.array(z.string()).optional(),
  }),
  z.object({ status: z.literal('error'), errorType: z.string().optional(), error: z.string().optional() }),
]);
const ZVector = z.array(z.object({ metric: z.record(z.string(), z.string()), value: ZSampleValue }));

/** `…/api/v1/query` under the source's base URL, keeping a path prefix (Grafana Cloud's `/api/prom`). */
export function queryUrl(base: string, query: string, at: Date, timeoutMs: number): URL {
  const url = new URL('api/v1/query', base.endsWith('/') ? base : `${base}/`);
  url.searchParams.set('query', query);
  url.searchParams.set('time', (at.getTime() / 1000).toFixed(3));
  // The store gives up a little before our own budget, so a slow query answers "timeout" instead of being cut.
  url.searchParams.set('timeout', `${Math.max(100, Math.floor(timeoutMs * 0.8))}ms`);
  return url;
}

function requestHeaders(source: PrometheusSource): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json', ...source.headers };
  if (source.bearerToken) headers.authorization = `Bearer ${source.bearerToken}`;
  if (source.basicAuth) {
    const { username, password } = source.basicAuth;
    headers.authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  }
  return headers;
}

/**
 * Runs one instant query through the probe's guarded HTTP client. Every way the store cannot answer (unreachable,
 * credentials refused, a query error, a range vector where a figure was expected) throws ProbeSideError: the
 * probe is then inconclusive, because none of it says anything about the deployed service.
 */
export async function instantQuery(
  name: string,
  source: PrometheusSource,
  query: string,
  at: Date,
  ctx: ProbeContext,
): Promise<InstantQueryResult> {
  const url = queryUrl(source.url, query, at, ctx.timeoutMs);
  const where = `data source "${name}" (${url.host})`;
  const ca = await sourceCa(source, ctx.ca);
  const exchange = await sendWithRetry(url, source, { ...ctx, ...(ca ? { ca } : {}) }, where);
  return readAnswer(exchange, where);
}

async function sourceCa(source: PrometheusSource, probeCa: string | Buffer | undefined) {
  if (!source.caFile) return probeCa;
  try {
    const pem = await readFile(source.caFile, 'utf8');
    // One PEM text may hold several certificates: the source's CA next to PROBE_CA_FILE's.
    return probeCa ? `${probeCa.toString()}\n${pem}` : pem;
  } catch (error) {
    throw new ProbeSideError(`cannot read the CA file ${source.caFile} of the data source: ${errorMessage(error)}`);
  }
}

async function sendWithRetry(url: URL, source: PrometheusSource, ctx: ProbeContext, where: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await withProbeHttp(ctx, (http) =>
        http.send(url, { headers: requestHeaders(source), maxBodyBytes: MAX_ANSWER_BYTES }),
      );
    } catch (error) {
      const verdict = classifyProbeError(error, ctx.signal);
      // The guard's refusal, our DNS and our timeout keep their own words; a store that does not answer is ours too.
      if (verdict.outcome === 'inconclusive') throw error;
      if (verdict.retryable && attempt === 1) {
        await delay(RETRY_DELAY_MS, undefined, { signal: ctx.signal }).catch(() => undefined);
        continue;
      }
      const attempts = attempt > 1 ? ` (after ${attempt} attempts)` : '';
      throw new ProbeSideError(`${where} unreachable: ${verdict.observed}${attempts}`);
    }
  }
}

function readAnswer(exchange: HttpExchange, where: string): InstantQueryResult {
  if (exchange.status === 401 || exchange.status === 403) {
    throw new ProbeSideError(
      `${where} refused our credentials (${exchange.status}): check PROMETHEUS_BEARER_TOKEN or PROMETHEUS_USERNAME/PROMETHEUS_PASSWORD`,
    );
  }
  if (exchange.truncated) {
    throw new ProbeSideError(
      `${where} answered more than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB: aggregate the query (sum by, topk)`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(exchange.body.toString('utf8'));
  } catch {
    throw new ProbeSideError(
      `${where} answered ${exchange.status} without the Prometheus API's JSON: is the URL right?`,
    );
  }
  const answer = ZQueryAnswer.safeParse(json);
  if (!answer.success) {
    throw new ProbeSideError(`${where} answered ${exchange.status} with JSON that is not a Prometheus query result`);
  }
  if (answer.data.status === 'error') {
    const type = answer.data.errorType ? ` (${answer.data.errorType})` : '';
    throw new ProbeSideError(`query error${type}: ${answer.data.error ?? `status ${exchange.status}`}`);
  }
  const { resultType, result } = answer.data.data;
  const warnings = answer.data.warnings ?? [];
  if (resultType === 'scalar') {
    const sample = ZSampleValue.safeParse(result);
    if (!sample.success) throw new ProbeSideError(`${where} answered a scalar that does not parse`);
    return { resultType, samples: [{ labels: {}, value: promValue(sample.data[1]) }], warnings };
  }
  if (resultType === 'vector') {
    const vector = ZVector.safeParse(result);
    if (!vector.success) throw new ProbeSideError(`${where} answered a vector that does not parse`);
    return {
      resultType,
      samples: vector.data.map((series) => ({ labels: series.metric, value: promValue(series.value[1]) })),
      warnings,
    };
  }
  if (resultType === 'matrix') {
    throw new ProbeSideError(
      'the query returns a range vector, not a figure: wrap it in a function such as rate(x[5m]) or max_over_time(x[5m])',
    );
  }
  throw new ProbeSideError(`the query returns a ${resultType}, not a number`);
}

/** Prometheus writes special values as `NaN`, `+Inf` and `-Inf`; Number() reads only the first two. */
function promValue(text: string): number {
  if (text === '+Inf') return Number.POSITIVE_INFINITY;
  if (text === '-Inf') return Number.NEGATIVE_INFINITY;
  return Number(text);
}

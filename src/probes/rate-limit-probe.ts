import { performance } from 'node:perf_hooks';
import { check } from './conditions.ts';
import { defineProbe } from './define-probe.ts';
import { type HttpExchange, headerValues, withProbeHttp } from './probe-http.ts';
import { httpTarget } from './probe-target.ts';

// The burst leaves this share of the per-probe budget for the last answers to arrive.
const BURST_SHARE_OF_TIMEOUT = 0.8;
const LIMIT_HEADERS = [
  'retry-after',
  'ratelimit',
  'ratelimit-policy',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
];

/**
 * A bounded burst: at most `requests` requests for at most `seconds`, stopping at the first 429. Opt-in and never
 * retried, since every request is load on the service.
 */
export const rateLimitProbe = defineProbe('rate-limit', {
  retry: false,
  observe: (target, options, ctx) =>
    withProbeHttp(ctx, async (http) => {
      const url = httpTarget(target);
      const windowMs = Math.min(options.seconds * 1000, ctx.timeoutMs * BURST_SHARE_OF_TIMEOUT);
      const started = performance.now();
      const statuses = new Map<number, number>();
      let sent = 0;
      let limited: { exchange: HttpExchange; after: number } | undefined;
      const more = () => !limited && sent < options.requests && performance.now() - started < windowMs;
      const worker = async () => {
        while (more()) {
          sent++;
          const exchange = await http.send(url, { method: options.method, maxBodyBytes: 0 });
          statuses.set(exchange.status, (statuses.get(exchange.status) ?? 0) + 1);
          if (exchange.status === 429 && !limited) limited = { exchange, after: sent };
        }
      };
      await Promise.all(Array.from({ length: options.concurrency }, worker));
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const headers = limited ? limitHeaders(limited.exchange) : {};
      const expected = `429 within ${options.requests} requests / ${Math.round(windowMs / 1000)} s`;
      const observed = limited
        ? `429 after ${limited.after} requests in ${seconds} s${describeHeaders(headers)}`
        : `no 429 after ${sent} requests in ${seconds} s (${[...statuses].map(([s, n]) => `${s} ×${n}`).join(', ')})`;
      const warnings =
        limited && Object.keys(headers).length === 0 ? ['the 429 carries no Retry-After or RateLimit-* header'] : [];
      return {
        conditions: [check('rate-limit', limited !== undefined, observed, '==', expected)],
        warnings,
        evidence: { requests: sent, seconds: Number(seconds), statuses: Object.fromEntries(statuses), headers },
        highlight: observed,
      };
    }),
});

function limitHeaders(exchange: HttpExchange): Record<string, string> {
  const found: Record<string, string> = {};
  for (const name of [...LIMIT_HEADERS, ...Object.keys(exchange.headers).filter((n) => n.startsWith('x-ratelimit-'))]) {
    const values = headerValues(exchange.headers, name);
    if (values.length > 0) found[name] = values.join(', ');
  }
  return found;
}

function describeHeaders(headers: Record<string, string>): string {
  const entries = Object.entries(headers);
  return entries.length === 0 ? '' : `; ${entries.map(([name, value]) => `${name}: ${value}`).join(', ')}`;
}

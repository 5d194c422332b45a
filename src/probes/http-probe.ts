import { atMost, check, oneOf, show } from './conditions.ts';
import { defineProbe } from './define-probe.ts';
import { readJsonPath } from './json-path.ts';
import { percentile } from './latency-stats.ts';
import { type HttpExchange, headerValues, type RedirectChain, withProbeHttp } from './probe-http.ts';
import { httpTarget } from './probe-target.ts';
import type { Condition } from './types.ts';

const MAX_REDIRECTS = 5;

/** Status, JSON body paths, headers, and latency p50/p95 over `samples` requests after `warmup` untimed ones. */
export const httpProbe = defineProbe('http', {
  retry: true,
  observe: (target, options, ctx) =>
    withProbeHttp(ctx, async (http) => {
      const url = httpTarget(target);
      const fetchOnce = (): Promise<RedirectChain> =>
        options.followRedirects
          ? http.follow(url, { method: options.method, maxRedirects: MAX_REDIRECTS })
          : http.send(url, { method: options.method }).then((exchange) => ({ hops: [exchange], final: exchange }));
      for (let i = 0; i < options.warmup; i++) await fetchOnce();
      const samples: RedirectChain[] = [];
      for (let i = 0; i < options.samples; i++) samples.push(await fetchOnce());
      const last = samples.at(-1) as RedirectChain;
      const latencies = samples.map((chain) => chain.hops.reduce((sum, hop) => sum + hop.ms, 0));
      const p50 = percentile(latencies, 50);
      const p95 = percentile(latencies, 95);
      const conditions: Condition[] = [
        statusCondition(samples, options.expectStatus),
        ...redirectConditions(last),
        ...bodyConditions(last.final, options.expectBody),
        ...Object.entries(options.expectHeaders).map(([name, text]) => headerCondition(last.final, name, text)),
      ];
      if (options.maxP50Ms !== undefined) conditions.push(atMost('latency.p50', p50, options.maxP50Ms, ' ms'));
      if (options.maxP95Ms !== undefined) conditions.push(atMost('latency.p95', p95, options.maxP95Ms, ' ms'));
      return {
        conditions,
        evidence: {
          status: last.final.status,
          url: last.final.url,
          address: last.final.address,
          redirects: last.hops.slice(0, -1).map((hop) => `${hop.status} ${hop.url}`),
          latencyMs: { p50, p95, samples: latencies.length },
          contentType: headerValues(last.final.headers, 'content-type')[0],
          body: last.final.body.toString('utf8', 0, 200),
        },
        highlight: `${last.final.status} · p50 ${p50} ms, p95 ${p95} ms over ${latencies.length} request${latencies.length === 1 ? '' : 's'}`,
      };
    }),
});

/** Every sample counts: a service answering 200, 503, 200 is flapping, and that is what the operator must see. */
function statusCondition(samples: readonly RedirectChain[], expected: readonly number[]): Condition {
  const statuses = samples.map((chain) => chain.final.status);
  const counts = new Map<number, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  if (counts.size === 1) return oneOf('status', statuses[0] as number, expected);
  const observed = [...counts].map(([status, count]) => `${status} ×${count}`).join(', ');
  const ok = statuses.every((status) => expected.includes(status));
  return check('status', ok, observed, expected.length === 1 ? '==' : 'in', expected.join(', '));
}

function redirectConditions(chain: RedirectChain): Condition[] {
  if (!chain.stop) return [];
  const path = chain.hops.map((hop) => hop.url).join(' → ');
  const observed = chain.stop === 'loop' ? `loop: ${path}` : `more than ${MAX_REDIRECTS}: ${path}`;
  return [check('redirects', false, observed, '==', `a final answer within ${MAX_REDIRECTS} hops`)];
}

function bodyConditions(exchange: HttpExchange, expected: Readonly<Record<string, unknown>>): Condition[] {
  const entries = Object.entries(expected);
  if (entries.length === 0) return [];
  let json: unknown;
  try {
    json = JSON.parse(exchange.body.toString('utf8'));
  } catch {
    return entries.map(([path, value]) => check(`body.${path}`, false, 'body is not JSON', '==', show(value)));
  }
  return entries.map(([path, value]) => {
    const observed = readJsonPath(json, path);
    return check(`body.${path}`, observed === value, show(observed), '==', show(value));
  });
}

function headerCondition(exchange: HttpExchange, name: string, text: string): Condition {
  const values = headerValues(exchange.headers, name);
  const observed = values.length === 0 ? 'absent' : show(values.join(', '));
  return check(
    `header.${name}`,
    values.some((value) => value.includes(text)),
    observed,
    'contains',
    show(text),
  );
}

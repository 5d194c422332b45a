import { createHash, randomUUID } from 'node:crypto';
import { check } from './conditions.ts';
import { defineProbe } from './define-probe.ts';
import { type HttpExchange, isRedirect, type ProbeHttp, withProbeHttp } from './probe-http.ts';
import { httpTarget } from './probe-target.ts';
import type { Condition } from './types.ts';

const PARALLEL_PATHS = 4;

/**
 * Paths that leak internals must be closed (401/403/404). A random path is asked first: a site answering 200 to
 * everything (a single-page app) would otherwise look like it exposes every path.
 */
export const exposureProbe = defineProbe('exposure', {
  retry: true,
  observe: (target, options, ctx) =>
    withProbeHttp(ctx, async (http) => {
      const origin = httpTarget(target).origin;
      const random = await http.send(`${origin}/deploy-checklist-${randomUUID()}`);
      const catchAll = random.status >= 200 && random.status < 300 ? fingerprint(random) : undefined;
      const conditions: Condition[] = [];
      const paths = [...options.paths];
      const worker = async () => {
        for (let path = paths.shift(); path !== undefined; path = paths.shift()) {
          conditions.push(await judgePath(http, origin, path, options.allowedStatuses, catchAll));
        }
      };
      await Promise.all(Array.from({ length: PARALLEL_PATHS }, worker));
      conditions.sort((a, b) => options.paths.indexOf(pathOf(a)) - options.paths.indexOf(pathOf(b)));
      const exposed = conditions.filter((condition) => !condition.ok).map(pathOf);
      return {
        conditions,
        evidence: { origin, randomPathStatus: random.status, catchAll: catchAll !== undefined, exposed },
        highlight: `${options.paths.length} paths closed${catchAll ? ' (catch-all page recognised)' : ''}`,
      };
    }),
});

async function judgePath(
  http: ProbeHttp,
  origin: string,
  path: string,
  allowed: readonly number[],
  catchAll: string | undefined,
): Promise<Condition> {
  const name = `GET ${path}`;
  const expected = allowed.join(', ');
  let answer = await http.send(`${origin}${path}`);
  // A redirect within the path (/swagger → /swagger/index.html) is followed; one elsewhere (to a login page) is
  // the path being closed.
  for (let hop = 0; hop < 3 && isRedirect(answer); hop++) {
    const next = new URL(answer.headers.location as string, answer.url);
    if (next.origin !== origin || !next.pathname.startsWith(path)) {
      return check(name, true, `${answer.status} → ${next.pathname} (redirected away)`, 'in', expected);
    }
    answer = await http.send(next);
  }
  if (allowed.includes(answer.status)) return check(name, true, String(answer.status), 'in', expected);
  if (catchAll !== undefined && fingerprint(answer) === catchAll) {
    return check(name, true, `${answer.status}, same page as an unknown path`, 'in', expected);
  }
  return check(name, false, String(answer.status), 'in', expected);
}

function fingerprint(exchange: HttpExchange): string {
  return `${exchange.status}:${createHash('sha256').update(exchange.body).digest('hex')}`;
}

function pathOf(condition: Condition): string {
  return condition.name.slice('GET '.length);
}

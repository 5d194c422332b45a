import { check, oneOf } from './conditions.ts';
import { defineProbe } from './define-probe.ts';
import { classifyProbeError } from './probe-errors.ts';
import { isRedirect, type RedirectChain, withProbeHttp } from './probe-http.ts';
import { httpTarget } from './probe-target.ts';
import type { Condition } from './types.ts';

/** `http://` must answer a permanent redirect to `https://` on the same host; the rest of the chain must end. */
export const redirectProbe = defineProbe('redirect', {
  retry: true,
  observe: (target, options, ctx) =>
    withProbeHttp(ctx, async (http) => {
      const url = plainHttpUrl(httpTarget(target), options.httpPort);
      const first = await http.send(url);
      const conditions: Condition[] = [oneOf('http.status', first.status, options.permanentStatuses)];
      if (!isRedirect(first)) {
        conditions.push(check('location', false, 'absent', '==', `https://${url.hostname}/…`));
        return { conditions, evidence: { status: first.status, url: url.href } };
      }
      const location = new URL(first.headers.location as string, url);
      if (options.expectHttps)
        conditions.push(
          check('location.scheme', location.protocol === 'https:', location.protocol.slice(0, -1), '==', 'https'),
        );
      conditions.push(
        check('location.host', location.hostname === url.hostname, location.hostname, '==', url.hostname),
      );
      // The rest of the chain is followed only to catch loops and endless chains; each hop is checked by the guard.
      let rest: RedirectChain;
      try {
        rest = await http.follow(location, { maxRedirects: options.maxHops - 1, visited: [url.href] });
      } catch (error) {
        const verdict = classifyProbeError(error, ctx.signal);
        // Our side could not follow: say so, unless the first answer already decided the probe.
        if (verdict.outcome === 'inconclusive' && conditions.every((condition) => condition.ok)) throw error;
        conditions.push(check('redirects', false, `stopped at ${location.href}: ${verdict.observed}`, '==', 'ends'));
        return { conditions, evidence: { status: first.status, location: location.href } };
      }
      conditions.push(chainCondition(url.href, rest, options.maxHops));
      return {
        conditions,
        evidence: {
          status: first.status,
          location: location.href,
          chain: [url.href, ...rest.hops.map((hop) => `${hop.status} ${hop.url}`)],
        },
        highlight: `${first.status} → ${location.href}`,
      };
    }),
});

/** The plain-http URL to probe: the target itself when it is http, else the same host and path on `httpPort`. */
function plainHttpUrl(target: URL, httpPort: number): URL {
  if (target.protocol === 'http:') return target;
  const url = new URL(target);
  url.protocol = 'http:';
  url.port = httpPort === 80 ? '' : String(httpPort);
  return url;
}

function chainCondition(start: string, rest: RedirectChain, maxHops: number): Condition {
  const path = [start, ...rest.hops.map((hop) => hop.url)].join(' → ');
  const expected = `ends within ${maxHops} hops`;
  if (rest.stop === 'loop') return check('redirects', false, `loop: ${path}`, '==', expected);
  if (rest.stop === 'too-many') return check('redirects', false, `still redirecting: ${path}`, '==', expected);
  return check(
    'redirects',
    true,
    `${rest.hops.length} hop${rest.hops.length === 1 ? '' : 's'}, ends ${rest.final.status}`,
    '==',
    expected,
  );
}

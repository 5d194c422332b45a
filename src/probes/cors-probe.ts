import { check } from './conditions.ts';
import { defineProbe } from './define-probe.ts';
import { type HttpExchange, headerValues, withProbeHttp } from './probe-http.ts';
import { httpTarget } from './probe-target.ts';
import type { Condition } from './types.ts';

/**
 * Asks as a foreign origin, with a simple GET and with a preflight (many servers answer CORS only there): the
 * answer must neither combine `*` with credentials nor echo an arbitrary origin back.
 */
export const corsProbe = defineProbe('cors', {
  retry: true,
  observe: (target, options, ctx) =>
    withProbeHttp(ctx, async (http) => {
      const url = httpTarget(target);
      const origin = new URL(options.origin).origin;
      const get = await http.send(url, { headers: { origin } });
      const preflight = await http.send(url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'GET' },
      });
      const answers = [
        { label: 'GET', exchange: get },
        { label: 'OPTIONS', exchange: preflight },
      ];
      const conditions = answers.flatMap(({ label, exchange }) => {
        const found: Condition[] = [wildcardCondition(label, exchange)];
        if (!options.expectAllowed) found.push(echoCondition(label, exchange, origin));
        return found;
      });
      return {
        conditions,
        evidence: {
          origin,
          ...Object.fromEntries(answers.map(({ label, exchange }) => [label, corsHeaders(exchange)])),
        },
        highlight: `foreign origin ${origin} not allowed`,
      };
    }),
});

function corsHeaders(exchange: HttpExchange): Record<string, string | number> {
  return {
    status: exchange.status,
    allowOrigin: headerValues(exchange.headers, 'access-control-allow-origin').join(', ') || 'absent',
    allowCredentials: headerValues(exchange.headers, 'access-control-allow-credentials').join(', ') || 'absent',
  };
}

function wildcardCondition(label: string, exchange: HttpExchange): Condition {
  const { allowOrigin, allowCredentials } = corsHeaders(exchange);
  const bad = allowOrigin === '*' && String(allowCredentials).toLowerCase() === 'true';
  return check(
    `${label} allow-origin with credentials`,
    !bad,
    `${allowOrigin}, credentials ${allowCredentials}`,
    '!=',
    '*, credentials true',
  );
}

function echoCondition(label: string, exchange: HttpExchange, origin: string): Condition {
  const { allowOrigin } = corsHeaders(exchange);
  const echoed = String(allowOrigin).toLowerCase() === origin.toLowerCase();
  return check(`${label} allow-origin`, !echoed, String(allowOrigin), '!=', origin);
}

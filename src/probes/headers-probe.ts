import { SECURITY_HEADERS } from '../domain/probe-spec.ts';
import { defineProbe } from './define-probe.ts';
import { headerValues, withProbeHttp } from './probe-http.ts';
import { httpTarget } from './probe-target.ts';
import { securityGrade, securityHeaderConditions } from './security-header-rules.ts';

/** The security headers of the page the target finally answers with, each judged and all five graded. */
export const headersProbe = defineProbe('headers', {
  // A second request would not change the headers; a connection error is reported as it is.
  retry: false,
  observe: (target, options, ctx) =>
    withProbeHttp(ctx, async (http) => {
      const chain = await http.follow(httpTarget(target), { maxRedirects: 5 });
      const headers = chain.final.headers;
      const checks = securityHeaderConditions(headers, options.hstsMinAgeSeconds);
      const all = Object.values(checks);
      const grade = securityGrade(all.filter((condition) => condition.ok).length, all.length);
      const seen = Object.fromEntries(
        SECURITY_HEADERS.map((name) => [name, headerValues(headers, name)] as const).filter(
          ([, values]) => values.length > 0,
        ),
      );
      return {
        conditions: options.require.map((name) => checks[name]),
        evidence: {
          grade,
          url: chain.final.url,
          status: chain.final.status,
          headers: seen,
          checks: Object.fromEntries(Object.entries(checks).map(([name, condition]) => [name, condition.ok])),
        },
        headline: `grade ${grade}`,
      };
    }),
});

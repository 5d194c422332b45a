import { check, oneOf } from './conditions.ts';
import { defineProbe } from './define-probe.ts';
import { headerValues, withProbeHttp } from './probe-http.ts';
import { httpTarget } from './probe-target.ts';
import { parseExposition } from './prometheus-text.ts';
import type { Condition } from './types.ts';

const MAX_EXPOSITION_BYTES = 8 * 1024 * 1024;

/** The endpoint answers 200 with a Prometheus exposition that parses, holding every required metric. */
export const metricsProbe = defineProbe('metrics', {
  retry: true,
  observe: (target, options, ctx) =>
    withProbeHttp(ctx, async (http) => {
      const chain = await http.follow(httpTarget(target), { maxRedirects: 3, maxBodyBytes: MAX_EXPOSITION_BYTES });
      const { final } = chain;
      const status = oneOf('status', final.status, [200]);
      if (final.status !== 200) return { conditions: [status], evidence: { status: final.status } };
      const exposition = parseExposition(final.body.toString('utf8'));
      const conditions: Condition[] = [status];
      if (!exposition.ok) {
        conditions.push(check('exposition', false, `line ${exposition.line}: ${exposition.message}`, '==', 'valid'));
      } else {
        conditions.push(check('exposition', true, `${exposition.samples} samples`, '==', 'valid'));
      }
      for (const name of options.require) {
        const present = exposition.ok && exposition.names.has(name);
        conditions.push(check(`metric ${name}`, present, present ? 'present' : 'absent', '==', 'present'));
      }
      return {
        conditions,
        evidence: {
          contentType: headerValues(final.headers, 'content-type')[0],
          bytes: final.body.length,
          truncated: final.truncated,
          ...(exposition.ok ? { samples: exposition.samples, families: exposition.families } : {}),
        },
        highlight: exposition.ok ? `${exposition.samples} samples in ${exposition.families} families` : undefined,
      };
    }),
});

import { check } from './conditions.ts';
import { defineProbe } from './define-probe.ts';
import { headerValues, withProbeHttp } from './probe-http.ts';
import { httpTarget } from './probe-target.ts';

const SAMPLE_BYTES = 64 * 1024;

/**
 * Asks for gzip or brotli and looks at the encoding of the answer. undici's `request` hands over the body as
 * sent, so an encoded body is seen as encoded (fetch would decode it silently and hide the header's meaning).
 */
export const compressionProbe = defineProbe('compression', {
  retry: true,
  observe: (target, options, ctx) =>
    withProbeHttp(ctx, async (http) => {
      const wanted = options.encoding === 'any' ? ['gzip', 'br'] : [options.encoding];
      const chain = await http.follow(httpTarget(target), {
        maxRedirects: 5,
        headers: { 'accept-encoding': wanted.join(', ') },
        maxBodyBytes: SAMPLE_BYTES,
      });
      const { final } = chain;
      const encoding = headerValues(final.headers, 'content-encoding').join(', ').trim().toLowerCase();
      const vary = headerValues(final.headers, 'vary').join(', ');
      const ok = wanted.includes(encoding);
      const observed =
        encoding || `absent (${final.truncated ? `over ${SAMPLE_BYTES}` : final.body.length} bytes sent as is)`;
      // Without `Vary: Accept-Encoding` a shared cache may serve the compressed body to a client that cannot read it.
      const warnings =
        ok && !/accept-encoding|\*/i.test(vary) ? ['compressed, but Vary does not name Accept-Encoding'] : [];
      return {
        conditions: [check('content-encoding', ok, observed, wanted.length > 1 ? 'in' : '==', wanted.join(', '))],
        warnings,
        evidence: { encoding: encoding || null, vary: vary || null, status: final.status, url: final.url },
        highlight: `${encoding} for Accept-Encoding: ${wanted.join(', ')}`,
      };
    }),
});

import { describe, expect, it } from 'vitest';
import { validateProbeOptions } from '../../src/domain/probe-spec.ts';
import { probeSettingsFromEnv } from '../../src/probes/probe-settings.ts';

describe('probeSettingsFromEnv', () => {
  it('defaults to refusing private addresses, 10 s per probe and 30 s per run', () => {
    expect(probeSettingsFromEnv({})).toEqual({
      allowPrivate: false,
      allowedHosts: [],
      timeoutMs: 10_000,
      deadlineMs: 30_000,
    });
  });

  it('reads every variable', () => {
    const env = {
      PROBE_ALLOW_PRIVATE: 'true',
      PROBE_ALLOWED_HOSTS: ' Staging.Internal ,, api.local ',
      PROBE_TIMEOUT_MS: '2500',
      PROBE_DEADLINE_MS: '60000',
      PROBE_CA_FILE: '/etc/ssl/internal-ca.pem',
    };
    expect(probeSettingsFromEnv(env)).toEqual({
      allowPrivate: true,
      allowedHosts: ['staging.internal', 'api.local'],
      timeoutMs: 2500,
      deadlineMs: 60_000,
      caFile: '/etc/ssl/internal-ca.pem',
    });
  });

  it.each([
    [{ PROBE_ALLOW_PRIVATE: 'on' }, 'PROBE_ALLOW_PRIVATE: write true or false'],
    [{ PROBE_TIMEOUT_MS: '5s' }, 'PROBE_TIMEOUT_MS: write a whole number of milliseconds, e.g. 10000'],
    [{ PROBE_DEADLINE_MS: '10' }, 'PROBE_DEADLINE_MS: Too small: expected number to be >=100'],
  ])('names the variable that is wrong: %j', (env, message) => {
    expect(() => probeSettingsFromEnv(env)).toThrow(message);
  });
});

describe('validateProbeOptions', () => {
  it.each([
    ['http', { expectStatus: 200 }],
    ['tls', { minDaysLeft: 14 }],
    ['redirect', { expectHttps: true }],
    [
      'headers',
      {
        require: ['strict-transport-security', 'content-security-policy', 'x-content-type-options', 'x-frame-options'],
      },
    ],
    ['cors', { origin: 'https://untrusted.example', expectAllowed: false }],
    ['compression', { encoding: 'gzip' }],
    ['tcp', { expect: 'closed' }],
    ['rate-limit', { requests: 150 }],
    ['exposure', { paths: ['/debug', '/swagger', '/api/docs'] }],
    ['metrics', {}],
    ['dns', { expectAddresses: ['203.0.113.7'] }],
  ] as const)('accepts what the built-in template writes for %s', (kind, options) => {
    expect(validateProbeOptions(kind, options).ok).toBe(true);
  });

  it('fills defaults an operator can rely on', () => {
    expect(validateProbeOptions('rate-limit', {})).toEqual({
      ok: true,
      options: { requests: 150, seconds: 10, concurrency: 5, method: 'GET' },
    });
  });

  it.each([
    ['tls', { minDaysLeft: 14, warnDaysLeft: 7 }, ['warnDaysLeft'], 'warnDaysLeft must be at least minDaysLeft'],
    ['http', { expectStatus: 999 }, ['expectStatus'], 'Too big: expected number to be <=599'],
    ['headers', { require: ['x-frame-options', 'x-powered-by'] }, ['require', 1], 'Invalid option: expected one of'],
    ['exposure', { paths: ['debug'] }, ['paths', 0], 'write a path starting with "/", e.g. "/debug"'],
    ['rate-limit', { requests: 5000 }, ['requests'], 'Too big: expected number to be <=1000'],
    ['tcp', { expect: 'shut' }, ['expect'], 'Invalid option: expected one of "open"|"closed"'],
    ['metrics', { require: ['http-requests'] }, ['require', 0], 'write a metric name such as "http_requests_total"'],
    [
      'redirect',
      { followRedirects: true },
      [],
      'unknown option "followRedirects" for probe kind "redirect" (known: expectHttps, httpPort, permanentStatuses, maxHops)',
    ],
  ] as const)('reports bad %s options with their path', (kind, options, path, message) => {
    const result = validateProbeOptions(kind, options);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toEqual({ path, message: expect.stringContaining(message) });
  });
});

import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

const VALID = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'a1b2c3d4e5f6' };

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig({ ...VALID, ...env });
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('the metrics store promql probes read', () => {
  it('is absent unless PROMETHEUS_URL or PROMETHEUS_SOURCES names one', () => {
    expect(loadConfig(VALID).probes.prometheus).toBeUndefined();
  });

  it('reads PROMETHEUS_URL with a bearer token or basic auth and a CA file, under the name "prometheus"', () => {
    expect(
      loadConfig({
        ...VALID,
        PROMETHEUS_URL: 'https://prometheus.monitoring.svc:9090',
        PROMETHEUS_BEARER_TOKEN: 'tok',
        PROMETHEUS_CA_FILE: '/etc/ssl/internal-ca.pem',
      }).probes.prometheus,
    ).toEqual({
      prometheus: {
        url: 'https://prometheus.monitoring.svc:9090',
        bearerToken: 'tok',
        caFile: '/etc/ssl/internal-ca.pem',
      },
    });
    expect(
      loadConfig({
        ...VALID,
        PROMETHEUS_URL: 'https://prometheus-prod-01.grafana.net/api/prom',
        PROMETHEUS_USERNAME: '123456',
        PROMETHEUS_PASSWORD: 'glc_abc',
      }).probes.prometheus,
    ).toEqual({
      prometheus: {
        url: 'https://prometheus-prod-01.grafana.net/api/prom',
        basicAuth: { username: '123456', password: 'glc_abc' },
      },
    });
  });

  it('adds named stores from PROMETHEUS_SOURCES for a team with several', () => {
    const config = loadConfig({
      ...VALID,
      PROMETHEUS_URL: 'http://prometheus:9090',
      PROMETHEUS_SOURCES: JSON.stringify({
        thanos: { url: 'https://thanos.internal', bearerToken: 't' },
        mimir: { url: 'https://mimir.internal/prometheus', headers: { 'X-Scope-OrgID': 'payments' } },
      }),
    });
    expect(Object.keys(config.probes.prometheus ?? {})).toEqual(['prometheus', 'thanos', 'mimir']);
    expect(config.probes.prometheus?.mimir).toEqual({
      url: 'https://mimir.internal/prometheus',
      headers: { 'X-Scope-OrgID': 'payments' },
    });
  });

  it.each([
    ['a URL that is not http(s)', { PROMETHEUS_URL: 'prometheus:9090' }, /^PROMETHEUS_URL must be an http/],
    [
      'credentials in the URL',
      { PROMETHEUS_URL: 'https://user:secret@prometheus.internal' },
      /^PROMETHEUS_URL must not hold credentials/,
    ],
    [
      'a token without a URL',
      { PROMETHEUS_BEARER_TOKEN: 't' },
      /^PROMETHEUS_BEARER_TOKEN is set but PROMETHEUS_URL is not$/,
    ],
    [
      'a username without a password',
      { PROMETHEUS_URL: 'http://p:9090', PROMETHEUS_USERNAME: 'u' },
      /^PROMETHEUS_USERNAME basic auth needs both a username and a password$/,
    ],
    [
      'a bearer token and basic auth at once',
      {
        PROMETHEUS_URL: 'http://p:9090',
        PROMETHEUS_BEARER_TOKEN: 't',
        PROMETHEUS_USERNAME: 'u',
        PROMETHEUS_PASSWORD: 'p',
      },
      /a bearer token and basic auth are both set; keep one/,
    ],
    ['sources that are not JSON', { PROMETHEUS_SOURCES: '{thanos: x}' }, /^PROMETHEUS_SOURCES is not JSON/],
    [
      'a source without a URL',
      { PROMETHEUS_SOURCES: '{"thanos": {"bearerToken": "t"}}' },
      /^PROMETHEUS_SOURCES thanos\.url: /,
    ],
    [
      'a source named like PROMETHEUS_URL',
      { PROMETHEUS_URL: 'http://p:9090', PROMETHEUS_SOURCES: '{"prometheus": {"url": "http://q:9090"}}' },
      /"prometheus" is already set by PROMETHEUS_URL/,
    ],
  ])('refuses to start with %s, naming the variable', (_case, env, message) => {
    expect(problems(env)).toEqual([expect.stringMatching(message)]);
  });
});

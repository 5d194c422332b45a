import { writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareProbeRuns, snapshotFromEvidence } from '../../src/domain/probe-comparison.ts';
import { type ProbeSpec, withDeploymentVariables } from '../../src/domain/probe-spec.ts';
import { renderComparison } from '../../src/domain/render/render-check-in.ts';
import type { Template } from '../../src/domain/template.ts';
import { templateItems } from '../../src/domain/template.ts';
import type { ProbeSettings } from '../../src/probes/probe-settings.ts';
import type { PrometheusSource } from '../../src/probes/prometheus-source.ts';
import { runProbes } from '../../src/probes/run-probes.ts';
import type { ProbeResult } from '../../src/probes/types.ts';
import { BUILT_IN_TEMPLATES_DIR, loadTemplateFile } from '../../src/templates/load-templates.ts';
import { conditionTexts, failing, LOCAL_SETTINGS } from '../support/probe-harness.ts';
import {
  closedPort,
  fakeLookup,
  startHttpServer,
  startHttpsServer,
  type TestServer,
} from '../support/probe-servers.ts';
import { type PrometheusProcess, startPrometheus, waitFor } from '../support/prometheus-process.ts';
import { createTestPki } from '../support/test-certificates.ts';

const DEPLOYMENT = { service: 'payments-api', environment: 'production', version: '2.4.1' };
const MIB = 1024 * 1024;

/**
 * The service's /metrics as the test controls it. Counters grow by a fixed amount per scrape and start at zero,
 * so every rate over them has the same shape and the figures are exact: 3 errors per 1000 requests (0.3 %), a
 * latency histogram whose p95 interpolates to 193.75 ms, and two pods at 71 % and 93 % of their memory limit.
 */
function exposition(scrape: number, at: number): string {
  const n = Math.max(0, scrape - 1);
  const buckets: Array<[string, number]> = [
    ['0.05', 50],
    ['0.1', 80],
    ['0.2', 96],
    ['0.5', 99],
    ['1', 100],
    ['+Inf', 100],
  ];
  return [
    '# TYPE http_requests_total counter',
    `http_requests_total{code="200"} ${997 * n}`,
    `http_requests_total{code="500"} ${3 * n}`,
    '# TYPE http_request_duration_seconds histogram',
    ...buckets.map(([le, count]) => `http_request_duration_seconds_bucket{le="${le}"} ${count * n}`),
    `http_request_duration_seconds_sum ${12 * n}`,
    `http_request_duration_seconds_count ${100 * n}`,
    '# TYPE process_cpu_seconds_total counter',
    `process_cpu_seconds_total ${(0.2 * n).toFixed(3)}`,
    '# TYPE container_memory_working_set_bytes gauge',
    `container_memory_working_set_bytes{container="payments-api",pod="payments-api-1"} ${Math.round(0.71 * 512 * MIB)}`,
    `container_memory_working_set_bytes{container="payments-api",pod="payments-api-2"} ${Math.round(0.93 * 512 * MIB)}`,
    '# TYPE container_spec_memory_limit_bytes gauge',
    `container_spec_memory_limit_bytes{container="payments-api",pod="payments-api-1"} ${512 * MIB}`,
    `container_spec_memory_limit_bytes{container="payments-api",pod="payments-api-2"} ${512 * MIB}`,
    '# TYPE app_error_ratio gauge',
    'app_error_ratio{service="payments-api"} 0.003',
    'app_error_ratio{service="search-api"} 0.2',
  ]
    .map((line) => (line.startsWith('#') ? line : `${line} ${at}`))
    .join('\n')
    .concat('\n');
}

let service: TestServer;
let prometheus: PrometheusProcess;
let webService: Template;
let devicePassport: Template;

function settings(source: PrometheusSource, extra: Partial<ProbeSettings> = {}): ProbeSettings {
  return { ...LOCAL_SETTINGS, prometheus: { prometheus: source }, ...extra };
}

function spec(options: Record<string, unknown>, target = 'prometheus'): ProbeSpec {
  return withDeploymentVariables({ kind: 'promql', target, required: false, options }, DEPLOYMENT);
}

async function runOne(
  probe: ProbeSpec,
  probeSettings: ProbeSettings,
  run: { lookup?: ReturnType<typeof fakeLookup> } = {},
) {
  const [entry] = await runProbes([{ id: 'figure', spec: probe }], { settings: probeSettings, ...run });
  if (!entry) throw new Error('no result');
  return entry.result;
}

/** The promql probes of a built-in template, planned for DEPLOYMENT. */
function templateProbes(template = webService): Array<{ id: string; spec: ProbeSpec }> {
  return templateItems(template).flatMap(({ item }) =>
    item.probe?.kind === 'promql' ? [{ id: item.key, spec: withDeploymentVariables(item.probe, DEPLOYMENT) }] : [],
  );
}

async function runTemplateProbes(template = webService): Promise<Map<string, ProbeResult>> {
  const ran = await runProbes(templateProbes(template), { settings: settings({ url: prometheus.url }) });
  return new Map(ran.map(({ id, result }) => [id, result]));
}

beforeAll(async () => {
  let scrapes = 0;
  service = await startHttpServer((_request, response) => {
    scrapes++;
    // Explicit timestamps keep the series out of staleness handling: on a machine busy enough for one scrape to
    // time out, Prometheus would otherwise drop every series until the next scrape and a figure would go missing.
    response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(exposition(scrapes, Date.now()));
  });
  prometheus = await startPrometheus([{ job: DEPLOYMENT.service, target: `127.0.0.1:${service.port}` }]);
  // Rates need two scrapes in the window; three leave a margin for the one in flight.
  await waitFor(
    async () => {
      const [up] = await prometheus.query(`count_over_time(up{job="${DEPLOYMENT.service}"}[1m])`);
      return Number(up?.value[1] ?? 0) >= 3;
    },
    { timeoutMs: 30_000, what: 'three scrapes of the test service' },
  );
  const load = async (file: string) => {
    const loaded = await loadTemplateFile(path.join(BUILT_IN_TEMPLATES_DIR, file));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    return loaded.loaded.template;
  };
  webService = await load('web-service.yaml');
  devicePassport = await load('device-passport-system.yaml');
}, 60_000);

afterAll(async () => {
  await prometheus?.stop();
  await service?.close();
});

describe('promql probe against a real Prometheus', () => {
  it("reads the web-service template's four figures with the exporter conventions its queries assume", async () => {
    const results = await runTemplateProbes();
    expect([...results.keys()]).toEqual([
      'error-rates-normal',
      'response-times-normal',
      'cpu-usage-normal',
      'memory-usage-normal',
    ]);
    const errorRate = results.get('error-rates-normal') as ProbeResult;
    expect(errorRate.outcome).toBe('pass');
    expect(errorRate.summary).toBe('error rate 0.3 % (< 1 %)');
    expect(conditionTexts(errorRate)).toEqual(['error rate (0.3 %) < 1 %']);

    const latency = results.get('response-times-normal') as ProbeResult;
    expect(latency.outcome).toBe('pass');
    expect(latency.summary).toBe('p95 194 ms (< 200 ms)');

    const cpu = results.get('cpu-usage-normal') as ProbeResult;
    expect(cpu.outcome).toBe('pass');
    expect(cpu.summary).toMatch(/^CPU \d+(\.\d+)? % \(< 70 %\)$/);

    // Two pods: only the one over its limit is named, by its labels.
    const memory = results.get('memory-usage-normal') as ProbeResult;
    expect(memory.outcome).toBe('fail');
    expect(failing(memory)).toEqual(['memory{pod="payments-api-2"} (93 %) < 80 %']);
    expect(memory.evidence.promql).toMatchObject({
      value: expect.closeTo(0.93, 6),
      ok: false,
      seriesCount: 2,
      breakingCount: 1,
    });
  });

  it("reads the device-passport-system checklist's four thresholds (< 1 %, p95 < 200 ms, < 70 %, < 80 %) the same way", async () => {
    const results = await runTemplateProbes(devicePassport);
    expect([...results].map(([key, result]) => [key, result.outcome, result.summary])).toEqual([
      ['monitor-error-rates-should-be-1', 'pass', 'error rate 0.3 % (< 1 %)'],
      ['monitor-response-times-p95-200ms', 'pass', 'p95 194 ms (< 200 ms)'],
      ['monitor-cpu-usage-should-be-70', 'pass', expect.stringMatching(/^CPU \d+(\.\d+)? % \(< 70 %\)$/)],
      ['monitor-memory-usage-should-be-80', 'fail', 'memory{pod="payments-api-2"} (93 %) < 80 %'],
    ]);
    // Optional: a figure over its threshold never blocks go-live.
    expect(templateProbes(devicePassport).map(({ spec }) => spec.required)).toEqual([false, false, false, false]);
  });

  it("fills the deployment's service, environment and version, and the window, into the query it sends", async () => {
    const result = await runOne(
      spec({
        query: 'max_over_time(app_error_ratio{service="${service}",env!="${environment}-${version}"}[${window}])',
        condition: '< 0.01',
        unit: 'ratio',
        window: '2m',
        label: 'error rate',
      }),
      settings({ url: prometheus.url }),
    );
    expect(result.outcome).toBe('pass');
    expect(result.evidence.promql).toMatchObject({
      query: 'max_over_time(app_error_ratio{service="payments-api",env!="production-2.4.1"}[2m])',
      value: 0.003,
      source: 'prometheus',
    });
  });

  it('reports every series that breaks the condition by its labels', async () => {
    const result = await runOne(
      spec({ query: 'app_error_ratio', condition: '< 0.1', unit: 'ratio', label: 'error rate' }),
      settings({ url: prometheus.url }),
    );
    expect(result.outcome).toBe('fail');
    expect(failing(result)).toEqual([
      `error rate{instance="127.0.0.1:${service.port}", job="payments-api", service="search-api"} (20 %) < 10 %`,
    ]);
  });

  it('takes a scalar result as one figure', async () => {
    const result = await runOne(
      spec({
        query: 'scalar(app_error_ratio{service="${service}"}) * 1000',
        condition: '<= 3',
        label: 'errors per 1000',
      }),
      settings({ url: prometheus.url }),
    );
    expect(result.outcome).toBe('pass');
    expect(conditionTexts(result)).toEqual(['errors per 1000 (3) <= 3']);
  });

  it('queries at the check-in time it is given', async () => {
    // Before the service was ever scraped, Prometheus has no data: the figure is missing, not failing.
    const result = await runProbes(
      [{ id: 'x', spec: spec({ query: 'app_error_ratio{service="${service}"}', condition: '< 0.01' }) }],
      { settings: settings({ url: prometheus.url }), now: () => new Date(Date.now() - 3_600_000) },
    );
    expect(result[0]?.result.outcome).toBe('inconclusive');
    expect(result[0]?.result.error).toMatch(/^no data/);
  });

  it.each([
    ['a query error', 'sum(', /^query error \(bad_data\): .*parse error/],
    ['an empty result', 'app_error_ratio{service="nobody"}', /^no data: the query returned no series/],
    ['a range vector where a figure was expected', 'app_error_ratio[1m]', /returns a range vector, not a figure/],
    ['a string where a figure was expected', '"fast"', /returns a string, not a number/],
    ['a ratio without traffic (NaN)', 'vector(0) / vector(0)', /^no data: every series is NaN/],
  ])('is inconclusive, never failing, for %s', async (_case, query, reason) => {
    const result = await runOne(
      spec({ query, condition: '< 0.01', unit: 'ratio', label: 'error rate' }),
      settings({ url: prometheus.url }),
    );
    expect(result.outcome).toBe('inconclusive');
    expect(result.error).toMatch(reason);
    // The check-in still shows which figure is missing, with its query and why.
    expect(result.evidence.promql).toMatchObject({ query, label: 'error rate', value: null, ok: null });
    expect((result.evidence.promql as { error: string }).error).toMatch(reason);
  });
});

describe('promql probe when the data source cannot answer', () => {
  it('is inconclusive when the data source is unreachable, after one retry', async () => {
    const result = await runOne(
      spec({ query: 'up', condition: '== 1' }),
      settings({ url: `http://127.0.0.1:${await closedPort()}` }),
    );
    expect(result.outcome).toBe('inconclusive');
    expect(result.error).toMatch(
      /^data source "prometheus" \(127\.0\.0\.1:\d+\) unreachable: refused: ECONNREFUSED \(after 2 attempts\)$/,
    );
  });

  it('is inconclusive when no data source is configured or the target names an unknown one', async () => {
    const none = await runOne(spec({ query: 'up', condition: '== 1' }), LOCAL_SETTINGS);
    expect(none.error).toMatch(/no metrics data source is configured: set PROMETHEUS_URL/);
    const unknown = await runOne(spec({ query: 'up', condition: '== 1' }, 'thanos'), settings({ url: prometheus.url }));
    expect(unknown.outcome).toBe('inconclusive');
    expect(unknown.error).toBe('no data source named "thanos" (configured: prometheus); add it to PROMETHEUS_SOURCES');
  });

  it('goes through the target guard: an internal Prometheus needs PROBE_ALLOWED_HOSTS', async () => {
    const lookup = fakeLookup({ 'prometheus.internal': ['127.0.0.1'] });
    const source = { url: `http://prometheus.internal:${new URL(prometheus.url).port}` };
    const probe = spec({ query: 'app_error_ratio{service="${service}"}', condition: '< 0.01' });
    const refused = await runOne(probe, settings(source, { allowPrivate: false }), { lookup });
    expect(refused.outcome).toBe('inconclusive');
    expect(refused.error).toMatch(/^refused to probe prometheus\.internal \(127\.0\.0\.1\).*PROBE_ALLOWED_HOSTS/);
    const allowed = await runOne(
      probe,
      settings(source, { allowPrivate: false, allowedHosts: ['prometheus.internal'] }),
      { lookup },
    );
    expect(allowed.outcome).toBe('pass');
  });

  describe('against a stand-in for a hosted store', () => {
    let stub: TestServer;
    const seen: Array<{ url: string; authorization?: string; tenant?: string }> = [];
    let answer: (request: IncomingMessage) => { status: number; body: string } | undefined;
    beforeAll(async () => {
      stub = await startHttpServer((request, response) => {
        seen.push({
          url: request.url ?? '',
          ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
          ...(typeof request.headers['x-scope-orgid'] === 'string' ? { tenant: request.headers['x-scope-orgid'] } : {}),
        });
        const reply = answer(request);
        if (reply) response.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body);
        // Otherwise never answer: the probe's own timeout must end it.
      });
    });
    afterAll(() => stub.close());

    const vector = JSON.stringify({
      status: 'success',
      data: { resultType: 'vector', result: [{ metric: {}, value: [1_700_000_000, '0.5'] }] },
    });

    it('sends the bearer token, or basic auth, and extra headers, under the URL path prefix', async () => {
      answer = () => ({ status: 200, body: vector });
      seen.length = 0;
      const bearer = await runOne(
        spec({ query: 'up', condition: '> 0' }),
        settings({ url: `${stub.origin}/api/prom`, bearerToken: 's3cret', headers: { 'X-Scope-OrgID': 'team-a' } }),
      );
      expect(bearer.outcome).toBe('pass');
      const basic = await runOne(
        spec({ query: 'up', condition: '> 0' }),
        settings({ url: stub.origin, basicAuth: { username: '12345', password: 'glc_token' } }),
      );
      expect(basic.outcome).toBe('pass');
      expect(seen.map(({ url, ...rest }) => ({ path: new URL(url, 'http://x').pathname, ...rest }))).toEqual([
        { path: '/api/prom/api/v1/query', authorization: 'Bearer s3cret', tenant: 'team-a' },
        { path: '/api/v1/query', authorization: `Basic ${Buffer.from('12345:glc_token').toString('base64')}` },
      ]);
    });

    it.each([
      [
        'refused credentials',
        { status: 401, body: '{"status":"error"}' },
        /refused our credentials \(401\): check PROMETHEUS_BEARER_TOKEN/,
      ],
      ['a page that is not the API', { status: 200, body: '<html>login</html>' }, /without the Prometheus API's JSON/],
      [
        'an execution error',
        {
          status: 422,
          body: '{"status":"error","errorType":"execution","error":"query processing would load too many samples"}',
        },
        /^query error \(execution\): query processing would load too many samples$/,
      ],
    ])('is inconclusive for %s', async (_case, reply, reason) => {
      answer = () => reply;
      const result = await runOne(spec({ query: 'up', condition: '> 0' }), settings({ url: stub.origin }));
      expect(result.outcome).toBe('inconclusive');
      expect(result.error).toMatch(reason);
    });

    it("trusts the store's own CA file (PROMETHEUS_CA_FILE) over https, and is inconclusive without it", async () => {
      const pki = createTestPki();
      const https = await startHttpsServer(
        (_request, response) => {
          response.writeHead(200, { 'content-type': 'application/json' }).end(vector);
        },
        pki.root.issue({ names: ['localhost', '127.0.0.1'], days: 30 }),
      );
      try {
        const caFile = path.join(pki.dir, 'prometheus-ca.pem');
        writeFileSync(caFile, pki.root.cert);
        const trusted = await runOne(spec({ query: 'up', condition: '> 0' }), settings({ url: https.origin, caFile }));
        expect(trusted.outcome).toBe('pass');
        const untrusted = await runOne(spec({ query: 'up', condition: '> 0' }), settings({ url: https.origin }));
        expect(untrusted.outcome).toBe('inconclusive');
        expect(untrusted.error).toMatch(/^data source "prometheus" \(127\.0\.0\.1:\d+\) unreachable: TLS: /);
      } finally {
        await https.close();
        pki.cleanup();
      }
    });

    it('stays within the per-probe timeout and asks the store to give up before it', async () => {
      answer = () => undefined;
      seen.length = 0;
      const result = await runOne(
        spec({ query: 'up', condition: '> 0' }),
        settings({ url: stub.origin }, { timeoutMs: 500 }),
      );
      expect(result.outcome).toBe('inconclusive');
      expect(result.error).toBe('timed out after 500 ms (PROBE_TIMEOUT_MS)');
      expect(new URL(seen[0]?.url ?? '', 'http://x').searchParams.get('timeout')).toBe('400ms');
    });
  });
});

describe('a check-in compares the figures with the same queries at go-live', () => {
  it('shows each figure now and at go-live, with its threshold and the query behind it', async () => {
    const snapshots = (results: Map<string, ProbeResult>) =>
      [...results].map(([key, result]) => snapshotFromEvidence(key, result.outcome, result.evidence));
    const atGoLive = snapshots(await runTemplateProbes());
    const now = snapshots(await runTemplateProbes());
    const comparison = compareProbeRuns(atGoLive, now);
    expect(comparison.metrics.map((metric) => metric.itemKey)).toEqual([
      'error-rates-normal',
      'response-times-normal',
      'cpu-usage-normal',
      'memory-usage-normal',
    ]);
    const lines = renderComparison({ template: webService } as Parameters<typeof renderComparison>[0], comparison);
    expect(lines).toContain(":red_circle: still failing: Memory usage below 80 % of the container's limit");
    const errorLine = lines.find((line) => line.includes('*error rate*'));
    expect(errorLine).toBe(
      ':large_green_circle: *error rate* 0.3 % ✓ (&lt; 1 %) · at go-live 0.3 % ✓ · `(sum(rate(http_requests_total{job="payments-api",code=~"5.."}[5m])) or vector(0)) / sum(rate(http_requests_total{job="payments-api"}[5m]))`',
    );
    expect(lines.find((line) => line.includes('*memory*'))).toMatch(
      /^:red_circle: \*memory\* 93 % ✗ \(&lt; 80 %\) · at go-live 93 % ✗ · `max by \(namespace, pod\)/,
    );
    expect(lines.find((line) => line.includes('*p95*'))).toMatch(
      /\*p95\* 194 ms ✓ \(&lt; 200 ms\) · at go-live 194 ms ✓/,
    );
  });
});

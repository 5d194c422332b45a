import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseExposition } from '../../src/probes/prometheus-text.ts';
import { conditionTexts, failing, probeOnce } from '../support/probe-harness.ts';
import { reply, routes, startHttpServer, type TestServer } from '../support/probe-servers.ts';

const EXPOSITION = `# HELP http_requests_total Requests served.
# TYPE http_requests_total counter
http_requests_total{method="get",code="200"} 1027 1395066363000
http_requests_total{method="post",code="400"} 3
# HELP request_seconds Latency.
# TYPE request_seconds histogram
request_seconds_bucket{le="0.1"} 2
request_seconds_bucket{le="+Inf"} 3
request_seconds_sum 0.43
request_seconds_count 3
process_start_time_seconds 1.7e9
label_escapes{path="C:\\\\dir",quote="say \\"hi\\"",}  NaN
`;

describe('prometheus text parser', () => {
  it('reads samples, families and names', () => {
    const parsed = parseExposition(EXPOSITION);
    expect(parsed).toMatchObject({ ok: true, samples: 8, families: 2 });
    expect(parsed.ok && [...parsed.names]).toContain('request_seconds_bucket');
  });

  it.each([
    ['a value that is not a number', 'up{job="api"} fast\n', 'line 1: not a sample: "up{job=\\"api\\"} fast"'],
    ['an unclosed label set', 'up{job="api" 1\n', 'line 1: not a sample: "up{job=\\"api\\" 1"'],
    ['an unknown type', '# TYPE up gauges\nup 1\n', 'line 1: unknown metric type "gauges"'],
    ['a second TYPE line', '# TYPE up gauge\nup 1\n# TYPE up gauge\n', 'line 3: second TYPE line for up'],
    ['a metric name with a dash', 'http-requests 1\n', 'line 1: not a sample: "http-requests 1"'],
    ['an HTML page', '<html>\n', 'line 1: not a sample: "<html>"'],
    ['nothing', '\n', 'line 1: no metrics at all'],
  ])('rejects %s', (_case, text, message) => {
    const parsed = parseExposition(text);
    expect(parsed.ok ? 'ok' : `line ${parsed.line}: ${parsed.message}`).toBe(message);
  });
});

describe('metrics probe', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startHttpServer(
      routes({
        '/metrics': reply(200, { 'content-type': 'text/plain; version=0.0.4' }, EXPOSITION),
        '/broken': reply(200, { 'content-type': 'text/plain' }, `${EXPOSITION}oops this is not a sample\n`),
      }),
    );
  });
  afterAll(() => server.close());

  it('passes an exposition that parses and holds the required metrics', async () => {
    const result = await probeOnce('metrics', `${server.origin}/metrics`, {
      require: ['http_requests_total', 'request_seconds'],
    });
    expect(result.outcome).toBe('pass');
    expect(conditionTexts(result)).toEqual([
      'status (200) == 200',
      'exposition (8 samples) == valid',
      'metric http_requests_total (present) == present',
      'metric request_seconds (present) == present',
    ]);
  });

  it.each([
    {
      case: 'a missing required metric',
      path: '/metrics',
      options: { require: ['jobs_failed_total'] },
      failures: ['metric jobs_failed_total (absent) == present'],
    },
    {
      case: 'an exposition that does not parse',
      path: '/broken',
      options: {},
      failures: ['exposition (line 13: not a sample: "oops this is not a sample") == valid'],
    },
    { case: 'no metrics endpoint', path: '/nothing', options: {}, failures: ['status (404) == 200'] },
  ])('fails $case', async ({ path, options, failures }) => {
    const result = await probeOnce('metrics', `${server.origin}${path}`, options);
    expect(failing(result)).toEqual(failures);
  });
});

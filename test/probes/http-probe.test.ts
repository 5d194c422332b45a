import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conditionTexts, failing, probeOnce } from '../support/probe-harness.ts';
import { type Handler, reply, routes, startHttpServer, type TestServer } from '../support/probe-servers.ts';

const json = (status: number, body: unknown): Handler =>
  reply(status, { 'content-type': 'application/json' }, JSON.stringify(body));

let server: TestServer;
let flaps = 0;

beforeAll(async () => {
  server = await startHttpServer(
    routes({
      '/health': json(200, { status: 'ok', checks: { database: 'connected', cache: 'degraded' } }),
      '/down': json(503, { status: 'down' }),
      '/html': reply(200, { 'content-type': 'text/html' }, '<h1>hi</h1>'),
      '/flapping': (request, response) => json(flaps++ % 2 === 0 ? 200 : 503, {})(request, response),
      '/slow': (_request, response) => {
        setTimeout(() => response.writeHead(200).end('late'), 60);
      },
      '/moved': reply(301, { location: '/health' }),
      '/loop-a': reply(302, { location: '/loop-b' }),
      '/loop-b': reply(302, { location: '/loop-a' }),
    }),
  );
});
afterAll(() => server.close());

describe('http probe', () => {
  it('passes a healthy endpoint and reports latency over the samples', async () => {
    const result = await probeOnce('http', `${server.origin}/health`, {
      expectBody: { status: 'ok', 'checks.database': 'connected' },
      expectHeaders: { 'Content-Type': 'application/json' },
    });
    expect(result.outcome).toBe('pass');
    expect(conditionTexts(result)).toEqual([
      'status (200) == 200',
      'body.status ("ok") == "ok"',
      'body.checks.database ("connected") == "connected"',
      'header.content-type ("application/json") contains "application/json"',
    ]);
    expect(result.evidence.latencyMs).toMatchObject({ samples: 5 });
    expect(result.summary).toMatch(/^200 · p50 \d+ ms, p95 \d+ ms over 5 requests$/);
  });

  it.each([
    { case: 'a 503', path: '/down', options: {}, failures: ['status (503) == 200'] },
    {
      case: 'a body path with another value',
      path: '/health',
      options: { expectBody: { 'checks.cache': 'ok', 'checks.queue': 'ok' } },
      failures: ['body.checks.cache ("degraded") == "ok"', 'body.checks.queue (absent) == "ok"'],
    },
    {
      case: 'a body that is not JSON',
      path: '/html',
      options: { expectBody: { status: 'ok' } },
      failures: ['body.status (body is not JSON) == "ok"'],
    },
    {
      case: 'a missing header',
      path: '/health',
      options: { expectHeaders: { 'cache-control': 'no-store' } },
      failures: ['header.cache-control (absent) contains "no-store"'],
    },
    {
      case: 'a status outside the accepted list',
      path: '/down',
      options: { expectStatus: [200, 204] },
      failures: ['status (503) in 200, 204'],
    },
    {
      case: 'a slow answer over maxP95Ms',
      path: '/slow',
      options: { samples: 2, warmup: 0, maxP95Ms: 20 },
      failures: [expect.stringMatching(/^latency\.p95 \(\d+ ms\) <= 20 ms$/)],
    },
    {
      case: 'a redirect loop',
      path: '/loop-a',
      options: { samples: 1, warmup: 0, expectStatus: 302 },
      failures: [
        expect.stringMatching(
          /^redirects \(loop: http:\S+\/loop-a → http:\S+\/loop-b\) == a final answer within 5 hops$/,
        ),
      ],
    },
  ])('fails $case', async ({ path, options, failures }) => {
    const result = await probeOnce('http', `${server.origin}${path}`, options);
    expect(result.outcome).toBe('fail');
    expect(failing(result)).toEqual(failures);
  });

  it('counts every sample: a flapping status fails with what was seen', async () => {
    const result = await probeOnce('http', `${server.origin}/flapping`, { samples: 4, warmup: 0 });
    expect(failing(result)).toEqual(['status (200 ×2, 503 ×2) == 200']);
  });

  it('follows redirects and judges the final answer, or the redirect itself when told not to follow', async () => {
    const followed = await probeOnce('http', `${server.origin}/moved`, { samples: 1 });
    expect(followed.outcome).toBe('pass');
    expect(followed.evidence.redirects).toEqual([`301 ${server.origin}/moved`]);
    const unfollowed = await probeOnce('http', `${server.origin}/moved`, { samples: 1, followRedirects: false });
    expect(failing(unfollowed)).toEqual(['status (301) == 200']);
  });

  it('reports invalid options as inconclusive, naming the option', async () => {
    const result = await probeOnce('http', `${server.origin}/health`, { expectStatuss: 200 });
    expect(result.outcome).toBe('inconclusive');
    expect(result.summary).toMatch(
      /^inconclusive: invalid options: options: unknown option "expectStatuss" for probe kind "http"/,
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conditionTexts, failing, probeOnce } from '../support/probe-harness.ts';
import { closedPort, type Handler, routes, startHttpServer, type TestServer } from '../support/probe-servers.ts';

/** Answers 200 until `limit` requests, then 429 with the given headers. */
function limited(limit: number, headers: Record<string, string>): Handler {
  let seen = 0;
  return (_request, response) => {
    seen++;
    if (seen > limit) response.writeHead(429, headers).end('slow down');
    else response.writeHead(200).end('ok');
  };
}

let server: TestServer;
const count = (path: string) => server.requests.filter((line) => line === `GET ${path}`).length;

beforeAll(async () => {
  server = await startHttpServer(
    routes({
      '/limited': limited(20, { 'retry-after': '30', 'ratelimit-limit': '20', 'ratelimit-remaining': '0' }),
      '/bare-429': limited(5, {}),
      '/unlimited': (_request, response) => response.writeHead(200).end('ok'),
      '/slow': (_request, response) => {
        setTimeout(() => response.writeHead(200).end('ok'), 100);
      },
    }),
  );
});
afterAll(() => server.close());

describe('rate-limit probe', () => {
  it('passes at the first 429 and reports the limit headers', async () => {
    const result = await probeOnce('rate-limit', `${server.origin}/limited`, { concurrency: 1 });
    expect(result.outcome).toBe('pass');
    expect(conditionTexts(result)).toEqual([
      expect.stringMatching(
        /^rate-limit \(429 after 21 requests in [\d.]+ s; retry-after: 30, ratelimit-limit: 20, ratelimit-remaining: 0\) == 429 within 150 requests \/ 4 s$/,
      ),
    ]);
    expect(result.evidence.headers).toEqual({
      'retry-after': '30',
      'ratelimit-limit': '20',
      'ratelimit-remaining': '0',
    });
    expect(count('/limited')).toBe(21);
  });

  it('warns when the 429 does not say when to come back', async () => {
    const result = await probeOnce('rate-limit', `${server.origin}/bare-429`, { concurrency: 1 });
    expect(result.outcome).toBe('pass');
    expect(result.warnings).toEqual(['the 429 carries no Retry-After or RateLimit-* header']);
  });

  it('fails when no 429 comes within the request budget, and sends no more than it', async () => {
    const result = await probeOnce('rate-limit', `${server.origin}/unlimited`, { requests: 40 });
    expect(failing(result)).toEqual([
      expect.stringMatching(
        /^rate-limit \(no 429 after 40 requests in [\d.]+ s \(200 ×40\)\) == 429 within 40 requests/,
      ),
    ]);
    expect(count('/unlimited')).toBe(40);
  });

  it('stops at the time budget', async () => {
    const result = await probeOnce('rate-limit', `${server.origin}/slow`, {
      requests: 1000,
      seconds: 1,
      concurrency: 2,
    });
    expect(result.outcome).toBe('fail');
    expect(result.evidence.seconds).toBeLessThan(1.5);
    expect(count('/slow')).toBeLessThanOrEqual(24);
  });

  it('is never retried, even after a connection error', async () => {
    const result = await probeOnce('rate-limit', `http://127.0.0.1:${await closedPort()}/`);
    expect(result.attempts).toBe(1);
    expect(failing(result)).toEqual(['connection (refused: ECONNREFUSED) == established']);
  });
});

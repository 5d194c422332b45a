import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failing, probeOnce } from '../support/probe-harness.ts';
import { type Handler, reply, routes, startHttpServer, type TestServer } from '../support/probe-servers.ts';

/** Echoes the request's Origin on GET, on preflight, or both. */
const echo =
  (on: 'GET' | 'OPTIONS' | 'both', credentials = false): Handler =>
  (request, response) => {
    const headers: Record<string, string> = {};
    if (on === 'both' || request.method === on) headers['access-control-allow-origin'] = request.headers.origin ?? '';
    if (credentials) headers['access-control-allow-credentials'] = 'true';
    response.writeHead(request.method === 'OPTIONS' ? 204 : 200, headers).end();
  };

let server: TestServer;
beforeAll(async () => {
  server = await startHttpServer(
    routes({
      '/strict': reply(200, { 'access-control-allow-origin': 'https://app.example.com' }),
      '/none': reply(200),
      '/public': reply(200, { 'access-control-allow-origin': '*' }),
      '/wildcard-credentials': reply(200, {
        'access-control-allow-origin': '*',
        'access-control-allow-credentials': 'true',
      }),
      '/echo': echo('both', true),
      '/echo-preflight': echo('OPTIONS'),
    }),
  );
});
afterAll(() => server.close());

describe('cors probe', () => {
  it.each(['/strict', '/none', '/public'])('passes %s for a foreign origin', async (path) => {
    const result = await probeOnce('cors', `${server.origin}${path}`);
    expect(result.outcome).toBe('pass');
  });

  it.each([
    {
      case: '"*" together with credentials',
      path: '/wildcard-credentials',
      failures: [
        'GET allow-origin with credentials (*, credentials true) != *, credentials true',
        'OPTIONS allow-origin with credentials (*, credentials true) != *, credentials true',
      ],
    },
    {
      case: 'an echoed foreign origin',
      path: '/echo',
      failures: [
        'GET allow-origin (https://untrusted.example) != https://untrusted.example',
        'OPTIONS allow-origin (https://untrusted.example) != https://untrusted.example',
      ],
    },
    {
      case: 'an origin echoed only on the preflight',
      path: '/echo-preflight',
      failures: ['OPTIONS allow-origin (https://untrusted.example) != https://untrusted.example'],
    },
  ])('fails $case', async ({ path, failures }) => {
    const result = await probeOnce('cors', `${server.origin}${path}`);
    expect(result.outcome).toBe('fail');
    expect(failing(result)).toEqual(failures);
  });

  it('uses the origin from the template, and accepts an echo when the API is meant to be open', async () => {
    const strict = await probeOnce('cors', `${server.origin}/echo-preflight`, { origin: 'https://evil.example' });
    expect(failing(strict)).toEqual(['OPTIONS allow-origin (https://evil.example) != https://evil.example']);
    const open = await probeOnce('cors', `${server.origin}/echo-preflight`, { expectAllowed: true });
    expect(open.outcome).toBe('pass');
  });
});

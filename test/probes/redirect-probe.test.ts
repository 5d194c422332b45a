import { writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conditionTexts, failing, probeOnce } from '../support/probe-harness.ts';
import {
  fakeLookup,
  reply,
  routes,
  startHttpServer,
  startHttpsServer,
  type TestServer,
} from '../support/probe-servers.ts';
import { createTestPki, type TestPki } from '../support/test-certificates.ts';

let pki: TestPki;
let caFile: string;
let plain: TestServer;
let secure: TestServer;
const lookup = fakeLookup({ localhost: ['127.0.0.1'], 'elsewhere.test': ['127.0.0.1'] });

beforeAll(async () => {
  pki = createTestPki();
  caFile = join(pki.dir, 'ca.pem');
  writeFileSync(caFile, pki.root.cert);
  // Handlers read the other server's port when a request comes, so the two can point at each other.
  const https = () => `https://localhost:${secure.port}`;
  const to = (status: number, location: () => string) => (request: IncomingMessage, response: ServerResponse) =>
    reply(status, { location: location() })(request, response);
  plain = await startHttpServer(
    routes({
      '/good': to(301, () => `${https()}/`),
      '/permanent-308': to(308, () => `${https()}/`),
      '/temporary': to(302, () => `${https()}/`),
      '/other-host': to(301, () => `https://elsewhere.test:${secure.port}/`),
      '/stays-http': to(301, () => '/good'),
      '/loop': to(301, () => `${https()}/loop`),
      '/no-redirect': reply(200, {}, 'served over http'),
    }),
  );
  secure = await startHttpsServer(
    routes({ '/': reply(200, {}, 'home'), '/loop': to(301, () => `http://localhost:${plain.port}/loop`) }),
    pki.root.issue({ names: ['localhost', 'elsewhere.test'], days: 90 }),
  );
});
afterAll(async () => {
  await Promise.all([plain.close(), secure.close()]);
  pki.cleanup();
});

const probe = (path: string, options: Record<string, unknown> = {}) =>
  probeOnce('redirect', `http://localhost:${plain.port}${path}`, options, { settings: { caFile }, lookup });

describe('redirect probe', () => {
  it.each(['/good', '/permanent-308'])('passes a permanent redirect to https on the same host (%s)', async (path) => {
    const result = await probe(path);
    expect(result.outcome).toBe('pass');
    expect(conditionTexts(result).slice(1)).toEqual([
      'location.scheme (https) == https',
      'location.host (localhost) == localhost',
      'redirects (1 hop, ends 200) == ends within 5 hops',
    ]);
  });

  it('probes the plain-http port of an https target', async () => {
    const result = await probeOnce(
      'redirect',
      `https://localhost:${secure.port}/good`,
      { httpPort: plain.port },
      {
        settings: { caFile },
        lookup,
      },
    );
    expect(result.outcome).toBe('pass');
    expect(result.evidence.location).toBe(`https://localhost:${secure.port}/`);
  });

  it.each([
    { case: 'a temporary redirect', path: '/temporary', failures: ['http.status (302) in 301, 308'] },
    {
      case: 'a redirect to another host',
      path: '/other-host',
      failures: ['location.host (elsewhere.test) == localhost'],
    },
    { case: 'a redirect that stays on http', path: '/stays-http', failures: ['location.scheme (http) == https'] },
    {
      case: 'no redirect at all',
      path: '/no-redirect',
      failures: ['http.status (200) in 301, 308', 'location (absent) == https://localhost/…'],
    },
  ])('fails $case', async ({ path, failures }) => {
    const result = await probe(path);
    expect(result.outcome).toBe('fail');
    expect(failing(result)).toEqual(failures);
  });

  it('fails a redirect loop and shows the loop', async () => {
    const result = await probe('/loop');
    const https = `https://localhost:${secure.port}`;
    const http = `http://localhost:${plain.port}`;
    expect(failing(result)).toEqual([`redirects (loop: ${http}/loop → ${https}/loop) == ends within 5 hops`]);
  });
});

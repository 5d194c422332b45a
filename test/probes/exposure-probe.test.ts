import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conditionTexts, failing, probeOnce } from '../support/probe-harness.ts';
import { reply, routes, startHttpServer, type TestServer } from '../support/probe-servers.ts';

const PATHS = ['/swagger', '/api/docs', '/debug'];
let closed: TestServer;
let exposed: TestServer;
let spa: TestServer;

beforeAll(async () => {
  closed = await startHttpServer(
    routes({
      '/swagger': reply(401),
      '/api/docs': reply(302, { location: '/login?next=/api/docs' }),
      '/debug': reply(403),
    }),
  );
  exposed = await startHttpServer(
    routes({
      '/swagger': reply(301, { location: '/swagger/index.html' }),
      '/swagger/index.html': reply(200, {}, '<title>Swagger UI</title>'),
      '/debug': reply(200, {}, 'goroutine dump'),
    }),
  );
  // A single-page app: every path answers 200 with the same page, except the one route that really exists.
  spa = await startHttpServer(routes({ '/debug': reply(200, {}, 'debug console') }, reply(200, {}, '<div id="app">')));
});
afterAll(() => Promise.all([closed.close(), exposed.close(), spa.close()]));

describe('exposure probe', () => {
  it('passes closed paths, including a redirect to a login page', async () => {
    const result = await probeOnce('exposure', `${closed.origin}/health`, { paths: PATHS });
    expect(result.outcome).toBe('pass');
    expect(conditionTexts(result)).toEqual([
      'GET /swagger (401) in 401, 403, 404',
      'GET /api/docs (302 → /login (redirected away)) in 401, 403, 404',
      'GET /debug (403) in 401, 403, 404',
    ]);
  });

  it('fails exposed paths, following a redirect within the path', async () => {
    const result = await probeOnce('exposure', exposed.origin, { paths: PATHS });
    expect(failing(result)).toEqual(['GET /swagger (200) in 401, 403, 404', 'GET /debug (200) in 401, 403, 404']);
    expect(result.evidence).toMatchObject({ exposed: ['/swagger', '/debug'], catchAll: false });
  });

  it('does not mistake a catch-all 200 for an exposed endpoint, but still finds a real one', async () => {
    const result = await probeOnce('exposure', spa.origin, { paths: PATHS });
    expect(conditionTexts(result)).toEqual([
      'GET /swagger (200, same page as an unknown path) in 401, 403, 404',
      'GET /api/docs (200, same page as an unknown path) in 401, 403, 404',
      'GET /debug (200) in 401, 403, 404',
    ]);
    expect(result.evidence).toMatchObject({ catchAll: true });
    // The random path was asked first.
    expect(spa.requests[0]).toMatch(/^GET \/deploy-checklist-[0-9a-f-]{36}$/);
  });

  it('checks the default list of paths when the template names none', async () => {
    const result = await probeOnce('exposure', closed.origin);
    expect(result.conditions.map((condition) => condition.name)).toContain('GET /.env');
    expect(result.conditions.length).toBeGreaterThan(10);
  });
});

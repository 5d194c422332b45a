import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conditionTexts, failing, probeOnce } from '../support/probe-harness.ts';
import { reply, routes, startHttpServer, startHttpsServer, type TestServer } from '../support/probe-servers.ts';
import { createTestPki, type TestPki } from '../support/test-certificates.ts';

/** What MDN's Observatory recommends for a page: every test passes, every bonus is earned (A+). */
const GOOD: Record<string, string> = {
  'content-type': 'text/html',
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'strict-transport-security': 'max-age=63072000; includeSubDomains; preload',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-resource-policy': 'same-origin',
};

const withHeaders = (headers: Record<string, string>, ...raw: string[]) => [...Object.entries(headers).flat(), ...raw];
const without = (name: string) => Object.fromEntries(Object.entries(GOOD).filter(([key]) => key !== name));

const CSP_EXPECTED =
  'csp-implemented-with-no-unsafe-default-src-none, csp-implemented-with-no-unsafe, csp-implemented-with-unsafe-inline-in-style-src-only';

let pki: TestPki;
let caFile: string;
let secure: TestServer;
let plain: TestServer;

const PAGES: Record<string, string[]> = {
  '/good': withHeaders(GOOD),
  '/framable': withHeaders({ ...GOOD, 'content-security-policy': "default-src 'self'" }),
  '/script-data': withHeaders({ ...GOOD, 'content-security-policy': "default-src 'self'; script-src 'self' data:" }),
  '/script-any-https-host': withHeaders({
    ...GOOD,
    'content-security-policy': "default-src 'self'; script-src https://*",
  }),
  '/default-http': withHeaders({ ...GOOD, 'content-security-policy': 'default-src http://example.com' }),
  '/csp-repeated': withHeaders({
    ...GOOD,
    'content-security-policy': "default-src 'none'; script-src 'self'; script-src *",
  }),
  '/hsts-twice': withHeaders(
    without('strict-transport-security'),
    'Strict-Transport-Security',
    'max-age=63072000',
    'Strict-Transport-Security',
    'max-age=63072000',
  ),
  '/nosniff-twice': withHeaders(
    without('x-content-type-options'),
    'X-Content-Type-Options',
    'nosniff',
    'X-Content-Type-Options',
    'nosniff',
  ),
  '/hsts-short': withHeaders({ ...GOOD, 'strict-transport-security': 'max-age=86400' }),
  '/hsts-no-subdomains': withHeaders({ ...GOOD, 'strict-transport-security': 'max-age=63072000' }),
  '/bare': withHeaders({ 'content-type': 'text/html' }),
};

beforeAll(async () => {
  pki = createTestPki();
  caFile = join(pki.dir, 'test-ca.pem');
  writeFileSync(caFile, pki.root.cert);
  const pages = Object.fromEntries(
    Object.entries(PAGES).map(([path, headers]) => [path, reply(200, headers, '<!doctype html><p>ok</p>')]),
  );
  secure = await startHttpsServer(routes(pages), pki.root.issue({ names: ['localhost', '127.0.0.1'], days: 30 }));
  plain = await startHttpServer((request, response) => {
    if (request.url === '/plain-good') return reply(200, PAGES['/good'])(request, response);
    response.writeHead(301, { location: `${secure.origin}${request.url}` }).end();
  });
});
afterAll(async () => {
  await Promise.all([secure?.close(), plain?.close()]);
  pki.cleanup();
});

const probe = (path: string, options: Record<string, unknown> = {}) =>
  probeOnce('headers', `${secure.origin}${path}`, { httpPort: plain.port, ...options }, { settings: { caFile } });

describe('headers probe', () => {
  it("passes the Observatory's recommended headers with A+, showing each test's result and contribution", async () => {
    const result = await probe('/good');
    expect(result.outcome).toBe('pass');
    expect(result.summary).toBe('grade A+ (130): 6 conditions pass');
    expect(result.evidence).toMatchObject({
      grade: 'A+',
      score: 130,
      scoring: { penalties: 0, bonuses: 30, bonusesApplied: true },
      url: `${secure.origin}/good`,
    });
    expect(result.evidence.tests).toMatchObject({
      'content-security-policy': {
        result: 'csp-implemented-with-no-unsafe-default-src-none',
        modifier: 10,
        pass: true,
      },
      'x-frame-options': { result: 'x-frame-options-implemented-via-csp', modifier: 5 },
      'referrer-policy': { result: 'referrer-policy-private', modifier: 5 },
      'cross-origin-resource-policy': {
        result: 'cross-origin-resource-policy-implemented-with-same-origin',
        modifier: 10,
      },
      'strict-transport-security': { result: 'hsts-implemented-max-age-at-least-six-months', modifier: 0 },
      redirection: { result: 'redirection-to-https', modifier: 0 },
      'cross-origin-opener-policy': {
        result: 'cross-origin-opener-policy-not-implemented',
        modifier: 0,
        scored: false,
      },
    });
    expect(conditionTexts(result)[0]).toBe('grade (A+, score 130) >= B');
  });

  it.each([
    {
      case: 'script-src data:',
      path: '/script-data',
      failure: `content-security-policy (csp-implemented-with-unsafe-inline -20: script-src allows any host (data:)) in ${CSP_EXPECTED}`,
    },
    {
      case: 'script-src https://*',
      path: '/script-any-https-host',
      failure: `content-security-policy (csp-implemented-with-unsafe-inline -20: script-src allows any host (https://*)) in ${CSP_EXPECTED}`,
    },
    {
      case: 'default-src http://example.com',
      path: '/default-http',
      failure: `content-security-policy (csp-implemented-with-insecure-scheme -20: default-src http://example.com) in ${CSP_EXPECTED}`,
    },
    {
      case: 'a CSP that repeats a directive',
      path: '/csp-repeated',
      failure: `content-security-policy (csp-header-invalid -25: policy: script-src is repeated) in ${CSP_EXPECTED}`,
    },
    {
      case: 'Strict-Transport-Security sent twice',
      path: '/hsts-twice',
      failure: 'strict-transport-security (hsts-header-invalid -20: sent 2 times) == max-age >= 15768000',
    },
    {
      case: 'X-Content-Type-Options sent twice',
      path: '/nosniff-twice',
      failure:
        'x-content-type-options (x-content-type-options-header-invalid -5: "nosniff, nosniff") in x-content-type-options-nosniff',
    },
    {
      case: 'HSTS max-age under six months',
      path: '/hsts-short',
      failure:
        'strict-transport-security (hsts-implemented-max-age-less-than-six-months -10: max-age=86400) == max-age >= 15768000',
    },
  ])('fails $case, naming the Observatory result and its modifier', async ({ path, failure }) => {
    const result = await probe(path);
    expect(result.outcome).toBe('fail');
    expect(failing(result)).toContainEqual(failure);
  });

  it('grades a bare https page D: CSP -25, X-Frame-Options -20, HSTS -20, X-Content-Type-Options -5', async () => {
    const result = await probe('/bare');
    expect(result.evidence).toMatchObject({
      grade: 'D',
      score: 30,
      scoring: { penalties: -70, bonusesApplied: false },
    });
    expect(result.summary).toBe('grade D (30): grade (D, score 30) >= B (+5 more)');
  });

  it('adds bonuses only when the score without them is still an A', async () => {
    // frame-ancestors gone: X-Frame-Options -20 takes it to 80, so the +20 of bonuses earned elsewhere do not count.
    const result = await probe('/framable', { require: [] });
    expect(result.evidence).toMatchObject({ score: 80, grade: 'B+', scoring: { bonuses: 20, bonusesApplied: false } });
    expect(result.outcome).toBe('pass');
  });

  it('fails a grade below minGrade even when no test is required', async () => {
    const result = await probe('/framable', { require: [], minGrade: 'A' });
    expect(result.outcome).toBe('fail');
    expect(failing(result)).toEqual(['grade (B+, score 80) >= A']);
  });

  it('requires the tests the template names on top of the grade', async () => {
    const result = await probe('/good', { require: ['cross-origin-opener-policy'] });
    expect(failing(result)).toEqual([
      'cross-origin-opener-policy (cross-origin-opener-policy-not-implemented 0: absent) in cross-origin-opener-policy-implemented-with-same-origin, cross-origin-opener-policy-implemented-with-same-origin-allow-popups, cross-origin-opener-policy-implemented-with-noopener-allow-popups',
    ]);
  });

  it('asks for includeSubDomains and preload only when the options say so', async () => {
    expect((await probe('/hsts-no-subdomains')).outcome).toBe('pass');
    const strict = await probe('/hsts-no-subdomains', { hstsIncludeSubDomains: true, hstsPreload: true });
    expect(failing(strict)).toEqual([
      'strict-transport-security (hsts-implemented-max-age-at-least-six-months 0: max-age=63072000) == max-age >= 15768000; includeSubDomains; preload',
    ]);
  });

  it('lets hstsMinAgeSeconds accept a shorter max-age for the gate while the score still takes the -10', async () => {
    const result = await probe('/hsts-short', { hstsMinAgeSeconds: 86_400 });
    expect(result.outcome).toBe('pass');
    expect(result.evidence).toMatchObject({ score: 120, scoring: { penalties: -10, bonuses: 30 } });
    expect(conditionTexts(result)).toContain(
      'strict-transport-security (hsts-implemented-max-age-less-than-six-months -10: max-age=86400) == max-age >= 86400',
    );
  });

  it('grades a page served over plain http without HSTS and without a redirect to https', async () => {
    const result = await probeOnce('headers', `${plain.origin}/plain-good`, {}, { settings: { caFile } });
    expect(result.evidence).toMatchObject({
      grade: 'C+',
      tests: {
        'strict-transport-security': { result: 'hsts-not-implemented-no-https', modifier: -20 },
        redirection: { result: 'redirection-missing', modifier: -20 },
      },
    });
    expect(result.outcome).toBe('fail');
  });

  it('follows an http target to its https page and grades that page', async () => {
    const result = await probeOnce('headers', `${plain.origin}/good`, {}, { settings: { caFile } });
    expect(result.evidence).toMatchObject({
      grade: 'A+',
      url: `${secure.origin}/good`,
      tests: { redirection: { result: 'redirection-to-https' } },
    });
  });

  it('reports options it does not know as inconclusive, naming them', async () => {
    const result = await probe('/good', { minGrade: 'E' });
    expect(result.outcome).toBe('inconclusive');
    expect(result.summary).toMatch(/^inconclusive: invalid options: minGrade: /);
  });
});

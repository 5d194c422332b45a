import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpHeaders } from '../../src/probes/probe-http.ts';
import { securityHeaderConditions } from '../../src/probes/security-header-rules.ts';
import { formatCondition } from '../../src/probes/types.ts';
import { conditionTexts, failing, probeOnce } from '../support/probe-harness.ts';
import { reply, routes, SECURE_HEADERS, startHttpServer, type TestServer } from '../support/probe-servers.ts';

const GOOD: Record<string, string> = {
  ...SECURE_HEADERS,
  'content-security-policy': "default-src 'self'; frame-ancestors 'none'",
};

const judge = (headers: HttpHeaders, name: keyof ReturnType<typeof securityHeaderConditions>) =>
  formatCondition(securityHeaderConditions(headers, 15_552_000)[name]);

describe('security header rules', () => {
  it.each([
    [
      'content-security-policy',
      { 'content-security-policy': "script-src 'self' 'unsafe-inline'" },
      false,
      "script-src 'self' 'unsafe-inline': allows inline script",
    ],
    [
      'content-security-policy',
      { 'content-security-policy': "default-src 'self' 'unsafe-eval'" },
      false,
      "script-src 'self' 'unsafe-eval': allows eval",
    ],
    [
      'content-security-policy',
      { 'content-security-policy': "img-src 'self'" },
      false,
      'no script-src or default-src: allows inline script, allows eval',
    ],
    [
      'content-security-policy',
      { 'content-security-policy': "script-src 'nonce-abc' 'unsafe-inline'" },
      true,
      "script-src 'nonce-abc' 'unsafe-inline'",
    ],
    // Two policies are both enforced: the strict one blocks inline script whatever the lax one says.
    [
      'content-security-policy',
      { 'content-security-policy': ["script-src 'unsafe-inline'", "script-src 'self'"] },
      true,
      "script-src 'unsafe-inline' + script-src 'self'",
    ],
    ['x-content-type-options', { 'x-content-type-options': 'nosniff, nosniff' }, true, '"nosniff, nosniff"'],
    ['x-content-type-options', { 'x-content-type-options': 'sniff' }, false, '"sniff"'],
    ['x-frame-options', { 'x-frame-options': 'SAMEORIGIN' }, true, '"SAMEORIGIN"'],
    ['x-frame-options', { 'x-frame-options': 'ALLOWALL' }, false, '"ALLOWALL"'],
    [
      'x-frame-options',
      { 'x-frame-options': ['DENY', 'SAMEORIGIN'] },
      false,
      '"DENY, SAMEORIGIN": conflicting values are ignored',
    ],
    ['x-frame-options', { 'x-frame-options': ['deny', 'DENY'] }, true, '"deny, DENY"'],
    ['x-frame-options', { 'content-security-policy': "frame-ancestors 'self'" }, true, "CSP frame-ancestors 'self'"],
    ['strict-transport-security', { 'strict-transport-security': 'max-age=300' }, false, '300'],
    [
      'strict-transport-security',
      { 'strict-transport-security': ['max-age=300', 'max-age=31536000'] },
      false,
      '300 (first of 2 headers)',
    ],
    ['strict-transport-security', { 'strict-transport-security': 'max-age="63072000"; preload' }, true, '63072000'],
    ['strict-transport-security', { 'strict-transport-security': 'includeSubDomains' }, false, 'no max-age'],
    ['referrer-policy', { 'referrer-policy': 'unsafe-url' }, false, '"unsafe-url"'],
    [
      'referrer-policy',
      { 'referrer-policy': 'no-referrer, strict-origin-when-cross-origin' },
      true,
      '"no-referrer, strict-origin-when-cross-origin"',
    ],
    ['referrer-policy', { 'referrer-policy': 'strict-origin, bogus-policy' }, true, '"strict-origin, bogus-policy"'],
  ] as const)('%s %j → ok %s', (name, headers, ok, observed) => {
    const condition = securityHeaderConditions(headers as HttpHeaders, 15_552_000)[name];
    expect({ ok: condition.ok, observed: condition.observed }).toEqual({ ok, observed });
  });

  it('reads an absent header as absent, with what was expected', () => {
    expect(judge({}, 'strict-transport-security')).toBe('strict-transport-security.max-age (absent) >= 15552000');
    expect(judge({}, 'content-security-policy')).toBe(
      "content-security-policy (absent) == script-src without 'unsafe-inline', 'unsafe-eval'",
    );
  });
});

describe('headers probe', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startHttpServer(
      routes({
        '/good': reply(200, GOOD),
        '/missing': reply(200, { 'content-type': 'text/html' }),
        '/weak': reply(200, {
          ...GOOD,
          'content-security-policy': "default-src * 'unsafe-inline'",
          'strict-transport-security': 'max-age=86400',
          'referrer-policy': 'unsafe-url',
        }),
        // Raw header list: the names go out upper-case and X-Frame-Options twice with conflicting values.
        '/duplicated': reply(200, [
          'CONTENT-SECURITY-POLICY',
          GOOD['content-security-policy'] as string,
          'X-Content-Type-Options',
          'nosniff',
          'X-Frame-Options',
          'DENY',
          'x-frame-options',
          'SAMEORIGIN',
          'Strict-Transport-Security',
          'max-age=31536000',
          'Strict-Transport-Security',
          'max-age=0',
          'Referrer-Policy',
          'no-referrer',
        ]),
        '/moved': reply(301, { location: '/good' }),
      }),
    );
  });
  afterAll(() => server.close());

  it('passes good headers with grade A, following a redirect to the page', async () => {
    const result = await probeOnce('headers', `${server.origin}/moved`);
    expect(result.outcome).toBe('pass');
    expect(result.summary).toBe('grade A: 5 conditions pass');
    expect(result.evidence).toMatchObject({ grade: 'A', url: `${server.origin}/good` });
  });

  it('fails missing headers with grade F and one condition per header', async () => {
    const result = await probeOnce('headers', `${server.origin}/missing`);
    expect(result.outcome).toBe('fail');
    expect(result.evidence.grade).toBe('F');
    expect(failing(result)).toEqual([
      "content-security-policy (absent) == script-src without 'unsafe-inline', 'unsafe-eval'",
      'x-content-type-options (absent) == nosniff',
      'x-frame-options (absent) == DENY or SAMEORIGIN (or CSP frame-ancestors)',
      'strict-transport-security.max-age (absent) >= 15552000',
      'referrer-policy (absent) in no-referrer, same-origin, strict-origin, strict-origin-when-cross-origin',
    ]);
  });

  it('fails weak headers and grades them', async () => {
    const result = await probeOnce('headers', `${server.origin}/weak`);
    expect(result.evidence.grade).toBe('D');
    expect(result.summary).toMatch(/^grade D: content-security-policy .* \(\+2 more\)$/);
    expect(failing(result)).toEqual([
      "content-security-policy (script-src * 'unsafe-inline': allows inline script) == script-src without 'unsafe-inline', 'unsafe-eval'",
      'strict-transport-security.max-age (86400) >= 15552000',
      'referrer-policy ("unsafe-url") in no-referrer, same-origin, strict-origin, strict-origin-when-cross-origin',
    ]);
  });

  it('handles upper-case and duplicated headers the way browsers do', async () => {
    const result = await probeOnce('headers', `${server.origin}/duplicated`);
    // frame-ancestors in the CSP protects framing even though the two X-Frame-Options copies conflict.
    expect(conditionTexts(result)).toContain(
      "x-frame-options (CSP frame-ancestors 'none') == DENY or SAMEORIGIN (or CSP frame-ancestors)",
    );
    expect(conditionTexts(result)).toContain(
      'strict-transport-security.max-age (31536000 (first of 2 headers)) >= 15552000',
    );
    expect(result.evidence.headers).toMatchObject({ 'x-frame-options': ['DENY', 'SAMEORIGIN'] });
  });

  it('decides only on the required headers, grading all five', async () => {
    const result = await probeOnce('headers', `${server.origin}/weak`, {
      require: ['x-content-type-options', 'x-frame-options'],
    });
    expect(result.outcome).toBe('pass');
    expect(result.summary).toBe('grade D: 2 conditions pass');
  });
});

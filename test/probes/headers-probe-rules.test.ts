import { writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SecurityHeader } from '../../src/domain/probe-spec.ts';
import type { ResultName } from '../../src/probes/observatory/scoring-table.ts';
import { probeOnce } from '../support/probe-harness.ts';
import {
  closedPort,
  fakeLookup,
  startHttpServer,
  startHttpsServer,
  type TestServer,
} from '../support/probe-servers.ts';
import { createTestPki, type TestPki } from '../support/test-certificates.ts';

/**
 * One row per grading rule, each served by real servers on 127.0.0.1: an HTTPS server with a certificate from a
 * CA made here serves the row's page at /case/N; a plain-http server answers the same path the way the row says
 * (for the redirection test); a second HTTPS server has a self-signed certificate nobody trusts.
 */

type Plain = 'to-https' | 'page' | 'closed' | 'off-host' | 'http-first' | 'http-final' | 'bad-cert';

type Row = {
  test: SecurityHeader;
  result: ResultName;
  modifier: number;
  note?: string;
  /** Raw response headers, `[name, value, name, value…]`, duplicates kept. */
  headers?: string[];
  body?: string;
  contentType?: string;
  /** How the plain-http server answers the row's path; `to-https` (a 301 to the https page) by default. */
  plain?: Plain;
  /** Probe the page over plain http instead of https. */
  overHttp?: boolean;
  /** Echo the request's Origin in Access-Control-Allow-Origin, with credentials. */
  reflectOrigin?: 'with-credentials' | 'without-credentials';
};

const html = (head: string, body = '<p>ok</p>') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const csp = (...values: string[]) => values.flatMap((value) => ['Content-Security-Policy', value]);
const hsts = (...values: string[]) => values.flatMap((value) => ['Strict-Transport-Security', value]);
const cookie = (...lines: string[]) => lines.flatMap((line) => ['Set-Cookie', line]);
const YEAR = 'max-age=31536000';
// The off-host redirect goes to https://localhost; it must reach the IPv4 listener whatever the system resolver says.
const LOCALHOST = fakeLookup({ localhost: ['127.0.0.1'] });

const ROWS: Row[] = [
  // content-security-policy
  {
    test: 'content-security-policy',
    result: 'csp-implemented-with-no-unsafe-default-src-none',
    modifier: 10,
    headers: csp("default-src 'none'"),
  },
  {
    test: 'content-security-policy',
    result: 'csp-implemented-with-no-unsafe',
    modifier: 5,
    headers: csp("default-src 'self'"),
  },
  {
    test: 'content-security-policy',
    result: 'csp-implemented-with-no-unsafe',
    modifier: 5,
    note: 'a nonce neutralises unsafe-inline',
    headers: csp("default-src 'self'; script-src 'nonce-r4nd0m' 'unsafe-inline'"),
  },
  {
    test: 'content-security-policy',
    result: 'csp-implemented-with-no-unsafe',
    modifier: 5,
    note: 'a hash neutralises unsafe-inline',
    headers: csp("default-src 'self'; script-src 'sha256-abc123=' 'unsafe-inline'"),
  },
  {
    test: 'content-security-policy',
    result: 'csp-implemented-with-no-unsafe',
    modifier: 5,
    note: "'strict-dynamic' neutralises unsafe-inline and https:",
    headers: csp("default-src 'self'; script-src 'strict-dynamic' 'nonce-r4nd0m' 'unsafe-inline' https:"),
  },
  {
    test: 'content-security-policy',
    result: 'csp-implemented-with-no-unsafe',
    modifier: 5,
    note: "'strict-dynamic' makes http: in script-src a fallback for old browsers",
    headers: csp("default-src 'self'; script-src 'nonce-r4nd0m' 'strict-dynamic' http: https: 'unsafe-inline'"),
  },
  {
    test: 'content-security-policy',
    result: 'csp-implemented-with-no-unsafe',
    modifier: 5,
    note: 'two policies: the strict one wins',
    headers: csp("script-src 'unsafe-inline' https:", "default-src 'self'"),
  },
  {
    test: 'content-security-policy',
    result: 'csp-implemented-with-no-unsafe',
    modifier: 5,
    note: 'two policies in one header, comma-separated',
    headers: csp("script-src *, default-src 'self'"),
  },
  {
    test: 'content-security-policy',
    result: 'csp-implemented-with-no-unsafe',
    modifier: 5,
    note: 'a <meta> policy is enforced with the header',
    headers: csp("script-src 'self' 'unsafe-inline'"),
    body: html(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`),
  },
  {
    test: 'content-security-policy',
    result: 'csp-implemented-with-no-unsafe',
    modifier: 5,
    note: 'a <meta> policy alone',
    body: html(`<meta http-equiv="content-security-policy" content="default-src 'self'">`),
  },
  {
    test: 'content-security-policy',
    result: 'csp-implemented-with-unsafe-inline-in-style-src-only',
    modifier: 0,
    headers: csp("default-src 'self'; style-src 'self' 'unsafe-inline'"),
  },
  {
    test: 'content-security-policy',
    result: 'csp-implemented-with-insecure-scheme-in-passive-content-only',
    modifier: -10,
    headers: csp("default-src 'self'; img-src 'self' http://images.example"),
  },
  {
    test: 'content-security-policy',
    result: 'csp-implemented-with-unsafe-eval',
    modifier: -10,
    headers: csp("default-src 'self'; script-src 'self' 'unsafe-eval'"),
  },
  {
    test: 'content-security-policy',
    result: 'csp-implemented-with-insecure-scheme',
    modifier: -20,
    note: 'default-src http://example.com',
    headers: csp('default-src http://example.com'),
  },
  {
    test: 'content-security-policy',
    result: 'csp-implemented-with-insecure-scheme',
    modifier: -20,
    note: 'connect-src http:',
    headers: csp("default-src 'self'; connect-src 'self' http:"),
  },
  {
    test: 'content-security-policy',
    result: 'csp-implemented-with-unsafe-inline',
    modifier: -20,
    headers: csp("default-src 'self'; script-src 'self' 'unsafe-inline'"),
  },
  {
    test: 'content-security-policy',
    result: 'csp-implemented-with-unsafe-inline',
    modifier: -20,
    note: 'script-src data:',
    headers: csp("default-src 'self'; script-src 'self' data:"),
  },
  {
    test: 'content-security-policy',
    result: 'csp-implemented-with-unsafe-inline',
    modifier: -20,
    note: 'script-src https://*',
    headers: csp("default-src 'self'; script-src https://*"),
  },
  {
    test: 'content-security-policy',
    result: 'csp-implemented-with-unsafe-inline',
    modifier: -20,
    note: 'script-src https:',
    headers: csp("default-src 'self'; script-src https:"),
  },
  {
    test: 'content-security-policy',
    result: 'csp-implemented-with-unsafe-inline',
    modifier: -20,
    note: 'default-src *',
    headers: csp('default-src *'),
  },
  {
    test: 'content-security-policy',
    result: 'csp-implemented-with-unsafe-inline',
    modifier: -20,
    note: 'script-src-elem allows any host',
    headers: csp("default-src 'self'; script-src-elem *"),
  },
  {
    test: 'content-security-policy',
    result: 'csp-implemented-with-unsafe-inline',
    modifier: -20,
    note: 'object-src not restricted',
    headers: csp("script-src 'self'"),
  },
  {
    test: 'content-security-policy',
    result: 'csp-implemented-with-unsafe-inline',
    modifier: -20,
    note: 'every policy allows inline',
    headers: csp("default-src 'self' 'unsafe-inline'", "script-src 'unsafe-inline'; object-src 'none'"),
  },
  {
    test: 'content-security-policy',
    result: 'csp-header-invalid',
    modifier: -25,
    note: 'a repeated directive',
    headers: csp("default-src 'self'; script-src 'self'; script-src 'unsafe-inline'"),
  },
  {
    test: 'content-security-policy',
    result: 'csp-header-invalid',
    modifier: -25,
    note: 'a repeated directive in a <meta> policy',
    body: html(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; default-src *">`),
  },
  {
    test: 'content-security-policy',
    result: 'csp-header-invalid',
    modifier: -25,
    note: 'a misspelt keyword',
    headers: csp("default-src 'self' 'unsafe-inlin'"),
  },
  {
    test: 'content-security-policy',
    result: 'csp-header-invalid',
    modifier: -25,
    note: 'an unclosed quote',
    headers: csp("default-src 'self"),
  },
  {
    test: 'content-security-policy',
    result: 'csp-header-invalid',
    modifier: -25,
    note: 'a colon after the directive name',
    headers: csp("default-src: 'self'"),
  },
  {
    test: 'content-security-policy',
    result: 'csp-header-invalid',
    modifier: -25,
    note: 'an empty header',
    headers: csp(''),
  },
  {
    test: 'content-security-policy',
    result: 'csp-not-implemented-but-reporting-enabled',
    modifier: -25,
    headers: ['Content-Security-Policy-Report-Only', "default-src 'self'"],
  },
  { test: 'content-security-policy', result: 'csp-not-implemented', modifier: -25 },
  // the directives reported beside it
  {
    test: 'csp-object-src',
    result: 'csp-object-src-restricted',
    modifier: 0,
    headers: csp("default-src 'self'; object-src 'none'"),
  },
  {
    test: 'csp-object-src',
    result: 'csp-object-src-restricted',
    modifier: 0,
    note: "default-src 'none'",
    headers: csp("default-src 'none'"),
  },
  { test: 'csp-object-src', result: 'csp-object-src-missing', modifier: 0, headers: csp("default-src 'self'") },
  {
    test: 'csp-base-uri',
    result: 'csp-base-uri-restricted',
    modifier: 0,
    headers: csp("default-src 'self'; base-uri 'none'"),
  },
  { test: 'csp-base-uri', result: 'csp-base-uri-missing', modifier: 0, headers: csp("default-src 'none'") },
  {
    test: 'csp-form-action',
    result: 'csp-form-action-restricted',
    modifier: 0,
    headers: csp("default-src 'self'; form-action 'self'"),
  },
  { test: 'csp-form-action', result: 'csp-form-action-missing', modifier: 0, headers: csp("default-src 'self'") },
  {
    test: 'csp-frame-ancestors',
    result: 'csp-frame-ancestors-restricted',
    modifier: 0,
    headers: csp("default-src 'self'; frame-ancestors 'none'"),
  },
  {
    test: 'csp-frame-ancestors',
    result: 'csp-frame-ancestors-missing',
    modifier: 0,
    note: 'a <meta> policy cannot set it',
    body: html(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; frame-ancestors 'none'">`),
  },
  // strict-transport-security
  {
    test: 'strict-transport-security',
    result: 'hsts-implemented-max-age-at-least-six-months',
    modifier: 0,
    headers: hsts('max-age=15768000'),
  },
  {
    test: 'strict-transport-security',
    result: 'hsts-implemented-max-age-at-least-six-months',
    modifier: 0,
    note: 'quoted max-age, flags in any case',
    headers: hsts('max-age="63072000"; IncludeSubDomains; preload'),
  },
  {
    test: 'strict-transport-security',
    result: 'hsts-implemented-max-age-less-than-six-months',
    modifier: -10,
    headers: hsts('max-age=15552000'),
  },
  { test: 'strict-transport-security', result: 'hsts-not-implemented', modifier: -20 },
  {
    test: 'strict-transport-security',
    result: 'hsts-header-invalid',
    modifier: -20,
    note: 'sent twice',
    headers: hsts(YEAR, YEAR),
  },
  {
    test: 'strict-transport-security',
    result: 'hsts-header-invalid',
    modifier: -20,
    note: 'no max-age',
    headers: hsts('includeSubDomains'),
  },
  {
    test: 'strict-transport-security',
    result: 'hsts-header-invalid',
    modifier: -20,
    note: 'max-age not a number',
    headers: hsts('max-age=1y'),
  },
  {
    test: 'strict-transport-security',
    result: 'hsts-header-invalid',
    modifier: -20,
    note: 'a repeated directive',
    headers: hsts(`${YEAR}; max-age=0`),
  },
  {
    test: 'strict-transport-security',
    result: 'hsts-header-invalid',
    modifier: -20,
    note: 'comma instead of semicolon',
    headers: hsts(`${YEAR}, includeSubDomains`),
  },
  {
    test: 'strict-transport-security',
    result: 'hsts-not-implemented-no-https',
    modifier: -20,
    overHttp: true,
    headers: hsts(YEAR),
  },
  // x-content-type-options
  {
    test: 'x-content-type-options',
    result: 'x-content-type-options-nosniff',
    modifier: 0,
    headers: ['X-Content-Type-Options', 'nosniff'],
  },
  { test: 'x-content-type-options', result: 'x-content-type-options-not-implemented', modifier: -5 },
  {
    test: 'x-content-type-options',
    result: 'x-content-type-options-header-invalid',
    modifier: -5,
    note: 'sent twice',
    headers: ['X-Content-Type-Options', 'nosniff', 'X-Content-Type-Options', 'nosniff'],
  },
  {
    test: 'x-content-type-options',
    result: 'x-content-type-options-header-invalid',
    modifier: -5,
    headers: ['X-Content-Type-Options', 'sniff'],
  },
  // x-frame-options
  {
    test: 'x-frame-options',
    result: 'x-frame-options-implemented-via-csp',
    modifier: 5,
    headers: [...csp("default-src 'self'; frame-ancestors 'self'"), 'X-Frame-Options', 'ALLOWALL'],
  },
  {
    test: 'x-frame-options',
    result: 'x-frame-options-sameorigin-or-deny',
    modifier: 0,
    headers: ['X-Frame-Options', 'SAMEORIGIN'],
  },
  {
    test: 'x-frame-options',
    result: 'x-frame-options-sameorigin-or-deny',
    modifier: 0,
    note: 'the same value twice',
    headers: ['X-Frame-Options', 'deny', 'X-Frame-Options', 'DENY'],
  },
  {
    test: 'x-frame-options',
    result: 'x-frame-options-allow-from-origin',
    modifier: 0,
    headers: ['X-Frame-Options', 'ALLOW-FROM https://partner.example'],
  },
  { test: 'x-frame-options', result: 'x-frame-options-not-implemented', modifier: -20 },
  {
    test: 'x-frame-options',
    result: 'x-frame-options-not-implemented',
    modifier: -20,
    note: 'frame-ancestors in <meta> does not count',
    body: html(`<meta http-equiv="Content-Security-Policy" content="frame-ancestors 'none'; default-src 'self'">`),
  },
  {
    test: 'x-frame-options',
    result: 'x-frame-options-header-invalid',
    modifier: -20,
    note: 'copies disagree',
    headers: ['X-Frame-Options', 'DENY', 'X-Frame-Options', 'SAMEORIGIN'],
  },
  {
    test: 'x-frame-options',
    result: 'x-frame-options-header-invalid',
    modifier: -20,
    headers: ['X-Frame-Options', 'ALLOWALL'],
  },
  // referrer-policy
  {
    test: 'referrer-policy',
    result: 'referrer-policy-private',
    modifier: 5,
    headers: ['Referrer-Policy', 'no-referrer, strict-origin-when-cross-origin'],
  },
  {
    test: 'referrer-policy',
    result: 'referrer-policy-private',
    modifier: 5,
    note: 'an unknown token after a valid one',
    headers: ['Referrer-Policy', 'same-origin, future-policy'],
  },
  {
    test: 'referrer-policy',
    result: 'referrer-policy-private',
    modifier: 5,
    note: '<meta name="referrer"> without a header',
    body: html('<meta name="referrer" content="strict-origin">'),
  },
  {
    test: 'referrer-policy',
    result: 'referrer-policy-no-referrer-when-downgrade',
    modifier: 0,
    headers: ['Referrer-Policy', 'no-referrer-when-downgrade'],
  },
  { test: 'referrer-policy', result: 'referrer-policy-not-implemented', modifier: 0 },
  {
    test: 'referrer-policy',
    result: 'referrer-policy-unsafe',
    modifier: -5,
    headers: ['Referrer-Policy', 'unsafe-url'],
  },
  {
    test: 'referrer-policy',
    result: 'referrer-policy-unsafe',
    modifier: -5,
    note: 'the last valid token wins',
    headers: ['Referrer-Policy', 'no-referrer', 'Referrer-Policy', 'origin-when-cross-origin'],
  },
  {
    test: 'referrer-policy',
    result: 'referrer-policy-header-invalid',
    modifier: -5,
    headers: ['Referrer-Policy', 'nobody'],
  },
  // cross-origin-resource-policy, -opener-policy, -embedder-policy
  {
    test: 'cross-origin-resource-policy',
    result: 'cross-origin-resource-policy-implemented-with-same-origin',
    modifier: 10,
    headers: ['Cross-Origin-Resource-Policy', 'same-origin'],
  },
  {
    test: 'cross-origin-resource-policy',
    result: 'cross-origin-resource-policy-implemented-with-same-site',
    modifier: 10,
    headers: ['Cross-Origin-Resource-Policy', 'same-site'],
  },
  {
    test: 'cross-origin-resource-policy',
    result: 'cross-origin-resource-policy-implemented-with-cross-origin',
    modifier: 0,
    headers: ['Cross-Origin-Resource-Policy', 'cross-origin'],
  },
  { test: 'cross-origin-resource-policy', result: 'cross-origin-resource-policy-not-implemented', modifier: 0 },
  {
    test: 'cross-origin-resource-policy',
    result: 'cross-origin-resource-policy-header-invalid',
    modifier: -5,
    headers: ['Cross-Origin-Resource-Policy', 'same-origin', 'Cross-Origin-Resource-Policy', 'cross-origin'],
  },
  {
    test: 'cross-origin-opener-policy',
    result: 'cross-origin-opener-policy-implemented-with-same-origin',
    modifier: 0,
    headers: ['Cross-Origin-Opener-Policy', 'same-origin; report-to="coop"'],
  },
  {
    test: 'cross-origin-opener-policy',
    result: 'cross-origin-opener-policy-implemented-with-same-origin-allow-popups',
    modifier: 0,
    headers: ['Cross-Origin-Opener-Policy', 'same-origin-allow-popups'],
  },
  {
    test: 'cross-origin-opener-policy',
    result: 'cross-origin-opener-policy-implemented-with-noopener-allow-popups',
    modifier: 0,
    headers: ['Cross-Origin-Opener-Policy', 'noopener-allow-popups'],
  },
  {
    test: 'cross-origin-opener-policy',
    result: 'cross-origin-opener-policy-implemented-with-unsafe-none',
    modifier: 0,
    headers: ['Cross-Origin-Opener-Policy', 'unsafe-none'],
  },
  { test: 'cross-origin-opener-policy', result: 'cross-origin-opener-policy-not-implemented', modifier: 0 },
  {
    test: 'cross-origin-opener-policy',
    result: 'cross-origin-opener-policy-header-invalid',
    modifier: 0,
    headers: ['Cross-Origin-Opener-Policy', 'same'],
  },
  {
    test: 'cross-origin-embedder-policy',
    result: 'cross-origin-embedder-policy-implemented-with-require-corp',
    modifier: 0,
    headers: ['Cross-Origin-Embedder-Policy', 'require-corp'],
  },
  {
    test: 'cross-origin-embedder-policy',
    result: 'cross-origin-embedder-policy-implemented-with-credentialless',
    modifier: 0,
    headers: ['Cross-Origin-Embedder-Policy', 'credentialless'],
  },
  {
    test: 'cross-origin-embedder-policy',
    result: 'cross-origin-embedder-policy-implemented-with-unsafe-none',
    modifier: 0,
    headers: ['Cross-Origin-Embedder-Policy', 'unsafe-none'],
  },
  { test: 'cross-origin-embedder-policy', result: 'cross-origin-embedder-policy-not-implemented', modifier: 0 },
  {
    test: 'cross-origin-embedder-policy',
    result: 'cross-origin-embedder-policy-header-invalid',
    modifier: 0,
    headers: ['Cross-Origin-Embedder-Policy', 'require-everything'],
  },
  // cookies
  { test: 'cookies', result: 'cookies-not-found', modifier: 0 },
  {
    test: 'cookies',
    result: 'cookies-secure-with-httponly-sessions-and-samesite',
    modifier: 5,
    headers: cookie('sessionid=1; Secure; HttpOnly; SameSite=Lax', 'theme=dark; Secure; SameSite=Strict'),
  },
  {
    test: 'cookies',
    result: 'cookies-secure-with-httponly-sessions',
    modifier: 0,
    headers: cookie('sessionid=1; Secure; HttpOnly', 'theme=dark; Secure'),
  },
  {
    test: 'cookies',
    result: 'cookies-without-secure-flag-but-protected-by-hsts',
    modifier: -5,
    headers: [...cookie('theme=dark'), ...hsts(YEAR)],
  },
  {
    test: 'cookies',
    result: 'cookies-session-without-secure-flag-but-protected-by-hsts',
    modifier: -10,
    headers: [...cookie('sessionid=1; HttpOnly'), ...hsts(YEAR)],
  },
  {
    test: 'cookies',
    result: 'cookies-without-secure-flag',
    modifier: -20,
    headers: cookie('theme=dark; SameSite=Lax'),
  },
  {
    test: 'cookies',
    result: 'cookies-samesite-flag-invalid',
    modifier: -20,
    headers: cookie('theme=dark; Secure; SameSite=Sometimes'),
  },
  {
    test: 'cookies',
    result: 'cookies-anticsrf-without-samesite-flag',
    modifier: -20,
    headers: cookie('csrftoken=x; Secure'),
  },
  {
    test: 'cookies',
    result: 'cookies-session-without-httponly-flag',
    modifier: -30,
    headers: cookie('PHPSESSID=1; Secure; SameSite=Lax'),
  },
  {
    test: 'cookies',
    result: 'cookies-session-without-secure-flag',
    modifier: -40,
    headers: cookie('sessionid=1; HttpOnly'),
  },
  {
    test: 'cookies',
    result: 'cookies-session-without-secure-flag',
    modifier: -40,
    note: 'Secure, but set over http',
    overHttp: true,
    headers: cookie('login=1; Secure; HttpOnly; SameSite=Lax'),
  },
  // cross-origin-resource-sharing
  { test: 'cross-origin-resource-sharing', result: 'cross-origin-resource-sharing-not-implemented', modifier: 0 },
  {
    test: 'cross-origin-resource-sharing',
    result: 'cross-origin-resource-sharing-implemented-with-public-access',
    modifier: 0,
    headers: ['Access-Control-Allow-Origin', '*'],
  },
  {
    test: 'cross-origin-resource-sharing',
    result: 'cross-origin-resource-sharing-implemented-with-public-access',
    modifier: 0,
    note: 'origin echoed without credentials',
    reflectOrigin: 'without-credentials',
  },
  {
    test: 'cross-origin-resource-sharing',
    result: 'cross-origin-resource-sharing-implemented-with-restricted-access',
    modifier: 0,
    headers: ['Access-Control-Allow-Origin', 'https://app.example', 'Access-Control-Allow-Credentials', 'true'],
  },
  {
    test: 'cross-origin-resource-sharing',
    result: 'cross-origin-resource-sharing-implemented-with-universal-access',
    modifier: -50,
    note: 'any origin echoed with credentials',
    reflectOrigin: 'with-credentials',
  },
  // redirection
  { test: 'redirection', result: 'redirection-to-https', modifier: 0 },
  { test: 'redirection', result: 'redirection-not-needed-no-http', modifier: 0, plain: 'closed' },
  { test: 'redirection', result: 'redirection-off-host-from-http', modifier: -5, plain: 'off-host' },
  {
    test: 'redirection',
    result: 'redirection-not-to-https-on-initial-redirection',
    modifier: -10,
    plain: 'http-first',
  },
  { test: 'redirection', result: 'redirection-missing', modifier: -20, plain: 'page' },
  {
    test: 'redirection',
    result: 'redirection-missing',
    modifier: -20,
    note: 'an http page that does not redirect',
    overHttp: true,
  },
  { test: 'redirection', result: 'redirection-not-to-https', modifier: -20, plain: 'http-final' },
  { test: 'redirection', result: 'redirection-invalid-cert', modifier: -20, plain: 'bad-cert' },
  // subresource-integrity
  {
    test: 'subresource-integrity',
    result: 'sri-implemented-and-all-scripts-loaded-securely',
    modifier: 5,
    body: html('<script src="/app.js" integrity="sha384-abc"></script>'),
  },
  {
    test: 'subresource-integrity',
    result: 'sri-implemented-and-external-scripts-loaded-securely',
    modifier: 5,
    body: html(
      '<script src="https://cdn.example/lib.js" integrity="sha384-abc" crossorigin></script><script src="/app.js"></script>',
    ),
  },
  {
    test: 'subresource-integrity',
    result: 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin',
    modifier: 0,
    body: html('<script src="app.js"></script>'),
  },
  {
    test: 'subresource-integrity',
    result: 'sri-not-implemented-but-no-scripts-loaded',
    modifier: 0,
    body: html('<script>var inline = 1;</script>', '<!-- <script src="http://cdn.example/old.js"></script> -->'),
  },
  {
    test: 'subresource-integrity',
    result: 'sri-not-implemented-response-not-html',
    modifier: 0,
    contentType: 'application/json',
    body: '{"script":"<script src=http://cdn.example/x.js></script>"}',
  },
  {
    test: 'subresource-integrity',
    result: 'sri-not-implemented-but-external-scripts-loaded-securely',
    modifier: -5,
    body: html('<script src="//cdn.example/lib.js"></script>'),
  },
  {
    test: 'subresource-integrity',
    result: 'sri-implemented-but-external-scripts-not-loaded-securely',
    modifier: -20,
    body: html('<script src="http://cdn.example/lib.js" integrity="sha384-abc"></script>'),
  },
  {
    test: 'subresource-integrity',
    result: 'sri-not-implemented-and-external-scripts-not-loaded-securely',
    modifier: -50,
    body: html('<SCRIPT SRC="http://cdn.example/lib.js"></SCRIPT>'),
  },
];

let pki: TestPki;
let caFile: string;
let secure: TestServer;
let plain: TestServer;
let untrusted: TestServer;
let noHttpPort: number;

const caseOf = (request: IncomingMessage) => {
  const match = /^\/(case|hop|final)\/(\d+)$/.exec(new URL(request.url ?? '/', 'http://x').pathname);
  return match ? { step: match[1] as string, row: ROWS[Number(match[2])] as Row, index: Number(match[2]) } : undefined;
};

function servePage(row: Row, request: IncomingMessage, response: ServerResponse): void {
  const headers = [...(row.headers ?? []), 'Content-Type', row.contentType ?? 'text/html; charset=utf-8'];
  if (row.reflectOrigin && request.headers.origin) {
    headers.push('Access-Control-Allow-Origin', request.headers.origin);
    if (row.reflectOrigin === 'with-credentials') headers.push('Access-Control-Allow-Credentials', 'true');
  }
  response.writeHead(200, headers).end(row.body ?? html('<title>page</title>'));
}

beforeAll(async () => {
  pki = createTestPki();
  caFile = join(pki.dir, 'test-ca.pem');
  writeFileSync(caFile, pki.root.cert);
  const names = ['localhost', '127.0.0.1'];
  secure = await startHttpsServer(
    (request, response) => {
      const found = caseOf(request);
      if (found) servePage(found.row, request, response);
      else response.writeHead(404).end();
    },
    pki.root.issue({ names, days: 30 }),
  );
  untrusted = await startHttpsServer(
    (_request, response) => response.writeHead(200).end('ok'),
    pki.selfSigned({ names, days: 30 }),
  );
  noHttpPort = await closedPort();
  plain = await startHttpServer((request, response) => {
    const found = caseOf(request);
    if (!found) return void response.writeHead(404).end();
    const { step, row, index } = found;
    const redirect = (location: string) => response.writeHead(301, { location }).end();
    if (row.overHttp || step === 'final') return servePage(row, request, response);
    if (step === 'hop') return redirect(`${secure.origin}/case/${index}`);
    switch (row.plain ?? 'to-https') {
      case 'page':
        return servePage(row, request, response);
      case 'off-host':
        return redirect(`https://localhost:${secure.port}/case/${index}`);
      case 'http-first':
        return redirect(`${plain.origin}/hop/${index}`);
      case 'http-final':
        return redirect(`${plain.origin}/final/${index}`);
      case 'bad-cert':
        return redirect(`${untrusted.origin}/case/${index}`);
      default:
        return redirect(`${secure.origin}/case/${index}`);
    }
  });
});
afterAll(async () => {
  await Promise.all([secure, plain, untrusted].map((server) => server?.close()));
  pki.cleanup();
});

describe('headers probe: one row per grading rule, served by real HTTP and HTTPS servers', () => {
  it.each(ROWS.map((row, index) => ({ ...row, index, note: row.note ?? '' })))('$test → $result $note', async (row) => {
    const base = row.overHttp ? plain.origin : secure.origin;
    const httpPort = row.plain === 'closed' ? noHttpPort : plain.port;
    const result = await probeOnce(
      'headers',
      `${base}/case/${row.index}`,
      { httpPort },
      { settings: { caFile }, lookup: LOCALHOST },
    );
    expect(result.outcome).not.toBe('inconclusive');
    const tests = result.evidence.tests as Record<string, { result: string; modifier: number }>;
    expect(tests[row.test]).toMatchObject({ result: row.result, modifier: row.modifier });
  });

  it('has a row for every result the scoring table knows', async () => {
    const { RESULT_RULES } = await import('../../src/probes/observatory/scoring-table.ts');
    const covered = new Set(ROWS.map((row) => row.result));
    expect(Object.keys(RESULT_RULES).filter((name) => !covered.has(name as ResultName))).toEqual([]);
  });
});

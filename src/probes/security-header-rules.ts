import type { SecurityHeader } from '../domain/probe-spec.ts';
import { cookiesTest, type SetCookie } from './observatory/cookies-test.ts';
import { corsTest } from './observatory/cors-test.ts';
import { cspTest } from './observatory/csp-test.ts';
import {
  contentTypeOptionsTest,
  embedderPolicyTest,
  frameOptionsTest,
  openerPolicyTest,
  referrerPolicyTest,
  resourcePolicyTest,
} from './observatory/header-value-tests.ts';
import { type HstsDirectives, hstsProtects, hstsTest } from './observatory/hsts-test.ts';
import { isHtml, type PageHtml, readPageHtml } from './observatory/page-html.ts';
import { type RedirectionObservation, redirectionTest } from './observatory/redirection-test.ts';
import { type GradedTest, gradedTest, type Score, scoreTests } from './observatory/scoring-table.ts';
import { sriTest } from './observatory/sri-test.ts';
import { type HttpHeaders, headerValues } from './probe-http.ts';

/**
 * Grades a page the way MDN's HTTP Observatory does: every test gives one named result with its modifier, and the
 * score and letter grade follow from the modifiers (see observatory/scoring-table.ts and docs/probes.md). Pure:
 * the probe fetches, this reads.
 */

export type GradingInput = {
  /** The page the target finally answered with. */
  page: { url: string; headers: HttpHeaders; body: Buffer };
  /** Every cookie set along the way to the page. */
  cookies: readonly SetCookie[];
  redirection: RedirectionObservation;
  /** The foreign Origin the page request carried. */
  corsOrigin: string;
};

export type Grading = {
  tests: Record<SecurityHeader, GradedTest>;
  score: Score;
  /** The enforced CSP policies read, as served, with where each came from. */
  cspPolicies: { source: string; policy: string }[];
  /** The HSTS directives, when the header is valid and the page is on https (for the operator's own minimums). */
  hsts?: HstsDirectives;
};

export function gradeSecurityHeaders(input: GradingInput): Grading {
  const { headers } = input.page;
  const url = new URL(input.page.url);
  const html: PageHtml | undefined = isHtml(headerValues(headers, 'content-type')[0])
    ? readPageHtml(input.page.body.toString('utf8'))
    : undefined;
  const csp = cspTest({
    headers: headerValues(headers, 'content-security-policy'),
    reportOnly: headerValues(headers, 'content-security-policy-report-only'),
    meta: html?.cspMeta ?? [],
  });
  const hsts = hstsTest(headerValues(headers, 'strict-transport-security'), url.protocol === 'https:');
  const headerPolicies = csp.policies.filter((policy) => policy.source === 'header');
  const findings = {
    'content-security-policy': csp.finding,
    'x-content-type-options': contentTypeOptionsTest(headerValues(headers, 'x-content-type-options')),
    'x-frame-options': frameOptionsTest(headerValues(headers, 'x-frame-options'), headerPolicies),
    'strict-transport-security': hsts,
    'referrer-policy': referrerPolicyTest(headerValues(headers, 'referrer-policy'), html?.referrerMeta ?? []),
    cookies: cookiesTest(input.cookies, hstsProtects(hsts)),
    redirection: redirectionTest(input.redirection),
    'cross-origin-resource-sharing': corsTest(
      headerValues(headers, 'access-control-allow-origin'),
      headerValues(headers, 'access-control-allow-credentials'),
      input.corsOrigin,
    ),
    'subresource-integrity': sriTest(html?.scripts ?? 'not-html', url),
    'cross-origin-resource-policy': resourcePolicyTest(headerValues(headers, 'cross-origin-resource-policy')),
    'cross-origin-opener-policy': openerPolicyTest(headerValues(headers, 'cross-origin-opener-policy')),
    'cross-origin-embedder-policy': embedderPolicyTest(headerValues(headers, 'cross-origin-embedder-policy')),
    ...csp.directives,
  } satisfies Record<SecurityHeader, unknown>;
  const tests = Object.fromEntries(
    Object.entries(findings).map(([test, finding]) => [
      test,
      gradedTest(test as SecurityHeader, { result: finding.result, detail: finding.detail }),
    ]),
  ) as Record<SecurityHeader, GradedTest>;
  return {
    tests,
    score: scoreTests(Object.values(tests)),
    cspPolicies: csp.policies.map((policy) => ({ source: policy.source, policy: policy.text })),
    ...(hsts.directives ? { hsts: hsts.directives } : {}),
  };
}

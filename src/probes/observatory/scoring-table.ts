import { SECURITY_GRADES, type SecurityGrade, type SecurityHeader } from '../../domain/probe-spec.ts';

/**
 * Every result a test can give, with the score modifier MDN's HTTP Observatory documents for it ("Tests and
 * scoring"). The names are the Observatory's, so an operator can look a result up on the website and compare.
 * `pass` is our reading of the result for the test's own condition: a result the documentation rewards or leaves
 * at zero because nothing is missing. Results marked `scored: false` are ours (the Observatory has no such test);
 * they are shown and can be required, but never change the score. The wording of each line is ours.
 */
export type ResultRule = {
  test: SecurityHeader;
  modifier: number;
  pass: boolean;
  /** What the result means, in a few words. */
  meaning: string;
  scored?: false;
};

const rules = {
  // Content Security Policy
  'csp-implemented-with-no-unsafe-default-src-none': rule(
    'content-security-policy',
    10,
    true,
    "default-src 'none', no unsafe sources",
  ),
  'csp-implemented-with-no-unsafe': rule('content-security-policy', 5, true, 'no unsafe sources'),
  'csp-implemented-with-unsafe-inline-in-style-src-only': rule(
    'content-security-policy',
    0,
    true,
    'unsafe sources in style-src only',
  ),
  'csp-implemented-with-insecure-scheme-in-passive-content-only': rule(
    'content-security-policy',
    -10,
    false,
    'images or media allowed over http',
  ),
  'csp-implemented-with-unsafe-eval': rule('content-security-policy', -10, false, "allows 'unsafe-eval'"),
  'csp-implemented-with-insecure-scheme': rule('content-security-policy', -20, false, 'allows resources over http'),
  'csp-implemented-with-unsafe-inline': rule(
    'content-security-policy',
    -20,
    false,
    'scripts or plugins not restricted',
  ),
  'csp-header-invalid': rule('content-security-policy', -25, false, 'policy cannot be parsed'),
  'csp-not-implemented-but-reporting-enabled': rule('content-security-policy', -25, false, 'report-only, not enforced'),
  'csp-not-implemented': rule('content-security-policy', -25, false, 'no policy'),
  // Cookies
  'cookies-secure-with-httponly-sessions-and-samesite': rule('cookies', 5, true, 'Secure, HttpOnly sessions, SameSite'),
  'cookies-not-found': rule('cookies', 0, true, 'no cookies'),
  'cookies-secure-with-httponly-sessions': rule('cookies', 0, true, 'Secure, HttpOnly sessions'),
  'cookies-without-secure-flag-but-protected-by-hsts': rule('cookies', -5, false, 'not Secure, HSTS protects'),
  'cookies-session-without-secure-flag-but-protected-by-hsts': rule(
    'cookies',
    -10,
    false,
    'session not Secure, HSTS protects',
  ),
  'cookies-without-secure-flag': rule('cookies', -20, false, 'not Secure or set over http'),
  'cookies-samesite-flag-invalid': rule('cookies', -20, false, 'SameSite value not recognised'),
  'cookies-anticsrf-without-samesite-flag': rule('cookies', -20, false, 'anti-CSRF cookie without SameSite'),
  'cookies-session-without-httponly-flag': rule('cookies', -30, false, 'session cookie not HttpOnly'),
  'cookies-session-without-secure-flag': rule('cookies', -40, false, 'session cookie not Secure or set over http'),
  // Cross-origin resource sharing
  'cross-origin-resource-sharing-not-implemented': rule('cross-origin-resource-sharing', 0, true, 'no CORS access'),
  'cross-origin-resource-sharing-implemented-with-public-access': rule(
    'cross-origin-resource-sharing',
    0,
    true,
    'public, without credentials',
  ),
  'cross-origin-resource-sharing-implemented-with-restricted-access': rule(
    'cross-origin-resource-sharing',
    0,
    true,
    'restricted to named origins',
  ),
  'cross-origin-resource-sharing-implemented-with-universal-access': rule(
    'cross-origin-resource-sharing',
    -50,
    false,
    'any origin, with credentials',
  ),
  // Redirection
  'redirection-to-https': rule('redirection', 0, true, 'http redirects to https on the same host'),
  'redirection-not-needed-no-http': rule('redirection', 0, true, 'no http listener'),
  'redirection-off-host-from-http': rule('redirection', -5, false, 'first redirect goes to another host'),
  'redirection-not-to-https-on-initial-redirection': rule('redirection', -10, false, 'first redirect stays on http'),
  'redirection-missing': rule('redirection', -20, false, 'http does not redirect'),
  'redirection-not-to-https': rule('redirection', -20, false, 'redirects end on http'),
  'redirection-invalid-cert': rule('redirection', -20, false, 'invalid certificate on the way'),
  // Referrer policy
  'referrer-policy-private': rule('referrer-policy', 5, true, 'no referrer leaves the origin in full'),
  'referrer-policy-no-referrer-when-downgrade': rule('referrer-policy', 0, false, 'full URL to other https sites'),
  'referrer-policy-not-implemented': rule('referrer-policy', 0, false, 'no policy'),
  'referrer-policy-unsafe': rule('referrer-policy', -5, false, 'full URL or origin leaks'),
  'referrer-policy-header-invalid': rule('referrer-policy', -5, false, 'no recognised policy'),
  // Strict transport security
  'hsts-implemented-max-age-at-least-six-months': rule(
    'strict-transport-security',
    0,
    true,
    'max-age of six months or more',
  ),
  'hsts-implemented-max-age-less-than-six-months': rule(
    'strict-transport-security',
    -10,
    false,
    'max-age under six months',
  ),
  'hsts-not-implemented': rule('strict-transport-security', -20, false, 'no header'),
  'hsts-header-invalid': rule('strict-transport-security', -20, false, 'header cannot be recognised'),
  'hsts-not-implemented-no-https': rule('strict-transport-security', -20, false, 'page not served over https'),
  // Subresource integrity
  'sri-implemented-and-all-scripts-loaded-securely': rule(
    'subresource-integrity',
    5,
    true,
    'integrity on every script, all same origin',
  ),
  'sri-implemented-and-external-scripts-loaded-securely': rule(
    'subresource-integrity',
    5,
    true,
    'integrity on external https scripts',
  ),
  'sri-not-implemented-but-all-scripts-loaded-from-secure-origin': rule(
    'subresource-integrity',
    0,
    true,
    'scripts only from this origin',
  ),
  'sri-not-implemented-but-no-scripts-loaded': rule('subresource-integrity', 0, true, 'no script sources'),
  'sri-not-implemented-response-not-html': rule('subresource-integrity', 0, true, 'not an HTML page'),
  'sri-not-implemented-but-external-scripts-loaded-securely': rule(
    'subresource-integrity',
    -5,
    false,
    'external https scripts without integrity',
  ),
  'sri-implemented-but-external-scripts-not-loaded-securely': rule(
    'subresource-integrity',
    -20,
    false,
    'external scripts over http',
  ),
  'sri-not-implemented-and-external-scripts-not-loaded-securely': rule(
    'subresource-integrity',
    -50,
    false,
    'external http scripts without integrity',
  ),
  // X-Content-Type-Options
  'x-content-type-options-nosniff': rule('x-content-type-options', 0, true, 'nosniff'),
  'x-content-type-options-not-implemented': rule('x-content-type-options', -5, false, 'no header'),
  'x-content-type-options-header-invalid': rule('x-content-type-options', -5, false, 'not exactly nosniff'),
  // X-Frame-Options
  'x-frame-options-implemented-via-csp': rule('x-frame-options', 5, true, 'CSP frame-ancestors'),
  'x-frame-options-sameorigin-or-deny': rule('x-frame-options', 0, true, 'DENY or SAMEORIGIN'),
  'x-frame-options-allow-from-origin': rule('x-frame-options', 0, false, 'ALLOW-FROM, ignored by browsers'),
  'x-frame-options-not-implemented': rule('x-frame-options', -20, false, 'no header'),
  'x-frame-options-header-invalid': rule('x-frame-options', -20, false, 'header cannot be recognised'),
  // Cross-Origin-Resource-Policy
  'cross-origin-resource-policy-implemented-with-same-origin': rule(
    'cross-origin-resource-policy',
    10,
    true,
    'same-origin',
  ),
  'cross-origin-resource-policy-implemented-with-same-site': rule(
    'cross-origin-resource-policy',
    10,
    true,
    'same-site',
  ),
  'cross-origin-resource-policy-implemented-with-cross-origin': rule(
    'cross-origin-resource-policy',
    0,
    true,
    'cross-origin, chosen explicitly',
  ),
  'cross-origin-resource-policy-not-implemented': rule('cross-origin-resource-policy', 0, false, 'no header'),
  'cross-origin-resource-policy-header-invalid': rule(
    'cross-origin-resource-policy',
    -5,
    false,
    'header cannot be recognised',
  ),
  // Ours, not scored: the Observatory has no test for these.
  'cross-origin-opener-policy-implemented-with-same-origin': ours('cross-origin-opener-policy', true, 'same-origin'),
  'cross-origin-opener-policy-implemented-with-same-origin-allow-popups': ours(
    'cross-origin-opener-policy',
    true,
    'same-origin-allow-popups',
  ),
  'cross-origin-opener-policy-implemented-with-noopener-allow-popups': ours(
    'cross-origin-opener-policy',
    true,
    'noopener-allow-popups',
  ),
  'cross-origin-opener-policy-implemented-with-unsafe-none': ours('cross-origin-opener-policy', false, 'unsafe-none'),
  'cross-origin-opener-policy-not-implemented': ours('cross-origin-opener-policy', false, 'no header'),
  'cross-origin-opener-policy-header-invalid': ours('cross-origin-opener-policy', false, 'header cannot be recognised'),
  'cross-origin-embedder-policy-implemented-with-require-corp': ours(
    'cross-origin-embedder-policy',
    true,
    'require-corp',
  ),
  'cross-origin-embedder-policy-implemented-with-credentialless': ours(
    'cross-origin-embedder-policy',
    true,
    'credentialless',
  ),
  'cross-origin-embedder-policy-implemented-with-unsafe-none': ours(
    'cross-origin-embedder-policy',
    false,
    'unsafe-none',
  ),
  'cross-origin-embedder-policy-not-implemented': ours('cross-origin-embedder-policy', false, 'no header'),
  'cross-origin-embedder-policy-header-invalid': ours(
    'cross-origin-embedder-policy',
    false,
    'header cannot be recognised',
  ),
  'csp-object-src-restricted': ours('csp-object-src', true, "object-src set, or default-src 'none'"),
  'csp-object-src-missing': ours('csp-object-src', false, "no object-src and no default-src 'none'"),
  'csp-base-uri-restricted': ours('csp-base-uri', true, 'base-uri set'),
  'csp-base-uri-missing': ours('csp-base-uri', false, 'no base-uri'),
  'csp-form-action-restricted': ours('csp-form-action', true, 'form-action set'),
  'csp-form-action-missing': ours('csp-form-action', false, 'no form-action'),
  'csp-frame-ancestors-restricted': ours('csp-frame-ancestors', true, 'frame-ancestors set in a header'),
  'csp-frame-ancestors-missing': ours('csp-frame-ancestors', false, 'no frame-ancestors in a header'),
} satisfies Record<string, ResultRule>;

export type ResultName = keyof typeof rules;
export const RESULT_RULES: Readonly<Record<ResultName, ResultRule>> = rules;

function rule(test: SecurityHeader, modifier: number, pass: boolean, meaning: string): ResultRule {
  return { test, modifier, pass, meaning };
}

function ours(test: SecurityHeader, pass: boolean, meaning: string): ResultRule {
  return { test, modifier: 0, pass, meaning, scored: false };
}

/** What one test found: its result and the words that show why. */
export type TestFinding = { result: ResultName; detail: string };

export type GradedTest = TestFinding & { test: SecurityHeader; modifier: number; pass: boolean; scored: boolean };

const MAX_DETAIL = 300;

export function gradedTest(test: SecurityHeader, finding: TestFinding): GradedTest {
  const found = RESULT_RULES[finding.result];
  if (found.test !== test) throw new Error(`${finding.result} is a result of ${found.test}, not ${test}`);
  // Details quote what the page sent (policies, cookie names, script URLs); a condition line must stay readable.
  const detail = finding.detail.length > MAX_DETAIL ? `${finding.detail.slice(0, MAX_DETAIL - 1)}…` : finding.detail;
  return {
    test,
    result: finding.result,
    detail,
    modifier: found.modifier,
    pass: found.pass,
    scored: found.scored !== false,
  };
}

export type Score = {
  score: number;
  grade: SecurityGrade;
  penalties: number;
  bonuses: number;
  /** Bonuses count only when the score after penalties is 90 (A) or more. */
  bonusesApplied: boolean;
};

export const BASELINE_SCORE = 100;
const BONUS_THRESHOLD = 90;

/** Start at 100, take the penalties, add the bonuses only if the result is still an A; never below 0. */
export function scoreTests(tests: readonly GradedTest[]): Score {
  const scored = tests.filter((test) => test.scored);
  const penalties = scored.reduce((sum, test) => sum + Math.min(test.modifier, 0), 0);
  const bonuses = scored.reduce((sum, test) => sum + Math.max(test.modifier, 0), 0);
  const afterPenalties = BASELINE_SCORE + penalties;
  const bonusesApplied = afterPenalties >= BONUS_THRESHOLD;
  const score = Math.max(0, afterPenalties + (bonusesApplied ? bonuses : 0));
  return { score, grade: gradeFor(score), penalties, bonuses, bonusesApplied };
}

/** The Observatory's grading chart: the lowest score of each grade, best first. */
const GRADE_FLOORS: readonly [number, SecurityGrade][] = [
  [100, 'A+'],
  [90, 'A'],
  [85, 'A-'],
  [80, 'B+'],
  [70, 'B'],
  [65, 'B-'],
  [60, 'C+'],
  [50, 'C'],
  [45, 'C-'],
  [40, 'D+'],
  [30, 'D'],
  [25, 'D-'],
  [0, 'F'],
];

export function gradeFor(score: number): SecurityGrade {
  return GRADE_FLOORS.find(([floor]) => score >= floor)?.[1] ?? 'F';
}

/** `B+` is at least `B`; `B-` is not. */
export function gradeAtLeast(grade: SecurityGrade, minimum: SecurityGrade): boolean {
  return SECURITY_GRADES.indexOf(grade) <= SECURITY_GRADES.indexOf(minimum);
}

/** `+5`, `0`, `-20`. */
export function signed(modifier: number): string {
  return modifier > 0 ? `+${modifier}` : String(modifier);
}

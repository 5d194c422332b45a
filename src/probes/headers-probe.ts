import { setTimeout as delay } from 'node:timers/promises';
import type { SecurityHeader } from '../domain/probe-spec.ts';
import { check } from './conditions.ts';
import { defineProbe } from './define-probe.ts';
import { parseSetCookie, type SetCookie } from './observatory/cookies-test.ts';
import type { HstsDirectives } from './observatory/hsts-test.ts';
import type { RedirectionObservation } from './observatory/redirection-test.ts';
import { type GradedTest, gradeAtLeast, RESULT_RULES, signed } from './observatory/scoring-table.ts';
import { errorCode, errorMessage } from './probe-errors.ts';
import { headerValues, isRedirect, type ProbeHttp, type RedirectChain, withProbeHttp } from './probe-http.ts';
import { httpTarget } from './probe-target.ts';
import { gradeSecurityHeaders } from './security-header-rules.ts';
import { TargetRefusedError } from './target-guard.ts';
import type { Condition, ProbeContext } from './types.ts';

const MAX_REDIRECTS = 5;
/** A plain-http port that drops packets must not eat the probe's budget: no answer by then means no http. */
const PLAIN_HTTP_WAIT_MS = 3_000;

/**
 * Grades the page the target finally answers with the way MDN's HTTP Observatory does (score, letter grade, one
 * named result per test) and passes when the grade reaches `minGrade` and every required test passes.
 */
export const headersProbe = defineProbe('headers', {
  // A second request would not change the headers; a connection error is reported as it is.
  retry: false,
  observe: (target, options, ctx) =>
    withProbeHttp(ctx, async (http) => {
      const url = httpTarget(target);
      const origin = new URL(options.corsOrigin).origin;
      // The foreign Origin rides on the page request itself, so CORS is judged on the page that is graded.
      const chain = await http.follow(url, { maxRedirects: MAX_REDIRECTS, headers: { origin } });
      const redirection =
        url.protocol === 'http:' ? chainObservation(chain) : await askPlainHttp(http, url, options.httpPort, ctx);
      const grading = gradeSecurityHeaders({
        page: { url: chain.final.url, headers: chain.final.headers, body: chain.final.body },
        cookies: cookiesOf(chain),
        redirection,
        corsOrigin: origin,
      });
      const { score, grade } = grading.score;
      const gradeCondition = check(
        'grade',
        gradeAtLeast(grade, options.minGrade),
        `${grade}, score ${score}`,
        '>=',
        options.minGrade,
      );
      const required = options.require.map((test) => testCondition(grading.tests[test], options, grading.hsts));
      return {
        conditions: [gradeCondition, ...required],
        evidence: {
          grade,
          score,
          scoring: grading.score,
          url: chain.final.url,
          status: chain.final.status,
          tests: Object.fromEntries(
            Object.values(grading.tests).map((test) => [
              test.test,
              {
                result: test.result,
                modifier: test.modifier,
                pass: test.pass,
                scored: test.scored,
                detail: test.detail,
              },
            ]),
          ),
          cspPolicies: grading.cspPolicies,
          redirection,
        },
        headline: `grade ${grade} (${score})`,
      };
    }),
});

type HeadersOptions = { hstsMinAgeSeconds: number; hstsIncludeSubDomains: boolean; hstsPreload: boolean };

/** `content-security-policy (csp-implemented-with-unsafe-inline -20: script-src allows …) == …`. */
export function testCondition(test: GradedTest, options: HeadersOptions, hsts?: HstsDirectives): Condition {
  const observed = `${test.result} ${signed(test.modifier)}: ${test.detail}`;
  if (test.test === 'strict-transport-security') return hstsCondition(test, observed, options, hsts);
  return check(test.test, test.pass, observed, 'in', passingResults(test.test).join(', '));
}

/** The Observatory's result, plus the operator's own HSTS requirements on top of it. */
function hstsCondition(
  test: GradedTest,
  observed: string,
  options: HeadersOptions,
  hsts: HstsDirectives | undefined,
): Condition {
  const wanted = [
    `max-age >= ${options.hstsMinAgeSeconds}`,
    ...(options.hstsIncludeSubDomains ? ['includeSubDomains'] : []),
    ...(options.hstsPreload ? ['preload'] : []),
  ];
  // A lower hstsMinAgeSeconds is the operator's choice for the gate; the score still counts the Observatory's
  // six months. Directives are known only for a valid header on https.
  const ok =
    hsts !== undefined &&
    hsts.maxAge >= options.hstsMinAgeSeconds &&
    (!options.hstsIncludeSubDomains || hsts.includeSubDomains) &&
    (!options.hstsPreload || hsts.preload);
  return check(test.test, ok, observed, '==', wanted.join('; '));
}

function passingResults(test: SecurityHeader): string[] {
  return Object.entries(RESULT_RULES)
    .filter(([, rule]) => rule.test === test && rule.pass)
    .map(([name]) => name);
}

/** Cookies set by every answer on the way; one set over plain http counts as sent in the clear. */
function cookiesOf(chain: RedirectChain): SetCookie[] {
  return chain.hops.flatMap((hop) => {
    const overHttp = new URL(hop.url).protocol === 'http:';
    return headerValues(hop.headers, 'set-cookie').flatMap((line) => parseSetCookie(line, overHttp) ?? []);
  });
}

function chainObservation(chain: RedirectChain): RedirectionObservation {
  const urls = chain.hops.map((hop) => hop.url);
  const statuses = chain.hops.map((hop) => hop.status);
  if (chain.stop)
    return { kind: 'stopped', urls, reason: chain.stop === 'loop' ? 'redirect loop' : 'too many redirects' };
  return { kind: 'chain', urls, statuses };
}

/** For an https target, asks the same host and path over plain http, hop by hop, to see where it sends browsers. */
async function askPlainHttp(
  http: ProbeHttp,
  target: URL,
  port: number,
  ctx: ProbeContext,
): Promise<RedirectionObservation> {
  const start = new URL(target);
  start.protocol = 'http:';
  start.port = port === 80 ? '' : String(port);
  const urls = [start.href];
  const statuses: number[] = [];
  let current = start;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let exchange: Awaited<ReturnType<ProbeHttp['send']>>;
    try {
      exchange = await withWait(http.send(current), hop === 0 ? PLAIN_HTTP_WAIT_MS : ctx.timeoutMs);
    } catch (error) {
      // Our own limits (the budget, the target guard refusing a host) say nothing about the service.
      if (ctx.signal.aborted || error instanceof TargetRefusedError) throw error;
      const reason = errorText(error);
      if (hop === 0) return { kind: 'no-http', reason: `${start.href}: ${reason}` };
      if (isCertificateError(error)) return { kind: 'invalid-cert', at: current.href, reason };
      return { kind: 'stopped', urls, reason };
    }
    statuses.push(exchange.status);
    if (!isRedirect(exchange)) return { kind: 'chain', urls, statuses };
    const next = new URL(exchange.headers.location as string, current);
    if (urls.includes(next.href)) return { kind: 'stopped', urls: [...urls, next.href], reason: 'redirect loop' };
    urls.push(next.href);
    current = next;
  }
  return { kind: 'stopped', urls, reason: 'too many redirects' };
}

class NoAnswerError extends Error {}

/** The request keeps running after the wait; the probe's agent is destroyed when the probe ends, closing it. */
async function withWait<T>(request: Promise<T>, ms: number): Promise<T> {
  const controller = new AbortController();
  try {
    return await Promise.race([
      request,
      delay(ms, undefined, { signal: controller.signal }).then(() => {
        throw new NoAnswerError(`no answer within ${ms} ms`);
      }),
    ]);
  } finally {
    controller.abort();
    request.catch(() => undefined);
  }
}

function errorText(error: unknown): string {
  const code = errorCode(error);
  return code ? `${errorMessage(error)} (${code})` : errorMessage(error);
}

function isCertificateError(error: unknown): boolean {
  return /CERT|SELF_SIGNED|UNABLE_TO_|ERR_TLS_|ERR_SSL_|HOSTNAME|ALTNAME/.test(errorCode(error) ?? '');
}

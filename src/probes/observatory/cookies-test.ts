import { RESULT_RULES, type ResultName, type TestFinding } from './scoring-table.ts';

export type SetCookie = {
  name: string;
  secure: boolean;
  httpOnly: boolean;
  /** The SameSite attribute as written (lower case), undefined when absent. */
  sameSite?: string;
  /** The response that set it came over plain http. */
  overHttp: boolean;
};

/** One `Set-Cookie` line (RFC 6265 §5.2): `name=value` then attributes, names case-insensitive, last one wins. */
export function parseSetCookie(line: string, overHttp: boolean): SetCookie | undefined {
  const [pair = '', ...attributes] = line.split(';');
  const equals = pair.indexOf('=');
  const name = (equals === -1 ? '' : pair.slice(0, equals)).trim();
  if (equals === -1) return undefined;
  const cookie: SetCookie = { name, secure: false, httpOnly: false, overHttp };
  for (const attribute of attributes) {
    const [rawKey = '', ...rest] = attribute.split('=');
    const key = rawKey.trim().toLowerCase();
    if (key === 'secure') cookie.secure = true;
    else if (key === 'httponly') cookie.httpOnly = true;
    else if (key === 'samesite') cookie.sameSite = rest.join('=').trim().toLowerCase();
  }
  return cookie;
}

/**
 * Which cookies hold a session cannot be known from outside; like the Observatory we go by the name: one with
 * `sess` or `login` in it (PHPSESSID, sessionid, login_token). Anti-CSRF cookies: a name with `csrf` or `xsrf`.
 */
export const isSessionCookie = (cookie: SetCookie) => /sess|login/i.test(cookie.name);
export const isAntiCsrfCookie = (cookie: SetCookie) => /csrf|xsrf/i.test(cookie.name);

const SAMESITE_VALUES = new Set(['strict', 'lax', 'none']);

/**
 * The cookies test: the worst problem of any cookie decides, in the Observatory's order of severity. A cookie set
 * over http counts as not Secure, whatever its flags. HSTS (valid, on https) softens a missing Secure flag.
 */
export function cookiesTest(cookies: readonly SetCookie[], hstsProtects: boolean): TestFinding {
  if (cookies.length === 0) return { result: 'cookies-not-found', detail: 'no Set-Cookie' };
  const secure = (cookie: SetCookie) => cookie.secure && !cookie.overHttp;
  const names = (list: readonly SetCookie[]) => list.map((cookie) => cookie.name).join(', ');
  const sessions = cookies.filter(isSessionCookie);
  const checks: [ResultName, SetCookie[]][] = [
    [
      hstsProtects
        ? 'cookies-session-without-secure-flag-but-protected-by-hsts'
        : 'cookies-session-without-secure-flag',
      sessions.filter((cookie) => !secure(cookie)),
    ],
    ['cookies-session-without-httponly-flag', sessions.filter((cookie) => !cookie.httpOnly)],
    [
      'cookies-samesite-flag-invalid',
      cookies.filter((c) => c.sameSite !== undefined && !SAMESITE_VALUES.has(c.sameSite)),
    ],
    ['cookies-anticsrf-without-samesite-flag', cookies.filter((c) => isAntiCsrfCookie(c) && c.sameSite === undefined)],
    [
      hstsProtects ? 'cookies-without-secure-flag-but-protected-by-hsts' : 'cookies-without-secure-flag',
      cookies.filter((cookie) => !secure(cookie)),
    ],
  ];
  const failures = checks.filter(([, offenders]) => offenders.length > 0);
  // Severity order is the Observatory's modifiers: pick the most negative one.
  const worst = failures.sort(([a], [b]) => RESULT_RULES[a].modifier - RESULT_RULES[b].modifier)[0];
  if (worst) return { result: worst[0], detail: names(worst[1]) };
  const withSameSite = cookies.every((cookie) => cookie.sameSite !== undefined);
  return withSameSite
    ? { result: 'cookies-secure-with-httponly-sessions-and-samesite', detail: names(cookies) }
    : { result: 'cookies-secure-with-httponly-sessions', detail: `${names(cookies)} (no SameSite on some)` };
}

import type { TestFinding } from './scoring-table.ts';

/** Six months as the Observatory counts it (182.5 days). */
export const HSTS_SIX_MONTHS_SECONDS = 15_768_000;

export type HstsDirectives = { maxAge: number; includeSubDomains: boolean; preload: boolean };

export type HstsReading = TestFinding & { directives?: HstsDirectives };

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const QUOTED = /^"((?:[^"\\]|\\.)*)"$/;

/**
 * RFC 6797 §6.1, read strictly: `directive *( ";" directive )`, each directive a token with an optional `=` token
 * or quoted string, each at most once, `max-age` required and made of digits, `includeSubDomains` and `preload`
 * without a value. Unknown directives are allowed (§6.1 asks browsers to ignore them).
 */
export function parseHsts(value: string): HstsDirectives | { problem: string } {
  const seen = new Map<string, string | undefined>();
  for (const part of value.split(';')) {
    const text = part.trim();
    if (text === '') continue;
    const equals = text.indexOf('=');
    const name = (equals === -1 ? text : text.slice(0, equals)).trim();
    const rawValue = equals === -1 ? undefined : text.slice(equals + 1).trim();
    if (!TOKEN.test(name)) return { problem: `"${name}" is not a directive` };
    const key = name.toLowerCase();
    if (seen.has(key)) return { problem: `${name} appears twice` };
    let directiveValue = rawValue;
    if (rawValue !== undefined) {
      const quoted = QUOTED.exec(rawValue);
      if (quoted) directiveValue = (quoted[1] as string).replace(/\\(.)/g, '$1');
      else if (!TOKEN.test(rawValue)) return { problem: `${name} has an unreadable value "${rawValue}"` };
    }
    seen.set(key, directiveValue);
  }
  if (!seen.has('max-age')) return { problem: 'no max-age' };
  const maxAge = seen.get('max-age');
  if (maxAge === undefined || !/^\d+$/.test(maxAge)) return { problem: `max-age "${maxAge ?? ''}" is not a number` };
  for (const flag of ['includesubdomains', 'preload']) {
    if (seen.get(flag) !== undefined) return { problem: `${flag} takes no value` };
  }
  return { maxAge: Number(maxAge), includeSubDomains: seen.has('includesubdomains'), preload: seen.has('preload') };
}

/**
 * The strict-transport-security test. Browsers honour HSTS only over https, so a plain-http page cannot have it.
 * Sent twice, the header is invalid: proxies and the Observatory join the copies with a comma, which is not
 * valid STS syntax, and RFC 6797 §8.1 has browsers take only the first, whichever that is after a proxy.
 */
export function hstsTest(values: readonly string[], https: boolean): HstsReading {
  if (!https) return { result: 'hsts-not-implemented-no-https', detail: 'page served over http' };
  if (values.length === 0) return { result: 'hsts-not-implemented', detail: 'absent' };
  if (values.length > 1) return { result: 'hsts-header-invalid', detail: `sent ${values.length} times` };
  const parsed = parseHsts(values[0] as string);
  if ('problem' in parsed) return { result: 'hsts-header-invalid', detail: parsed.problem };
  const flags = [parsed.includeSubDomains ? 'includeSubDomains' : '', parsed.preload ? 'preload' : ''].filter(Boolean);
  const detail = [`max-age=${parsed.maxAge}`, ...flags].join('; ');
  return parsed.maxAge >= HSTS_SIX_MONTHS_SECONDS
    ? { result: 'hsts-implemented-max-age-at-least-six-months', detail, directives: parsed }
    : { result: 'hsts-implemented-max-age-less-than-six-months', detail, directives: parsed };
}

/** HSTS that keeps browsers off plain http: valid, on https, with a positive max-age (used by the cookies test). */
export function hstsProtects(reading: HstsReading): boolean {
  return reading.directives !== undefined && reading.directives.maxAge > 0;
}

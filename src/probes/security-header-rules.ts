import type { SecurityHeader } from '../domain/probe-spec.ts';
import { check, show } from './conditions.ts';
import { type HttpHeaders, headerValues } from './probe-http.ts';
import type { Condition } from './types.ts';

/**
 * One rule per security header, written to what browsers do with the header, duplicates included: the outcome
 * must match what a user's browser enforces, not what the first copy of a header happens to say.
 */

export const SAFE_REFERRER_POLICIES = [
  'no-referrer',
  'same-origin',
  'strict-origin',
  'strict-origin-when-cross-origin',
];
const REFERRER_POLICIES = new Set([
  ...SAFE_REFERRER_POLICIES,
  'no-referrer-when-downgrade',
  'origin',
  'origin-when-cross-origin',
  'unsafe-url',
]);

type CspPolicy = Map<string, string[]>;

/** Each CSP header may hold several comma-separated policies; all of them are enforced. */
export function parseCsp(values: readonly string[]): CspPolicy[] {
  return values
    .flatMap((value) => value.split(','))
    .map((text) => {
      const policy: CspPolicy = new Map();
      for (const directive of text.split(';')) {
        const [name, ...sources] = directive.trim().split(/\s+/);
        // The first occurrence of a directive wins; later duplicates are ignored by browsers.
        if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
      }
      return policy;
    })
    .filter((policy) => policy.size > 0);
}

export function cspCondition(headers: HttpHeaders): Condition {
  const name = 'content-security-policy';
  const expected = "script-src without 'unsafe-inline', 'unsafe-eval'";
  const policies = parseCsp(headerValues(headers, name));
  if (policies.length === 0) return check(name, false, 'absent', '==', expected);
  const scriptSources = policies.map((policy) => policy.get('script-src') ?? policy.get('default-src'));
  // Several policies are all enforced: inline script (or eval) runs only if every policy allows it.
  const inline = scriptSources.every((sources) => allowsInline(sources));
  const evalAllowed = scriptSources.every((sources) => sources === undefined || has(sources, "'unsafe-eval'"));
  const shown = scriptSources.map((sources) =>
    sources ? `script-src ${sources.join(' ')}` : 'no script-src or default-src',
  );
  const problems = [inline ? 'allows inline script' : '', evalAllowed ? 'allows eval' : ''].filter(Boolean);
  const observed = problems.length > 0 ? `${shown.join(' + ')}: ${problems.join(', ')}` : shown.join(' + ');
  return check(name, problems.length === 0, observed, '==', expected);
}

/** `'unsafe-inline'` is ignored by browsers once a nonce, a hash or `'strict-dynamic'` is present. */
function allowsInline(sources: readonly string[] | undefined): boolean {
  if (sources === undefined) return true;
  if (!has(sources, "'unsafe-inline'")) return false;
  return !sources.some((source) => /^'(nonce-|sha256-|sha384-|sha512-|strict-dynamic')/i.test(source));
}

function has(sources: readonly string[], keyword: string): boolean {
  return sources.some((source) => source.toLowerCase() === keyword);
}

export function contentTypeOptionsCondition(headers: HttpHeaders): Condition {
  const name = 'x-content-type-options';
  const values = headerValues(headers, name);
  if (values.length === 0) return check(name, false, 'absent', '==', 'nosniff');
  // Fetch reads only the first value of the combined header.
  const first = values.join(',').split(',')[0]?.trim().toLowerCase() ?? '';
  return check(name, first === 'nosniff', show(values.join(', ')), '==', 'nosniff');
}

export function framingCondition(headers: HttpHeaders): Condition {
  const name = 'x-frame-options';
  const expected = 'DENY or SAMEORIGIN (or CSP frame-ancestors)';
  const ancestors = parseCsp(headerValues(headers, 'content-security-policy'))
    .map((policy) => policy.get('frame-ancestors'))
    .find((sources) => sources !== undefined && !sources.includes('*'));
  if (ancestors) return check(name, true, `CSP frame-ancestors ${ancestors.join(' ')}`, '==', expected);
  const values = headerValues(headers, name);
  if (values.length === 0) return check(name, false, 'absent', '==', expected);
  const distinct = new Set(values.flatMap((value) => value.split(',')).map((token) => token.trim().toUpperCase()));
  // Browsers ignore X-Frame-Options entirely when its copies disagree ("DENY, SAMEORIGIN").
  const [only] = distinct;
  const ok = distinct.size === 1 && (only === 'DENY' || only === 'SAMEORIGIN');
  const observed =
    distinct.size > 1 ? `${show(values.join(', '))}: conflicting values are ignored` : show(values.join(', '));
  return check(name, ok, observed, '==', expected);
}

export function hstsCondition(headers: HttpHeaders, minAgeSeconds: number): Condition {
  const name = 'strict-transport-security.max-age';
  const values = headerValues(headers, 'strict-transport-security');
  if (values.length === 0) return check(name, false, 'absent', '>=', String(minAgeSeconds));
  // RFC 6797 §8.1: only the first header is processed.
  const match = /(?:^|;)\s*max-age\s*=\s*"?(\d+)"?/i.exec(values[0] as string);
  const note = values.length > 1 ? ` (first of ${values.length} headers)` : '';
  if (!match) return check(name, false, `no max-age${note}`, '>=', String(minAgeSeconds));
  const age = Number(match[1]);
  return check(name, age >= minAgeSeconds, `${age}${note}`, '>=', String(minAgeSeconds));
}

export function referrerPolicyCondition(headers: HttpHeaders): Condition {
  const name = 'referrer-policy';
  const values = headerValues(headers, name);
  const expected = SAFE_REFERRER_POLICIES.join(', ');
  if (values.length === 0) return check(name, false, 'absent', 'in', expected);
  // The last policy the browser recognises wins, so a fallback list like "no-referrer, strict-origin" is fine.
  const tokens = values.flatMap((value) => value.split(',')).map((token) => token.trim().toLowerCase());
  const effective = tokens.filter((token) => REFERRER_POLICIES.has(token)).at(-1);
  const ok = effective !== undefined && SAFE_REFERRER_POLICIES.includes(effective);
  return check(name, ok, show(values.join(', ')), 'in', expected);
}

export function securityHeaderConditions(
  headers: HttpHeaders,
  hstsMinAgeSeconds: number,
): Record<SecurityHeader, Condition> {
  return {
    'content-security-policy': cspCondition(headers),
    'x-content-type-options': contentTypeOptionsCondition(headers),
    'x-frame-options': framingCondition(headers),
    'strict-transport-security': hstsCondition(headers, hstsMinAgeSeconds),
    'referrer-policy': referrerPolicyCondition(headers),
  };
}

/** A for all five, one letter down for each header that fails, F below two. */
export function securityGrade(passed: number, total: number): string {
  const missing = total - passed;
  return ['A', 'B', 'C', 'D'][missing] ?? 'F';
}

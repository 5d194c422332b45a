import type { CspPolicy } from './csp-parser.ts';
import { broadSources } from './csp-sources.ts';
import type { ResultName, TestFinding } from './scoring-table.ts';

/** Tests of headers that hold one keyword. `values` is every copy of the header, in the order received. */

const shown = (values: readonly string[]) => JSON.stringify(values.join(', '));

/** Exactly `nosniff`, once: a second copy (even `nosniff, nosniff`) is not what the header's syntax allows. */
export function contentTypeOptionsTest(values: readonly string[]): TestFinding {
  if (values.length === 0) return { result: 'x-content-type-options-not-implemented', detail: 'absent' };
  const tokens = values.flatMap((value) => value.split(','));
  const ok = tokens.length === 1 && tokens[0]?.trim().toLowerCase() === 'nosniff';
  return ok
    ? { result: 'x-content-type-options-nosniff', detail: shown(values) }
    : { result: 'x-content-type-options-header-invalid', detail: shown(values) };
}

/**
 * CSP `frame-ancestors` (from a header; a `<meta>` policy cannot carry it) supersedes X-Frame-Options. Otherwise
 * `DENY` or `SAMEORIGIN`; copies that disagree make browsers ignore the header; `ALLOW-FROM` is obsolete and
 * ignored by current browsers, so it protects nothing even though the Observatory leaves it at zero.
 */
export function frameOptionsTest(values: readonly string[], headerPolicies: readonly CspPolicy[]): TestFinding {
  const ancestors = headerPolicies
    .map((policy) => policy.directives.get('frame-ancestors'))
    .find((sources) => sources !== undefined && broadSources(sources).length === 0);
  if (ancestors)
    return { result: 'x-frame-options-implemented-via-csp', detail: `frame-ancestors ${ancestors.join(' ')}` };
  if (values.length === 0) return { result: 'x-frame-options-not-implemented', detail: 'absent' };
  const tokens = new Set(values.flatMap((value) => value.split(',')).map((token) => token.trim().toLowerCase()));
  if (tokens.size > 1) return { result: 'x-frame-options-header-invalid', detail: `${shown(values)}: copies disagree` };
  const [only = ''] = tokens;
  if (only === 'deny' || only === 'sameorigin')
    return { result: 'x-frame-options-sameorigin-or-deny', detail: shown(values) };
  if (/^allow-from\s/.test(only)) {
    return { result: 'x-frame-options-allow-from-origin', detail: `${shown(values)}: ALLOW-FROM is obsolete` };
  }
  return { result: 'x-frame-options-header-invalid', detail: shown(values) };
}

const PRIVATE_REFERRER_POLICIES = new Set([
  'no-referrer',
  'same-origin',
  'strict-origin',
  'strict-origin-when-cross-origin',
]);
const UNSAFE_REFERRER_POLICIES = new Set(['origin', 'origin-when-cross-origin', 'unsafe-url']);

/**
 * Referrer-Policy: a comma-separated list (several headers join into one) of which browsers apply the last token
 * they know, so `no-referrer, strict-origin-when-cross-origin` is a fallback list, not an error. A
 * `<meta name="referrer">` counts when no header is sent.
 */
export function referrerPolicyTest(values: readonly string[], meta: readonly string[]): TestFinding {
  const source = values.length > 0 ? values : meta;
  if (source.length === 0) return { result: 'referrer-policy-not-implemented', detail: 'absent' };
  const where = values.length > 0 ? '' : '<meta> ';
  const tokens = source.flatMap((value) => value.split(',')).map((token) => token.trim().toLowerCase());
  const effective = tokens
    .filter(
      (token) =>
        PRIVATE_REFERRER_POLICIES.has(token) ||
        UNSAFE_REFERRER_POLICIES.has(token) ||
        token === 'no-referrer-when-downgrade',
    )
    .at(-1);
  const detail = `${where}${shown(source)}${effective && tokens.length > 1 ? ` → ${effective}` : ''}`;
  if (effective === undefined) return { result: 'referrer-policy-header-invalid', detail };
  if (PRIVATE_REFERRER_POLICIES.has(effective)) return { result: 'referrer-policy-private', detail };
  if (effective === 'no-referrer-when-downgrade')
    return { result: 'referrer-policy-no-referrer-when-downgrade', detail };
  return { result: 'referrer-policy-unsafe', detail };
}

/**
 * One keyword (structured-field token, parameters such as `; report-to="x"` allowed) from a fixed set, sent once.
 * The result names follow the Observatory's pattern `<header>-implemented-with-<value>`.
 */
function keywordTest(
  header: 'cross-origin-resource-policy' | 'cross-origin-opener-policy' | 'cross-origin-embedder-policy',
  allowed: readonly string[],
  values: readonly string[],
): TestFinding {
  if (values.length === 0) return { result: `${header}-not-implemented` as ResultName, detail: 'absent' };
  const keyword = values.length === 1 ? values[0]?.split(';')[0]?.trim().toLowerCase() : undefined;
  if (keyword === undefined || !allowed.includes(keyword)) {
    return { result: `${header}-header-invalid` as ResultName, detail: shown(values) };
  }
  return { result: `${header}-implemented-with-${keyword}` as ResultName, detail: shown(values) };
}

export function resourcePolicyTest(values: readonly string[]): TestFinding {
  return keywordTest('cross-origin-resource-policy', ['same-origin', 'same-site', 'cross-origin'], values);
}

export function openerPolicyTest(values: readonly string[]): TestFinding {
  return keywordTest(
    'cross-origin-opener-policy',
    ['same-origin', 'same-origin-allow-popups', 'noopener-allow-popups', 'unsafe-none'],
    values,
  );
}

export function embedderPolicyTest(values: readonly string[]): TestFinding {
  return keywordTest('cross-origin-embedder-policy', ['require-corp', 'credentialless', 'unsafe-none'], values);
}

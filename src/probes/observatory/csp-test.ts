import { type CspPolicy, parseCspHeaders, parseCspMeta } from './csp-parser.ts';
import {
  ACTIVE_DIRECTIVES,
  broadSources,
  effectiveSources,
  insecureDirectives,
  isNone,
  objectsUnrestricted,
  PASSIVE_DIRECTIVES,
  readScripts,
  styleUnsafe,
} from './csp-sources.ts';
import type { TestFinding } from './scoring-table.ts';

export type CspInput = {
  /** Every Content-Security-Policy header value, duplicates included. */
  headers: readonly string[];
  /** Every Content-Security-Policy-Report-Only header value. */
  reportOnly: readonly string[];
  /** The `content` of each `<meta http-equiv="Content-Security-Policy">` of the page. */
  meta: readonly string[];
};

export type CspReading = {
  policies: CspPolicy[];
  problems: string[];
  finding: TestFinding;
  /** The separately reported directives (object-src, base-uri, form-action, frame-ancestors). */
  directives: {
    'csp-object-src': TestFinding;
    'csp-base-uri': TestFinding;
    'csp-form-action': TestFinding;
    'csp-frame-ancestors': TestFinding;
  };
};

/**
 * The content-security-policy test. Every enforced policy, from headers and `<meta>` tags alike, applies at once:
 * something is allowed only if each policy allows it, so a weakness counts only when every policy has it.
 */
export function cspTest(input: CspInput): CspReading {
  const fromHeaders = parseCspHeaders(input.headers);
  const fromMeta = input.meta.length > 0 ? parseCspMeta(input.meta) : { policies: [], problems: [] };
  const policies = [...fromHeaders.policies, ...fromMeta.policies];
  const problems = [...fromHeaders.problems, ...fromMeta.problems];
  return { policies, problems, finding: grade(policies, problems, input), directives: directiveFindings(policies) };
}

function grade(policies: readonly CspPolicy[], problems: readonly string[], input: CspInput): TestFinding {
  if (problems.length > 0) return { result: 'csp-header-invalid', detail: problems.join('; ') };
  if (policies.length === 0) {
    return input.reportOnly.length > 0
      ? { result: 'csp-not-implemented-but-reporting-enabled', detail: 'only Content-Security-Policy-Report-Only' }
      : { result: 'csp-not-implemented', detail: 'absent' };
  }
  const scripts = policies.map(readScripts);
  const unsafe: string[] = [];
  if (scripts.every((reading) => reading.inline)) unsafe.push("script-src allows 'unsafe-inline'");
  if (scripts.every((reading) => reading.broad.length > 0)) {
    unsafe.push(`script-src allows any host (${unique(scripts.flatMap((reading) => reading.broad)).join(' ')})`);
  }
  if (policies.every(objectsUnrestricted)) unsafe.push('object-src not restricted');
  if (unsafe.length > 0) return { result: 'csp-implemented-with-unsafe-inline', detail: unsafe.join('; ') };

  const active = insecureDirectives(policies, ['default-src', ...ACTIVE_DIRECTIVES]);
  if (active.length > 0) return { result: 'csp-implemented-with-insecure-scheme', detail: shorten(active) };
  if (scripts.every((reading) => reading.eval)) {
    return { result: 'csp-implemented-with-unsafe-eval', detail: "script-src allows 'unsafe-eval'" };
  }
  const passive = insecureDirectives(policies, PASSIVE_DIRECTIVES);
  if (passive.length > 0) {
    return { result: 'csp-implemented-with-insecure-scheme-in-passive-content-only', detail: shorten(passive) };
  }
  if (policies.every(styleUnsafe)) {
    return {
      result: 'csp-implemented-with-unsafe-inline-in-style-src-only',
      detail: 'style-src allows inline or any host',
    };
  }
  if (policies.some((policy) => isNone(policy.directives.get('default-src')))) {
    return { result: 'csp-implemented-with-no-unsafe-default-src-none', detail: summary(policies) };
  }
  return { result: 'csp-implemented-with-no-unsafe', detail: summary(policies) };
}

function directiveFindings(policies: readonly CspPolicy[]): CspReading['directives'] {
  const restricted = (name: string, from: readonly CspPolicy[] = policies) =>
    from.find((policy) => {
      const sources = policy.directives.get(name);
      return sources !== undefined && broadSources(sources).length === 0;
    });
  const show = (policy: CspPolicy | undefined, name: string) =>
    policy ? `${name} ${policy.directives.get(name)?.join(' ')}` : `no ${name}`;
  const objects = restricted('object-src');
  const noneByDefault = policies.find((policy) => isNone(policy.directives.get('default-src')));
  const base = restricted('base-uri');
  const forms = restricted('form-action');
  // A <meta> policy cannot carry frame-ancestors; only header policies count.
  const frames = restricted(
    'frame-ancestors',
    policies.filter((policy) => policy.source === 'header'),
  );
  return {
    'csp-object-src':
      objects || noneByDefault
        ? { result: 'csp-object-src-restricted', detail: objects ? show(objects, 'object-src') : "default-src 'none'" }
        : { result: 'csp-object-src-missing', detail: objectDetail(policies) },
    'csp-base-uri': {
      result: base ? 'csp-base-uri-restricted' : 'csp-base-uri-missing',
      detail: show(base, 'base-uri'),
    },
    'csp-form-action': {
      result: forms ? 'csp-form-action-restricted' : 'csp-form-action-missing',
      detail: show(forms, 'form-action'),
    },
    'csp-frame-ancestors': {
      result: frames ? 'csp-frame-ancestors-restricted' : 'csp-frame-ancestors-missing',
      detail: show(frames, 'frame-ancestors'),
    },
  };
}

function objectDetail(policies: readonly CspPolicy[]): string {
  const fallback = policies.map((policy) => effectiveSources(policy, 'object-src')).find(Boolean);
  return fallback ? `no object-src (default-src ${fallback.join(' ')})` : 'no object-src';
}

/** The script sources each policy enforces, for the evidence of a passing policy. */
function summary(policies: readonly CspPolicy[]): string {
  return policies
    .map((policy) => {
      const own = policy.directives.has('script-src') ? 'script-src' : 'default-src';
      return `${own} ${policy.directives.get(own)?.join(' ') ?? ''}`.trim();
    })
    .join(' + ');
}

function shorten(items: readonly string[]): string {
  return items.length > 3 ? `${items.slice(0, 3).join('; ')} (+${items.length - 3} more)` : items.join('; ');
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

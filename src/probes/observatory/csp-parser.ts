/**
 * Content Security Policy parsing after CSP Level 3 ("parse a serialized CSP" and "parse a serialized CSP list").
 * Browsers skip what they cannot parse and keep the first copy of a repeated directive; a grader must not be that
 * forgiving, because a policy a browser half-ignores is not the policy its author meant. So every such problem is
 * recorded, and the test reads any problem as an invalid header.
 */

export type CspSource = 'header' | 'meta';

export type CspPolicy = {
  source: CspSource;
  /** The policy as served, trimmed. */
  text: string;
  /** Directive name (lower case) → its tokens, in order. */
  directives: Map<string, string[]>;
};

export type CspParse = { policies: CspPolicy[]; problems: string[] };

const DIRECTIVE_NAME = /^[a-z0-9-]+$/;
// Visible ASCII except `;` and `,`, which separate directives and policies.
const VALUE_TOKEN = /^[\x21-\x2b\x2d-\x3a\x3c-\x7e]+$/;

/** Directives whose value is a source list, each token of which must be a valid source expression. */
export const SOURCE_LIST_DIRECTIVES = new Set([
  'default-src',
  'script-src',
  'script-src-elem',
  'script-src-attr',
  'style-src',
  'style-src-elem',
  'style-src-attr',
  'img-src',
  'font-src',
  'connect-src',
  'media-src',
  'object-src',
  'frame-src',
  'child-src',
  'worker-src',
  'manifest-src',
  'prefetch-src',
  'fenced-frame-src',
  'base-uri',
  'form-action',
  'frame-ancestors',
]);

/** Directives a `<meta>` policy may not carry (CSP3 §3.3): browsers drop them there. */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

const KEYWORDS = new Set([
  "'self'",
  "'none'",
  "'unsafe-inline'",
  "'unsafe-eval'",
  "'strict-dynamic'",
  "'unsafe-hashes'",
  "'report-sample'",
  "'unsafe-allow-redirects'",
  "'wasm-unsafe-eval'",
  "'trusted-types-eval'",
  "'inline-speculation-rules'",
]);
const NONCE_OR_HASH = /^'(?:nonce|sha256|sha384|sha512)-[A-Za-z0-9+/_-]+={0,2}'$/i;
const SCHEME_SOURCE = /^[a-z][a-z0-9+.-]*:$/i;
const HOST_SOURCE =
  /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:\*|(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.?)(?::(?:\d+|\*))?(?:\/[^\s;,]*)?$/i;

/**
 * Every policy of the Content-Security-Policy headers: each header may hold several, separated by commas. An empty
 * policy between commas is skipped (as browsers do); a header with no directive at all is a problem.
 */
export function parseCspHeaders(values: readonly string[]): CspParse {
  return combine(values.map((value) => value.split(',').map((text) => parsePolicy(text, 'header'))));
}

/** The policies of `<meta http-equiv="Content-Security-Policy">` tags: one policy each, no comma splitting. */
export function parseCspMeta(contents: readonly string[]): CspParse {
  return combine(contents.map((text) => [parsePolicy(text, 'meta')]));
}

function combine(groups: { policy: CspPolicy; problems: string[] }[][]): CspParse {
  const policies: CspPolicy[] = [];
  const problems: string[] = [];
  for (const group of groups) {
    const kept = group.filter(({ policy }) => policy.directives.size > 0);
    problems.push(...group.flatMap((parsed) => parsed.problems));
    if (kept.length === 0 && group.every((parsed) => parsed.problems.length === 0)) {
      problems.push(`${group[0]?.policy.source === 'meta' ? '<meta> policy' : 'header'} is empty`);
    }
    policies.push(...kept.map(({ policy }) => policy));
  }
  return { policies, problems };
}

export function parsePolicy(raw: string, source: CspSource): { policy: CspPolicy; problems: string[] } {
  const text = raw.trim();
  const directives = new Map<string, string[]>();
  const problems: string[] = [];
  const where = source === 'meta' ? '<meta> policy' : 'policy';
  for (const part of text.split(';')) {
    const tokens = part
      .trim()
      .split(/[\t\n\f\r ]+/)
      .filter(Boolean);
    const [rawName, ...value] = tokens;
    if (rawName === undefined) continue;
    const name = rawName.toLowerCase();
    if (!DIRECTIVE_NAME.test(name)) {
      problems.push(`${where}: "${rawName}" is not a directive name`);
      continue;
    }
    if (directives.has(name)) {
      problems.push(`${where}: ${name} is repeated`);
      continue;
    }
    const bad = value.filter((token) => !VALUE_TOKEN.test(token));
    if (bad.length > 0) problems.push(`${where}: ${name} has unreadable value ${JSON.stringify(bad[0])}`);
    if (SOURCE_LIST_DIRECTIVES.has(name)) {
      const invalid = value.find((token) => !isSourceExpression(token));
      if (invalid !== undefined) problems.push(`${where}: ${name} has invalid source ${JSON.stringify(invalid)}`);
    }
    // A <meta> policy cannot frame-protect or report; browsers drop these directives, so do we.
    if (source === 'meta' && HEADER_ONLY_DIRECTIVES.has(name)) continue;
    directives.set(name, value);
  }
  return { policy: { source, text, directives }, problems };
}

export function isSourceExpression(token: string): boolean {
  return (
    KEYWORDS.has(token.toLowerCase()) ||
    NONCE_OR_HASH.test(token) ||
    SCHEME_SOURCE.test(token) ||
    HOST_SOURCE.test(token)
  );
}

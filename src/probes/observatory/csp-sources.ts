import type { CspPolicy } from './csp-parser.ts';

/**
 * What a policy's source lists allow, read the way CSP Level 3 matches sources. A directive a policy lacks falls
 * back to `default-src`; a policy without either restricts nothing for that kind of resource.
 */

/** The source list a policy applies to a kind of resource (`script-src`, else `default-src`); undefined: no limit. */
export function effectiveSources(policy: CspPolicy, directive: string): string[] | undefined {
  const own = policy.directives.get(directive);
  if (own !== undefined) return own;
  return policy.directives.get('default-src');
}

export function hasKeyword(sources: readonly string[], keyword: string): boolean {
  return sources.some((source) => source.toLowerCase() === keyword);
}

/** Nonces and hashes make browsers ignore `'unsafe-inline'`; `'strict-dynamic'` does too, and host/scheme sources. */
export function neutralisesInline(sources: readonly string[]): boolean {
  return sources.some((source) => /^'(nonce-|sha256-|sha384-|sha512-|strict-dynamic')/i.test(source));
}

/**
 * Sources that let anyone who can host a file run it: `*`, a scheme alone (`https:`, `http:`, `data:`, `blob:`…),
 * or a host wildcard with no host (`https://*`, `*:443`). For scripts these are as bad as `'unsafe-inline'`.
 */
export function broadSources(sources: readonly string[]): string[] {
  return sources.filter(
    (source) =>
      source === '*' ||
      /^[a-z][a-z0-9+.-]*:$/i.test(source) ||
      /^(?:[a-z][a-z0-9+.-]*:\/\/)?\*(?::|\/|$)/i.test(source),
  );
}

/** Sources that fetch over plain http or ws: `http:`, `http://cdn.example`, `ws:`… */
export function insecureSources(sources: readonly string[]): string[] {
  return sources.filter((source) => /^(?:http|ws):(?:\/\/|$)/i.test(source));
}

/** `'none'` alone: nothing of this kind may load. */
export function isNone(sources: readonly string[] | undefined): boolean {
  return sources !== undefined && sources.length === 1 && hasKeyword(sources, "'none'");
}

export type ScriptReading = {
  /** Inline script runs. */
  inline: boolean;
  /** The sources that allow script from anywhere (or a note that nothing restricts script). */
  broad: string[];
  eval: boolean;
};

/**
 * How one policy treats scripts: `script-src`, else `default-src`; `script-src-elem` is read too when present,
 * since it governs `<script>` elements on its own.
 */
export function readScripts(policy: CspPolicy): ScriptReading {
  const lists = [effectiveSources(policy, 'script-src')];
  const elements = policy.directives.get('script-src-elem');
  if (elements !== undefined) lists.push(elements);
  const readings = lists.map((sources): ScriptReading => {
    if (sources === undefined) return { inline: true, broad: ['no script-src or default-src'], eval: true };
    const strictDynamic = hasKeyword(sources, "'strict-dynamic'");
    return {
      inline: hasKeyword(sources, "'unsafe-inline'") && !neutralisesInline(sources),
      broad: strictDynamic ? [] : broadSources(sources),
      eval: hasKeyword(sources, "'unsafe-eval'"),
    };
  });
  return {
    inline: readings.some((reading) => reading.inline),
    broad: readings.flatMap((reading) => reading.broad),
    eval: readings.some((reading) => reading.eval),
  };
}

/** Plugins (`object-src`, else `default-src`) are unrestricted when neither is set or the list is broad. */
export function objectsUnrestricted(policy: CspPolicy): boolean {
  const sources = effectiveSources(policy, 'object-src');
  return sources === undefined || broadSources(sources).length > 0;
}

/** Style is unsafe with `'unsafe-inline'` (not neutralised), `data:` or a broad source, or when unrestricted. */
export function styleUnsafe(policy: CspPolicy): boolean {
  const sources = effectiveSources(policy, 'style-src');
  if (sources === undefined) return true;
  return (hasKeyword(sources, "'unsafe-inline'") && !neutralisesInline(sources)) || broadSources(sources).length > 0;
}

const SCRIPT_DIRECTIVES = new Set(['script-src', 'script-src-elem']);

/** Fetch directives whose resources are passive (mixed content that cannot run code). */
export const PASSIVE_DIRECTIVES = ['img-src', 'media-src'] as const;
export const ACTIVE_DIRECTIVES = [
  'script-src',
  'script-src-elem',
  'style-src',
  'object-src',
  'connect-src',
  'font-src',
  'frame-src',
  'child-src',
  'worker-src',
  'manifest-src',
  'form-action',
  'base-uri',
] as const;

/**
 * Where resources may load over http under every policy at once (a resource loads only if each policy allows
 * it), named by the directive that lists the insecure source (the kind's own, or the `default-src` it falls back
 * to), so `default-src http://cdn.example` is reported once, not once per kind.
 */
export function insecureDirectives(policies: readonly CspPolicy[], directives: readonly string[]): string[] {
  const found = new Set<string>();
  for (const directive of directives) {
    const noFallback = directive === 'form-action' || directive === 'base-uri';
    const lists = policies.map((policy) => {
      const own = policy.directives.get(directive);
      if (own !== undefined || noFallback) return { sources: own, from: directive };
      return { sources: policy.directives.get('default-src'), from: 'default-src' };
    });
    // With 'strict-dynamic' browsers ignore host and scheme sources for scripts: `http:` there is a fallback for
    // old browsers, not a way in.
    const insecureIn = (sources: readonly string[]) =>
      SCRIPT_DIRECTIVES.has(directive) && hasKeyword(sources, "'strict-dynamic'") ? [] : insecureSources(sources);
    const everyPolicyPermits = lists.every(({ sources }) => sources === undefined || insecureIn(sources).length > 0);
    if (!everyPolicyPermits) continue;
    for (const { sources, from } of lists) {
      const insecure = sources ? insecureIn(sources) : [];
      if (insecure.length > 0) found.add(`${from} ${insecure.join(' ')}`);
    }
  }
  return [...found];
}

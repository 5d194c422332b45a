import type { TestFinding } from './scoring-table.ts';

export type PageScript = { src: string; integrity: boolean };

/**
 * The subresource-integrity test over the page's `<script src>` tags. A script from another origin (scheme, host
 * or port differs) is external: without an `integrity` attribute whoever serves it can change what runs, and over
 * http anyone on the path can. Same-origin scripts need no integrity.
 */
export function sriTest(scripts: readonly PageScript[] | 'not-html', page: URL): TestFinding {
  if (scripts === 'not-html') return { result: 'sri-not-implemented-response-not-html', detail: 'not text/html' };
  if (scripts.length === 0) return { result: 'sri-not-implemented-but-no-scripts-loaded', detail: 'no <script src>' };
  const resolved = scripts.flatMap((script) => {
    try {
      return [{ ...script, url: new URL(script.src, page) }];
    } catch {
      return [];
    }
  });
  const external = resolved.filter((script) => script.url.origin !== page.origin);
  const list = (items: typeof resolved) => items.map((script) => script.url.href).join(', ');
  if (external.length === 0) {
    return resolved.every((script) => script.integrity)
      ? {
          result: 'sri-implemented-and-all-scripts-loaded-securely',
          detail: `${resolved.length} same-origin, all with integrity`,
        }
      : {
          result: 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin',
          detail: `${resolved.length} same-origin`,
        };
  }
  const insecure = external.filter((script) => script.url.protocol !== 'https:');
  const missing = external.filter((script) => !script.integrity);
  if (missing.length === 0) {
    return insecure.length === 0
      ? {
          result: 'sri-implemented-and-external-scripts-loaded-securely',
          detail: `${external.length} external, all with integrity`,
        }
      : { result: 'sri-implemented-but-external-scripts-not-loaded-securely', detail: `over http: ${list(insecure)}` };
  }
  return insecure.length === 0
    ? { result: 'sri-not-implemented-but-external-scripts-loaded-securely', detail: `no integrity: ${list(missing)}` }
    : {
        result: 'sri-not-implemented-and-external-scripts-not-loaded-securely',
        detail: `no integrity, over http: ${list(insecure)}`,
      };
}

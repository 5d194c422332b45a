import type { TestFinding } from './scoring-table.ts';

/** What asking the plain-http address found: the URLs of the chain, or why it could not be followed. */
export type RedirectionObservation =
  | { kind: 'chain'; urls: string[]; statuses: number[] }
  | { kind: 'no-http'; reason: string }
  | { kind: 'invalid-cert'; at: string; reason: string }
  | { kind: 'stopped'; urls: string[]; reason: string };

/**
 * The redirection test: plain http must answer with a redirect, the first one to https on the same host (so the
 * browser gets that host's HSTS before going anywhere), and the chain must end on https.
 */
export function redirectionTest(observed: RedirectionObservation): TestFinding {
  if (observed.kind === 'no-http') return { result: 'redirection-not-needed-no-http', detail: observed.reason };
  if (observed.kind === 'invalid-cert') {
    return { result: 'redirection-invalid-cert', detail: `${observed.at}: ${observed.reason}` };
  }
  const [start, first] = observed.urls.map((url) => new URL(url));
  const path = observed.urls.join(' → ');
  if (!start || !first)
    return { result: 'redirection-missing', detail: `${observed.urls[0] ?? ''} answers without redirecting` };
  if (observed.kind === 'stopped') {
    return { result: 'redirection-not-to-https', detail: `${path} stopped: ${observed.reason}` };
  }
  const final = new URL(observed.urls.at(-1) as string);
  if (final.protocol !== 'https:') return { result: 'redirection-not-to-https', detail: path };
  if (first.protocol !== 'https:') return { result: 'redirection-not-to-https-on-initial-redirection', detail: path };
  if (first.hostname !== start.hostname) return { result: 'redirection-off-host-from-http', detail: path };
  return { result: 'redirection-to-https', detail: path };
}

import { ProbeTargetError } from './probe-target.ts';
import { TargetRefusedError } from './target-guard.ts';

/**
 * Thrown when the probe's own side could not look: a metrics store that is down or refuses our credentials, a
 * query it could not run. Always inconclusive, never evidence against the service.
 */
export class ProbeSideError extends Error {}

/** What an error thrown while probing means for the result. */
export type ErrorVerdict = {
  outcome: 'fail' | 'inconclusive';
  /** A connection error worth one quick retry. */
  retryable: boolean;
  /** Short text for the `connection (...)` condition and the summary. */
  observed: string;
};

// Our side could not look: our resolver, our routing. Never the service's fault.
const PROBE_SIDE = new Map<string, string>([
  ['ENOTFOUND', 'DNS: no such host'],
  ['EAI_AGAIN', 'DNS: temporary failure'],
  ['EAI_FAIL', 'DNS: lookup failed'],
  ['ESERVFAIL', 'DNS: server failure'],
  ['ENODATA', 'DNS: no address'],
  ['ENETUNREACH', 'no route from the probe'],
  ['EADDRNOTAVAIL', 'no local address'],
]);

// The service (or the path to it) refused or dropped us: a failure, retried once in case it was a blip.
const CONNECTION = new Map<string, string>([
  ['ECONNREFUSED', 'refused'],
  ['ECONNRESET', 'reset'],
  ['EPIPE', 'closed'],
  ['ECONNABORTED', 'aborted'],
  ['EHOSTUNREACH', 'host unreachable'],
  ['ETIMEDOUT', 'connect timed out'],
  ['UND_ERR_CONNECT_TIMEOUT', 'connect timed out'],
  ['UND_ERR_SOCKET', 'socket closed'],
  ['UND_ERR_CLOSED', 'closed'],
]);

export function classifyProbeError(error: unknown, signal: AbortSignal): ErrorVerdict {
  if (error instanceof TargetRefusedError)
    return { outcome: 'inconclusive', retryable: false, observed: error.message };
  if (error instanceof ProbeSideError) return { outcome: 'inconclusive', retryable: false, observed: error.message };
  if (error instanceof ProbeTargetError) return { outcome: 'inconclusive', retryable: false, observed: error.message };
  if (signal.aborted) return { outcome: 'inconclusive', retryable: false, observed: abortText(signal.reason) };
  const code = errorCode(error);
  const probeSide = code && PROBE_SIDE.get(code);
  if (probeSide) return { outcome: 'inconclusive', retryable: false, observed: `${probeSide} (${code})` };
  const connection = code && CONNECTION.get(code);
  if (connection) return { outcome: 'fail', retryable: true, observed: `${connection}: ${code}` };
  if (code && isTlsCode(code)) return { outcome: 'fail', retryable: false, observed: `TLS: ${errorMessage(error)}` };
  if (code?.startsWith('HPE_') || code?.startsWith('UND_ERR_')) {
    return { outcome: 'fail', retryable: false, observed: `invalid response: ${errorMessage(error)} (${code})` };
  }
  // Anything else is a fault of the probe, not evidence against the service.
  return { outcome: 'inconclusive', retryable: false, observed: `probe error: ${errorMessage(error)}` };
}

/** The `code` of an error or of the first cause that has one (undici wraps socket errors). */
export function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Text for an aborted probe; the runner aborts with an Error saying which budget ran out. */
export function abortText(reason: unknown): string {
  if (reason instanceof Error && reason.name !== 'AbortError') return reason.message;
  return 'cancelled';
}

function isTlsCode(code: string): boolean {
  return (
    code.startsWith('ERR_SSL_') ||
    code.startsWith('ERR_TLS_') ||
    code.startsWith('CERT_') ||
    code.includes('SELF_SIGNED') ||
    code.startsWith('UNABLE_TO_') ||
    code === 'HOSTNAME_MISMATCH'
  );
}

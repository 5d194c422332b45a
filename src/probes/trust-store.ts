import { createSecureContext, rootCertificates, type SecureContext } from 'node:tls';

type MinVersion = 'TLSv1' | 'TLSv1.2';

const contexts = new Map<string, SecureContext>();

/**
 * The TLS context probes connect with: the system roots plus the configured CA, if any. Built once per CA and
 * minimum version: parsing some 140 root certificates costs tens of milliseconds of CPU, and a dozen probes each
 * building their own would block the event loop long enough to serialise a concurrent run.
 */
export function trustContext(ca: string | Buffer | undefined, minVersion: MinVersion = 'TLSv1.2'): SecureContext {
  const pem = ca?.toString();
  const key = `${minVersion}\n${pem ?? ''}`;
  let context = contexts.get(key);
  if (!context) {
    context = createSecureContext({ minVersion, ...(pem ? { ca: [...rootCertificates, pem] } : {}) });
    contexts.set(key, context);
  }
  return context;
}

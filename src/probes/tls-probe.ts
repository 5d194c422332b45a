import { isIP } from 'node:net';
import { checkServerIdentity, connect, type DetailedPeerCertificate, type TLSSocket } from 'node:tls';
import { TLS_VERSIONS, tlsWarnDaysLeft } from '../domain/probe-spec.ts';
import { check } from './conditions.ts';
import { defineProbe } from './define-probe.ts';
import { hostAndPort } from './probe-target.ts';
import type { CheckedTarget } from './target-guard.ts';
import { trustContext } from './trust-store.ts';
import type { Condition, ProbeContext } from './types.ts';

const DAY_MS = 86_400_000;

/** Chain verified, host name covered, days until the first certificate of the verified chain expires, TLS version. */
export const tlsProbe = defineProbe('tls', {
  retry: true,
  observe: async (target, options, ctx) => {
    const { host, port } = hostAndPort(target, 443);
    const checked = await ctx.guard.check(host);
    const socket = await connectTls(checked, port, ctx);
    try {
      const leaf = socket.getPeerCertificate(true);
      const verified = socket.authorized;
      // Expiry counts the leaf and the chain that verified it; an extra certificate the server also sends (an old
      // cross-sign) does not decide anything. Without a verified chain only the leaf is known to matter.
      const chain = verified ? issuerChain(leaf) : [leaf];
      const now = ctx.now().getTime();
      const first = chain.reduce((soonest, cert) => (expiresAt(cert) < expiresAt(soonest) ? cert : soonest), leaf);
      // Whole days, towards zero: 4.9 days left is 4, expired 1.5 days ago is -1.
      const daysLeft = Math.trunc((expiresAt(first) - now) / DAY_MS);
      const warnDays = tlsWarnDaysLeft(options);
      const protocol = socket.getProtocol() ?? 'unknown';
      const identityError = checkServerIdentity(host, leaf);
      const names = leaf.subjectaltname || `CN=${firstOf(leaf.subject?.CN) ?? '?'}`;
      const which = first === leaf ? '' : ` (${describe(first)})`;
      const conditions: Condition[] = [
        check('cert.chain', verified, verified ? 'verified' : String(socket.authorizationError), '==', 'verified'),
        check('cert.names', !identityError, names, 'covers', host),
        check(
          'cert.daysLeft',
          daysLeft >= options.minDaysLeft,
          `${daysLeft}${which}`,
          '>=',
          String(options.minDaysLeft),
        ),
        check(
          'tls.version',
          versionRank(protocol) >= versionRank(options.minVersion),
          protocol,
          '>=',
          options.minVersion,
        ),
      ];
      const warnings =
        daysLeft >= options.minDaysLeft && daysLeft < warnDays
          ? [`certificate expires in ${daysLeft} days${which} (warning below ${warnDays})`]
          : [];
      return {
        conditions,
        warnings,
        evidence: {
          subject: describe(leaf),
          issuer: firstOf(leaf.issuer?.CN) ?? firstOf(leaf.issuer?.O),
          names,
          validTo: new Date(expiresAt(leaf)).toISOString(),
          daysLeft,
          expiresFirst: describe(first),
          chain: chain.map((cert) => ({ subject: describe(cert), validTo: new Date(expiresAt(cert)).toISOString() })),
          protocol,
          cipher: socket.getCipher().name,
          address: checked.address,
        },
        highlight: `certificate valid for ${daysLeft} more days, ${protocol}`,
      };
    } finally {
      socket.destroy();
    }
  },
});

function connectTls(checked: CheckedTarget, port: number, ctx: ProbeContext): Promise<TLSSocket> {
  return new Promise((resolve, reject) => {
    const socket = connect({
      host: checked.address,
      port,
      // SNI carries the name; the connection itself goes to the address the guard checked.
      ...(isIP(checked.host) ? {} : { servername: checked.host }),
      // Down to TLS 1.0, so an old server still completes the handshake and its version is reported.
      secureContext: trustContext(ctx.ca, 'TLSv1'),
      // Verification is reported as conditions instead of aborting the handshake, so an expired or misnamed
      // certificate still yields its details.
      rejectUnauthorized: false,
      checkServerIdentity: () => undefined,
    });
    const onAbort = () => socket.destroy(ctx.signal.reason instanceof Error ? ctx.signal.reason : undefined);
    const settle = () => ctx.signal.removeEventListener('abort', onAbort);
    ctx.signal.addEventListener('abort', onAbort, { once: true });
    socket.once('secureConnect', () => {
      settle();
      resolve(socket);
    });
    socket.once('error', (error) => {
      settle();
      socket.destroy();
      reject(error);
    });
  });
}

/** The leaf and its issuers as OpenSSL linked them, up to the root; stops at a self-signed certificate. */
function issuerChain(leaf: DetailedPeerCertificate): DetailedPeerCertificate[] {
  const chain = [leaf];
  let current = leaf;
  while (current.issuerCertificate && current.issuerCertificate !== current && chain.length < 10) {
    const issuer = current.issuerCertificate;
    if (chain.some((cert) => cert.fingerprint256 === issuer.fingerprint256)) break;
    chain.push(issuer);
    current = issuer;
  }
  return chain;
}

function expiresAt(cert: DetailedPeerCertificate): number {
  return new Date(cert.valid_to).getTime();
}

function describe(cert: DetailedPeerCertificate): string {
  return firstOf(cert.subject?.CN) ?? firstOf(cert.subject?.O) ?? cert.fingerprint256.slice(0, 17);
}

/** Certificate name fields are arrays when a certificate repeats them. */
function firstOf(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function versionRank(protocol: string): number {
  return (TLS_VERSIONS as readonly string[]).indexOf(protocol);
}

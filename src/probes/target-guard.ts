import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import type { LookupFn } from './types.ts';

/** The address a probe may connect to; connections go to this address, never to a fresh lookup of the name. */
export type CheckedTarget = { host: string; address: string; family: 4 | 6 };

export type TargetGuard = {
  /** Resolves `host` and checks every answer; throws TargetRefusedError for an address probes must not reach. */
  check: (host: string) => Promise<CheckedTarget>;
};

export type TargetGuardOptions = { allowPrivate: boolean; allowedHosts: readonly string[]; lookup: LookupFn };

export const ALLOW_HINT = 'set PROBE_ALLOW_PRIVATE=true or add the host to PROBE_ALLOWED_HOSTS';

export class TargetRefusedError extends Error {
  readonly code = 'TARGET_REFUSED';
  constructor(
    readonly host: string,
    readonly address: string,
    readonly range: string,
  ) {
    super(refusalMessage(host, address, range));
    this.name = 'TargetRefusedError';
  }
}

// Instance metadata services (AWS/GCP/Azure/OpenStack, AWS ECS, Alibaba, Oracle, AWS IPv6) hand out cloud
// credentials to whoever asks, so they stay refused even with PROBE_ALLOW_PRIVATE=true.
const CLOUD_METADATA = new Set(['169.254.169.254', '169.254.170.2', '100.100.100.200', '192.0.0.192', 'fd00:ec2::254']);
export const METADATA_RANGE = 'cloud metadata';

const RANGE_NAMES: Record<string, string> = {
  loopback: 'loopback',
  private: 'private',
  linkLocal: 'link-local',
  carrierGradeNat: 'carrier-grade NAT (CGNAT)',
  uniqueLocal: 'unique-local',
  unspecified: 'unspecified',
  multicast: 'multicast',
  broadcast: 'broadcast',
};

/** The named range an address belongs to when probes must not reach it, or undefined for a public unicast address. */
export function refusedRange(address: string): string | undefined {
  if (!ipaddr.isValid(address)) return 'unparseable';
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    // An IPv4 address wrapped in IPv6 (::ffff:10.0.0.1, NAT64 64:ff9b::a00:1) reaches the IPv4 host: judge that.
    if (v6.isIPv4MappedAddress()) parsed = v6.toIPv4Address();
    else if (v6.range() === 'rfc6052' || v6.range() === 'rfc6145') parsed = embeddedIPv4(v6);
  }
  if (CLOUD_METADATA.has(parsed.toNormalizedString()) || CLOUD_METADATA.has(ipv6Compact(parsed))) return METADATA_RANGE;
  const range = parsed.range();
  if (range === 'unicast') return undefined;
  return RANGE_NAMES[range] ?? `reserved (${range})`;
}

export function createTargetGuard(options: TargetGuardOptions): TargetGuard {
  const allowedHosts = new Set(options.allowedHosts.map(normalizeHost));
  return {
    async check(rawHost) {
      const host = normalizeHost(rawHost);
      const answers = isIP(host) ? [{ address: host, family: isIP(host) }] : await options.lookup(host, { all: true });
      const first = answers[0];
      if (!first) throw Object.assign(new Error(`${host} has no address`), { code: 'ENOTFOUND' });
      const listed = allowedHosts.has(host);
      // Every answer is checked, not just the first: a name answering one public and one private address would
      // otherwise let the connection land on the private one.
      for (const answer of answers) {
        const range = refusedRange(answer.address);
        if (range === undefined || listed) continue;
        if (options.allowPrivate && range !== METADATA_RANGE) continue;
        throw new TargetRefusedError(host, answer.address, range);
      }
      return { host, address: first.address, family: first.family === 6 ? 6 : 4 };
    },
  };
}

/** Lowercase, no brackets around IPv6, no trailing dot: the form names are compared in. */
export function normalizeHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
}

function refusalMessage(host: string, address: string, range: string): string {
  const where = host === address ? address : `${host} (${address})`;
  if (range === METADATA_RANGE) {
    return `${where} is a cloud metadata address; probes never go there unless the host is listed in PROBE_ALLOWED_HOSTS`;
  }
  return `refused to probe ${where}: a ${range} address; to allow it, ${ALLOW_HINT}`;
}

function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4 {
  const bytes = address.toByteArray().slice(-4);
  return new ipaddr.IPv4(bytes);
}

function ipv6Compact(address: ipaddr.IPv4 | ipaddr.IPv6): string {
  return address.kind() === 'ipv6' ? (address as ipaddr.IPv6).toRFC5952String() : address.toString();
}

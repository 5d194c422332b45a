import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import type { LookupFn } from './lookup.ts';

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
  '6to4': 'reserved (6to4)',
};

/** The named range an address belongs to when probes must not reach it, or undefined for a public unicast address. */
export function refusedRange(address: string): string | undefined {
  if (!ipaddr.isValid(address)) return 'unparseable';
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    // An IPv4 address inside an IPv6 one reaches (or names) the IPv4 host: judge that, so no spelling of a refused
    // IPv4 address gets through.
    const embedded = embeddedIPv4(v6);
    if (embedded) {
      const range = ipv4Range(embedded);
      // A 6to4 address of a public IPv4 host still goes through a relay nobody vetted: it stays refused.
      if (range === undefined && v6.range() === '6to4') return RANGE_NAMES['6to4'];
      return range;
    }
  }
  return ipv4Range(parsed);
}

function ipv4Range(parsed: ipaddr.IPv4 | ipaddr.IPv6): string | undefined {
  if (CLOUD_METADATA.has(parsed.toNormalizedString()) || CLOUD_METADATA.has(ipv6Compact(parsed))) return METADATA_RANGE;
  const range = parsed.range();
  if (range === 'unicast') return undefined;
  return RANGE_NAMES[range] ?? `reserved (${range})`;
}

/**
 * The IPv4 address an IPv6 address carries, in every form that carries one: IPv4-mapped (::ffff:a.b.c.d),
 * IPv4-compatible (::a.b.c.d, deprecated but still routed by some stacks: ::7f00:1 is 127.0.0.1), SIIT
 * (::ffff:0:a.b.c.d), NAT64 (64:ff9b::/96 and the local-use 64:ff9b:1::/48) and 6to4 (2002:AABB:CCDD::/48).
 */
function embeddedIPv4(v6: ipaddr.IPv6): ipaddr.IPv4 | undefined {
  const bytes = v6.toByteArray();
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address();
  const range = v6.range();
  if (range === 'rfc6052' || range === 'rfc6145') return new ipaddr.IPv4(bytes.slice(-4));
  if (range === '6to4') return new ipaddr.IPv4(bytes.slice(2, 6));
  // IPv4-compatible: 96 zero bits, then the IPv4 address. :: and ::1 are IPv6's own (unspecified, loopback).
  if (range !== 'unspecified' && range !== 'loopback' && bytes.slice(0, 12).every((b) => b === 0))
    return new ipaddr.IPv4(bytes.slice(-4));
  return undefined;
}

/**
 * Host names of instance metadata services (GCP, Azure, AWS, OpenStack/Alibaba/Tencent/Oracle-style names), refused
 * by name before any lookup: a resolver that answers them with a public address, or a split-horizon one, must not
 * decide whether probes reach the metadata service.
 */
const METADATA_HOSTS = [
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'metadata.azure.com',
  'metadata.azure.internal',
  'instance-data',
  'instance-data.ec2.internal',
  'metadata.tencentyun.com',
  'metadata.platformequinix.com',
  'metadata.packet.net',
];

/** Whether a (normalized) host names a metadata service: one of the names above, or a name under one. */
export function isMetadataHostName(host: string): boolean {
  return METADATA_HOSTS.some((name) => host === name || host.endsWith(`.${name}`));
}

export function createTargetGuard(options: TargetGuardOptions): TargetGuard {
  const allowedHosts = new Set(options.allowedHosts.map(normalizeHost));
  return {
    async check(rawHost) {
      const host = normalizeHost(rawHost);
      const listedHost = allowedHosts.has(host);
      if (!listedHost && isMetadataHostName(host)) throw new TargetRefusedError(host, host, METADATA_RANGE);
      const answers = isIP(host) ? [{ address: host, family: isIP(host) }] : await options.lookup(host, { all: true });
      const first = answers[0];
      if (!first) throw Object.assign(new Error(`${host} has no address`), { code: 'ENOTFOUND' });
      // Every answer is checked, not just the first: a name answering one public and one private address would
      // otherwise let the connection land on the private one.
      for (const answer of answers) {
        const range = refusedRange(answer.address);
        if (range === undefined || listedHost) continue;
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
  if (range === METADATA_RANGE && !isIP(address)) {
    return `${host} is a cloud metadata host name; probes never go there unless the host is listed in PROBE_ALLOWED_HOSTS`;
  }
  if (range === METADATA_RANGE) {
    return `${where} is a cloud metadata address; probes never go there unless the host is listed in PROBE_ALLOWED_HOSTS`;
  }
  return `refused to probe ${where}: a ${range} address; to allow it, ${ALLOW_HINT}`;
}

function ipv6Compact(address: ipaddr.IPv4 | ipaddr.IPv6): string {
  return address.kind() === 'ipv6' ? (address as ipaddr.IPv6).toRFC5952String() : address.toString();
}

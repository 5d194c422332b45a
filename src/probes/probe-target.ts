/** Reading a resolved target: a URL (`https://api.example.com/health`) or `host:port` (`db.example.com:5432`). */

const DEFAULT_PORTS: Record<string, number> = { 'http:': 80, 'https:': 443 };

export class ProbeTargetError extends Error {}

/** The target as an http(s) URL; anything else is a template mistake reported as such. */
export function httpTarget(target: string): URL {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new ProbeTargetError(`"${target}" is not a URL; write it as https://host/path`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ProbeTargetError(`"${target}" is not an http:// or https:// URL`);
  }
  return url;
}

/** Host and port of a URL or of `host:port`/`[v6]:port`/`host`; `defaultPort` fills a missing port. */
export function hostAndPort(target: string, defaultPort?: number): { host: string; port: number } {
  const { host, port } = target.includes('://') ? fromUrl(target) : fromHostPort(target);
  const resolved = port ?? defaultPort;
  if (resolved === undefined) throw new ProbeTargetError(`"${target}" has no port; write it as host:port`);
  return { host, port: resolved };
}

function fromUrl(target: string): { host: string; port: number | undefined } {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new ProbeTargetError(`"${target}" is not a URL`);
  }
  const port = url.port ? Number(url.port) : DEFAULT_PORTS[url.protocol];
  return { host: url.hostname.replace(/^\[(.*)\]$/, '$1'), port };
}

function fromHostPort(target: string): { host: string; port: number | undefined } {
  const match = /^(?:\[([^\]]+)\]|([^:/\s]+))(?::(\d{1,5}))?$/.exec(target.trim());
  if (!match) throw new ProbeTargetError(`"${target}" is neither a URL nor host:port`);
  const port = match[3] === undefined ? undefined : Number(match[3]);
  if (port !== undefined && (port < 1 || port > 65_535)) throw new ProbeTargetError(`port ${port} is out of range`);
  return { host: (match[1] ?? match[2]) as string, port };
}

import type { LookupAddress, LookupOptions } from 'node:dns';
import { performance } from 'node:perf_hooks';
import { Agent, request } from 'undici';
import { type CheckedTarget, normalizeHost } from './target-guard.ts';
import { trustContext } from './trust-store.ts';
import type { ProbeContext } from './types.ts';

export type HttpHeaders = Record<string, string | string[] | undefined>;

/** One request and its answer, as much as a probe needs to judge it. */
export type HttpExchange = {
  url: string;
  status: number;
  /** Lowercase names; a header sent twice arrives as an array. */
  headers: HttpHeaders;
  body: Buffer;
  /** The body was longer than the request's limit and was cut. */
  truncated: boolean;
  /** The address the guard checked and the connection went to. */
  address: string;
  /** Until the response headers arrived. */
  ms: number;
};

export type HttpRequestInit = {
  method?: 'GET' | 'HEAD' | 'OPTIONS';
  headers?: Record<string, string>;
  /** Bytes of body kept; the rest is discarded unread. */
  maxBodyBytes?: number;
};

export type RedirectChain = {
  hops: HttpExchange[];
  final: HttpExchange;
  /** Why following stopped before a non-redirect answer. */
  stop?: 'loop' | 'too-many';
};

export type ProbeHttp = {
  send: (url: string | URL, init?: HttpRequestInit) => Promise<HttpExchange>;
  /** Follows redirects, each hop checked by the guard; `visited` seeds loop detection with hops already made. */
  follow: (
    url: string | URL,
    init: HttpRequestInit & { maxRedirects: number; visited?: readonly string[] },
  ) => Promise<RedirectChain>;
};

const DEFAULT_MAX_BODY_BYTES = 256 * 1024;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export function isRedirect(exchange: HttpExchange): boolean {
  return REDIRECT_STATUSES.has(exchange.status) && typeof exchange.headers.location === 'string';
}

/** Every value of a header, duplicates included, in the order received. */
export function headerValues(headers: HttpHeaders, name: string): string[] {
  const value = headers[name.toLowerCase()];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Runs `use` with an HTTP client whose connections go only to addresses the guard checked. The name → address
 * pins are consulted by the socket's own lookup, so a name that answers differently on a second lookup (DNS
 * rebinding) can never redirect the connection: there is no second lookup. Every redirect hop to a new host is
 * checked before it is requested.
 */
export async function withProbeHttp<T>(ctx: ProbeContext, use: (http: ProbeHttp) => Promise<T>): Promise<T> {
  const pins = new Map<string, CheckedTarget>();
  const agent = new Agent({
    connect: {
      lookup: pinnedLookup(pins),
      secureContext: trustContext(ctx.ca),
    },
    keepAliveTimeout: 2_000,
  });

  // A host is resolved and checked once per probe run; every later request (samples, redirect hops back to
  // it) reuses that address, so a name that changes its answer mid-run cannot move the probe elsewhere.
  async function pinned(hostname: string): Promise<CheckedTarget> {
    const known = pins.get(normalizeHost(hostname));
    if (known) return known;
    const checked = await ctx.guard.check(hostname);
    pins.set(checked.host, checked);
    return checked;
  }

  async function send(url: string | URL, init: HttpRequestInit = {}): Promise<HttpExchange> {
    const target = new URL(url);
    const checked = await pinned(target.hostname);
    const started = performance.now();
    const response = await request(target, {
      dispatcher: agent,
      method: init.method ?? 'GET',
      headers: { 'user-agent': 'deploy-checklist-probe', ...init.headers },
      signal: ctx.signal,
    });
    const ms = Math.round(performance.now() - started);
    const { body, truncated } = await readLimited(response.body, init.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
    return {
      url: target.href,
      status: response.statusCode,
      headers: response.headers,
      body,
      truncated,
      address: checked.address,
      ms,
    };
  }

  async function follow(
    url: string | URL,
    init: HttpRequestInit & { maxRedirects: number; visited?: readonly string[] },
  ): Promise<RedirectChain> {
    const visited = new Set(init.visited);
    const hops: HttpExchange[] = [];
    let current = new URL(url);
    for (;;) {
      visited.add(current.href);
      const exchange = await send(current, init);
      hops.push(exchange);
      if (!isRedirect(exchange)) return { hops, final: exchange };
      const next = new URL(exchange.headers.location as string, current);
      if (visited.has(next.href)) return { hops, final: exchange, stop: 'loop' };
      if (hops.length > init.maxRedirects) return { hops, final: exchange, stop: 'too-many' };
      current = next;
    }
  }

  try {
    return await use({ send, follow });
  } finally {
    await agent.destroy();
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

function pinnedLookup(pins: ReadonlyMap<string, CheckedTarget>) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    const pin = pins.get(normalizeHost(hostname));
    if (!pin) {
      const error: NodeJS.ErrnoException = new Error(`${hostname} was not checked by the target guard`);
      error.code = 'ENOTFOUND';
      callback(error, '');
      return;
    }
    // With autoSelectFamily (the default since Node 20) net asks for every address at once.
    if (options.all) callback(null, [{ address: pin.address, family: pin.family }]);
    else callback(null, pin.address, pin.family);
  };
}

async function readLimited(
  body: AsyncIterable<Buffer> & { destroy: () => void },
  limit: number,
): Promise<{ body: Buffer; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const room = limit - size;
    if (chunk.length > room) {
      if (room > 0) chunks.push(chunk.subarray(0, room));
      body.destroy();
      return { body: Buffer.concat(chunks), truncated: true };
    }
    chunks.push(chunk);
    size += chunk.length;
  }
  return { body: Buffer.concat(chunks), truncated: false };
}

import type { LookupAddress } from 'node:dns';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type ServerOptions } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { LookupFn } from '../../src/probes/types.ts';

/** Security headers every required test of the `headers` probe passes (grade A+ over https; plain http cannot pass). */
export const SECURE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'self'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'strict-transport-security': 'max-age=31536000',
  'referrer-policy': 'no-referrer',
};

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export type TestServer = {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  origin: string;
  port: number;
  host: string;
  /** Requests received, in order, as `METHOD /path`. */
  requests: string[];
  close: () => Promise<void>;
};

/** A route table: exact path (query ignored) → handler; anything else answers 404. */
export function routes(table: Record<string, Handler>, fallback?: Handler): Handler {
  return (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const handler = table[path] ?? fallback;
    if (handler) handler(request, response);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  };
}

/** Answers with the given status, headers (a flat [name, value, …] list keeps duplicates and case) and body. */
export function reply(status: number, headers: Record<string, string> | string[] = {}, body = ''): Handler {
  return (_request, response) => {
    response.writeHead(status, headers);
    response.end(body);
  };
}

export function startHttpServer(handler: Handler, options: { host?: string; port?: number } = {}): Promise<TestServer> {
  return listen(createHttpServer(handler), 'http', options);
}

export function startHttpsServer(
  handler: Handler,
  tls: ServerOptions,
  options: { host?: string; port?: number } = {},
): Promise<TestServer> {
  return listen(createHttpsServer(tls, handler), 'https', options);
}

function listen(server: Server, scheme: string, options: { host?: string; port?: number }): Promise<TestServer> {
  const host = options.host ?? '127.0.0.1';
  const requests: string[] = [];
  server.on('request', (request: IncomingMessage) => requests.push(`${request.method} ${request.url}`));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `${scheme}://${host}:${port}`,
        port,
        host,
        requests,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** A fake resolver: name → addresses (each call takes the next answer list when given several), or an error code. */
export function fakeLookup(table: Record<string, string[] | string[][] | string>): LookupFn & { calls: string[] } {
  const calls: string[] = [];
  const lookup = async (hostname: string): Promise<LookupAddress[]> => {
    calls.push(hostname);
    const entry = table[hostname];
    if (entry === undefined || typeof entry === 'string') {
      throw Object.assign(new Error(`getaddrinfo ${entry ?? 'ENOTFOUND'} ${hostname}`), { code: entry ?? 'ENOTFOUND' });
    }
    const answers = Array.isArray(entry[0]) ? (entry as string[][]) : [entry as string[]];
    const addresses = answers[Math.min(calls.filter((name) => name === hostname).length, answers.length) - 1] ?? [];
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(lookup, { calls });
}

/** A port on 127.0.0.1 that nothing listens on (taken from the kernel, then released). */
export async function closedPort(): Promise<number> {
  const server = await startHttpServer(() => undefined);
  await server.close();
  return server.port;
}

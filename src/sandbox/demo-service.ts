// A small local service for the sandbox's deployments to probe: some endpoints healthy, some deliberately weak,
// so *Run probes* shows passing and failing evidence. Plain HTTP on 127.0.0.1, so TLS and HTTPS checks fail
// as they would against a service without a certificate.

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export type DemoService = { url: string; host: string; port: number; close: () => Promise<void> };

const HOME = `<!doctype html><html><head><title>payments-api (demo)</title></head><body><h1>payments-api</h1><p>A demo service of the deploy-checklist sandbox.</p></body></html>`;

const METRICS = `# HELP http_requests_total Requests served.
# TYPE http_requests_total counter
http_requests_total{code="200"} 1027
http_requests_total{code="500"} 3
# HELP process_resident_memory_bytes Resident memory.
# TYPE process_resident_memory_bytes gauge
process_resident_memory_bytes 52428800
`;

function send(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string>,
): void {
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const payload = gzip ? gzipSync(body) : Buffer.from(body);
  res.writeHead(status, { ...headers, ...(gzip ? { 'content-encoding': 'gzip' } : {}), vary: 'accept-encoding' });
  res.end(req.method === 'HEAD' ? undefined : payload);
}

export async function startDemoService(port = 0): Promise<DemoService> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Weak on purpose: any origin may read the API (the CORS probe fails).
    const cors: Record<string, string> = req.headers.origin ? { 'access-control-allow-origin': '*' } : {};
    // Healthy headers except X-Frame-Options (the headers probe names it).
    const secure = {
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'content-security-policy': "default-src 'self'; frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    };
    switch (url.pathname) {
      case '/':
        return send(req, res, 200, HOME, { 'content-type': 'text/html; charset=utf-8', ...secure, ...cors });
      case '/health':
        return send(req, res, 200, JSON.stringify({ status: 'ok' }), {
          'content-type': 'application/json',
          ...secure,
          ...cors,
        });
      case '/metrics':
        return send(req, res, 200, METRICS, { 'content-type': 'text/plain; version=0.0.4' });
      // Weak on purpose: a debug console left open (the exposure probe fails).
      case '/debug':
        return send(req, res, 200, 'debug console: env, heap dump, feature flags', { 'content-type': 'text/plain' });
      default:
        return send(req, res, 404, 'not found', { 'content-type': 'text/plain', ...secure });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    host: '127.0.0.1',
    port: address.port,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
